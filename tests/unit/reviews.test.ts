/**
 * "Sudah saya periksa": an admin answers a finding with a short reason. The answer is logged with the post
 * when a finding still matches it, and a post whose every error is answered counts as compliant.
 */
import { describe, expect, test } from 'vitest';
import { check, isCompliant, matchReviews, unansweredErrors, withAnswer, type ReviewAnswer } from '@/lib/guidelines';
import { manualPostRecord } from '@/lib/posts/manual';
import { postRecordSchema } from '@/lib/posts/schema';
import { defaults, PPK_PROFILE, testWorkspace } from './helpers';

const { calendar, rules, pack } = defaults();
const workspace = testWorkspace({ calendar, rules, pack });
const TAGS = '#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri';
// A post quoting an urge it does not refute (no "hoaks"), which a person may still judge fine.
const TEXT = `Tim KPPS bilang "coblos nomor 2" itu contoh soal simulasi.\n\n${TAGS}`;
const context = { platform: 'facebook' as const, stageIds: ['kampanye'], rules, profile: PPK_PROFILE };
const findings = check(TEXT, context);
const campaigning = findings.find((finding) => finding.rule === 'neutrality-campaigning')!;
const answer = (reason: string, text = TEXT): ReviewAnswer[] =>
  withAnswer([], campaigning, text, reason, 1_732_000_000_000);

describe('answers', () => {
  test('the post has one error, and the answer names the words it concerns', () => {
    expect(findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule)).toEqual([
      'neutrality-campaigning',
    ]);
    expect(answer('Contoh soal simulasi KPPS, bukan ajakan.')).toEqual([
      {
        rule: 'neutrality-campaigning',
        subject: 'coblos nomor 2',
        reason: 'Contoh soal simulasi KPPS, bukan ajakan.',
        reviewedAt: 1_732_000_000_000,
      },
    ]);
  });

  test('answering again replaces the reason; withdrawing removes it', () => {
    const first = answer('alasan pertama');
    const second = withAnswer(first, campaigning, TEXT, 'alasan kedua');
    expect(second.map((entry) => entry.reason)).toEqual(['alasan kedua']);
    expect(withAnswer(second, campaigning, TEXT, null)).toEqual([]);
  });

  test('matched to the findings: severity and how many findings the answer covers', () => {
    expect(matchReviews(findings, TEXT, answer('contoh soal'))).toEqual([
      {
        rule: 'neutrality-campaigning',
        subject: 'coblos nomor 2',
        severity: 'error',
        count: 1,
        reason: 'contoh soal',
        reviewedAt: 1_732_000_000_000,
      },
    ]);
  });

  test('an answer to words since deleted, or with no reason, answers nothing', () => {
    const rewritten = `Simulasi KPPS berjalan lancar.\n\n${TAGS}`;
    expect(matchReviews(check(rewritten, context), rewritten, answer('contoh soal'))).toEqual([]);
    expect(matchReviews(findings, TEXT, answer('   '))).toEqual([]);
  });
});

describe('the logged post', () => {
  const post = (reviews?: ReviewAnswer[]) =>
    manualPostRecord(
      {
        platform: 'facebook',
        account: 'PPK Tahunan',
        localDateTime: '2024-10-01T09:00',
        text: TEXT,
        postUrl: '',
        ...(reviews ? { reviews } : {}),
      },
      workspace,
      'post-review-0001',
    )!;

  test('keeps the reason, still counts the error, and is compliant', () => {
    const record = post(answer('Contoh soal simulasi KPPS.'));
    expect(postRecordSchema.parse(record)).toEqual(record);
    expect(record.findings.errors).toBe(1);
    expect(record.reviews?.[0]).toMatchObject({ reason: 'Contoh soal simulasi KPPS.', severity: 'error', count: 1 });
    expect([unansweredErrors(record), isCompliant(record)]).toEqual([0, true]);
  });

  test('without an answer it is not compliant, and has no reviews field', () => {
    const record = post();
    expect(record.reviews).toBeUndefined();
    expect([unansweredErrors(record), isCompliant(record)]).toEqual([1, false]);
  });

  test('a reason over 300 characters is cut to 300', () => {
    const record = post(answer('a'.repeat(400)));
    expect(record.reviews?.[0]?.reason).toHaveLength(300);
  });
});
