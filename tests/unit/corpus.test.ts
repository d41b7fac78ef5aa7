/**
 * The labelled corpus (tests/corpus): neutral posts of every stage must get no error and rarely a warning;
 * violating posts of every kind must be flagged, as errors where advocacy is open. Precision and recall per
 * rule are printed here and by `npm run bench`.
 */
import { describe, expect, test } from 'vitest';
import {
  checkCorpus,
  HELD_OUT_NEUTRAL_POSTS,
  HELD_OUT_VIOLATING_POSTS,
  NEUTRAL_POSTS,
  summariseCorpus,
  summariseHeldOut,
  VIOLATING_POSTS,
  type CheckedPost,
} from '../corpus/evaluate';

const summary = summariseCorpus();
const excerpt = (text: string) => text.replace(/\s+/g, ' ').slice(0, 90);

describe('the corpus itself', () => {
  test('at least 150 neutral posts across every stage, and 60 violating posts', () => {
    expect(NEUTRAL_POSTS.length).toBeGreaterThanOrEqual(150);
    expect(VIOLATING_POSTS.length).toBeGreaterThanOrEqual(60);
    const stages = new Set(NEUTRAL_POSTS.map((post) => post.stage).filter(Boolean));
    for (const stage of [
      'pembentukan-badan-adhoc',
      'coklit',
      'penyusunan-dps',
      'pengumuman-dps',
      'penetapan-dpt',
      'pengumuman-dpt',
      'pendaftaran-paslon',
      'penetapan-paslon',
      'pengundian-nomor-urut',
      'kampanye',
      'masa-tenang',
      'pemungutan-suara',
      'rekapitulasi-kecamatan',
    ])
      expect(stages, stage).toContain(stage);
  });

  test('violating posts of every kind', () => {
    const expected = new Set(VIOLATING_POSTS.flatMap((post) => post.expect));
    for (const kind of [
      'neutrality-campaigning:error',
      'neutrality-possible-campaigning:warning',
      'neutrality-partisan-symbol:warning',
      'neutrality-quiet-period-campaign:error',
      'neutrality-quiet-period-survey:error',
    ] as const)
      expect(expected, kind).toContain(kind);
    // Some without KPU's list of pairs (ballot numbers are enough), some with it (names, taglines).
    expect(VIOLATING_POSTS.some((post) => post.kpuData)).toBe(true);
    expect(VIOLATING_POSTS.filter((post) => !post.kpuData).length).toBeGreaterThan(40);
  });
});

describe('targets', () => {
  test('no error on any neutral post', () => {
    expect(summary.neutralWithError.map(({ post, found }) => `${found.join(', ')}: ${excerpt(post.text)}`)).toEqual([]);
  });

  test('warnings on at most 5 % of neutral posts', () => {
    expect(summary.neutralWithWarning.length / summary.neutral).toBeLessThanOrEqual(0.05);
  });

  test('at least 95 % of violating posts flagged, and as strongly as expected', () => {
    // The corpus keeps the posts the checker misses, labelled as what they are: the target is a rate.
    if (summary.missed.length > 0)
      console.info(
        'Missed:',
        summary.missed.map(({ post }) => excerpt(post.text)),
      );
    expect(summary.flagged / summary.violating).toBeGreaterThanOrEqual(0.95);
    expect(summary.rightSeverity / summary.violating).toBeGreaterThanOrEqual(0.95);
  });

  test('precision and recall per rule', () => {
    console.table(
      summary.rules.map((score) => ({
        rule: score.rule,
        'true +': score.truePositives,
        'false +': score.falsePositives,
        'false −': score.falseNegatives,
        precision: score.precision.toFixed(2),
        recall: score.recall.toFixed(2),
      })),
    );
    for (const score of summary.rules) {
      expect(score.recall, score.rule).toBeGreaterThanOrEqual(0.9);
      expect(score.precision, score.rule).toBeGreaterThanOrEqual(0.9);
    }
  });
});

test('each violating post the checker flags gets the finding it is labelled with', () => {
  const wrong = checkCorpus(VIOLATING_POSTS)
    .filter(({ found }) => found.length > 0)
    .filter(({ post, found }) => post.expect.some((expected) => !found.includes(expected)))
    .map(({ post, found }) => `${excerpt(post.text)} → ${found.join(', ')}`);
  expect(wrong).toEqual([]);
});

/**
 * The held-out corpus (tests/corpus/held-out-*.ts), written without reading the rules' phrase lists: how
 * the checker does on posts it was not tuned to. Its thresholds hold what the general rules achieve; a post
 * it misses stays in it, labelled as what it is.
 */
describe('held-out corpus', () => {
  const heldOut = summariseHeldOut();

  test('at least 120 neutral posts across every stage, and 80 violating posts', () => {
    expect(HELD_OUT_NEUTRAL_POSTS.length).toBeGreaterThanOrEqual(120);
    expect(HELD_OUT_VIOLATING_POSTS.length).toBeGreaterThanOrEqual(80);
    const stages = new Set(HELD_OUT_NEUTRAL_POSTS.map((post) => post.stage));
    for (const stage of ['coklit', 'pengumuman-dps', 'kampanye', 'masa-tenang', 'pemungutan-suara'])
      expect(stages, stage).toContain(stage);
  });

  const listed = (checked: readonly CheckedPost[]) =>
    checked.map(({ post, found }) => `${found.join(', ')}: ${excerpt(post.text)}`);

  test('no error and no neutrality finding on any neutral post; typo warnings on at most 5 %', () => {
    expect(listed(heldOut.neutralWithError)).toEqual([]);
    const neutrality = checkCorpus(HELD_OUT_NEUTRAL_POSTS, heldOut.pairs).filter(({ found }) =>
      found.some((entry) => entry.startsWith('neutrality-')),
    );
    expect(listed(neutrality)).toEqual([]);
    // What is left are chat abbreviations ("yg", "dgn") the misspelling list asks to write out.
    expect(heldOut.neutralWithWarning.length / heldOut.neutral).toBeLessThanOrEqual(0.05);
  });

  test('at least 95 % of violating posts flagged, 90 % as strongly as labelled', () => {
    console.info('Held-out missed:', listed(heldOut.missed));
    expect(heldOut.flagged / heldOut.violating).toBeGreaterThanOrEqual(0.95);
    expect(heldOut.rightSeverity / heldOut.violating).toBeGreaterThanOrEqual(0.9);
  });
});
