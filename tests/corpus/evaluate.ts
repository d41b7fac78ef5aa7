import { resolveNow, StageClock } from '@/lib/calendar';
import { builtInData } from '@/lib/workspace/defaults';
import { check, type Finding, type RuleId } from '@/lib/guidelines';
import type { CandidatePair, GuidelineRules, Profile } from '@/lib/schemas';
import { HELD_OUT_NEUTRAL } from './held-out-neutral';
import { HELD_OUT_VIOLATING } from './held-out-violating';
import { CORPUS_PAIRS, HELD_OUT_PAIRS } from './kpu-data';
import { NEUTRAL_CLARIFICATIONS } from './neutral-clarifications';
import { NEUTRAL_MORE } from './neutral-more';
import { NEUTRAL_PREPARATION } from './neutral-preparation';
import { NEUTRAL_VOTERS_CAMPAIGN } from './neutral-voters-campaign';
import { NEUTRAL_VOTING } from './neutral-voting';
import type { CorpusPost, Expected } from './types';
import { VIOLATING } from './violating';
import { VIOLATING_MORE } from './violating-more';

export const NEUTRAL_POSTS: CorpusPost[] = [
  ...NEUTRAL_PREPARATION,
  ...NEUTRAL_VOTERS_CAMPAIGN,
  ...NEUTRAL_VOTING,
  ...NEUTRAL_CLARIFICATIONS,
  ...NEUTRAL_MORE,
];
export const VIOLATING_POSTS: CorpusPost[] = [...VIOLATING, ...VIOLATING_MORE];
/** Written after the rules without reading their phrase lists: how the checker does on posts it was not tuned to. */
export const HELD_OUT_NEUTRAL_POSTS: CorpusPost[] = HELD_OUT_NEUTRAL;
export const HELD_OUT_VIOLATING_POSTS: CorpusPost[] = HELD_OUT_VIOLATING;

const PROFILE: Partial<Profile> = { role: 'ppk', province: 'Jawa Tengah', kabupaten: 'Jepara', kecamatan: 'Tahunan' };

/**
 * Findings that depend on the profile and the platform rather than on what a post says (the required
 * tags, unless the post is written to test them), and notes (info), are not what the corpus is about.
 */
const counted = (post: CorpusPost) => (finding: Finding) =>
  (post.countsRequiredTags || finding.rule !== 'required-hashtags') && finding.severity !== 'info';

/** The local day a post is checked on: its date, or the middle day of its stage. */
export function dayOf(post: CorpusPost, clock: StageClock): string {
  if (post.date) return post.date;
  const stage = clock.byId.get(post.stage ?? '');
  if (!stage) throw new Error(`Corpus post names an unknown stage '${post.stage}': ${post.text.slice(0, 40)}`);
  const start = new Date(`${stage.start}T00:00:00Z`).getTime();
  const end = new Date(`${stage.end}T00:00:00Z`).getTime();
  return new Date(start + Math.floor((end - start) / 86_400_000 / 2) * 86_400_000).toISOString().slice(0, 10);
}

export interface CheckedPost {
  post: CorpusPost;
  found: Expected[];
}

/** Checks each post on its day; posts marked `kpuData` with `pairs` as the kabupaten's candidate pairs. */
export function checkCorpus(posts: readonly CorpusPost[], pairs: CandidatePair[] = CORPUS_PAIRS): CheckedPost[] {
  const { calendar, rules } = builtInData();
  const withPairs: GuidelineRules = { ...rules, neutrality: { ...rules.neutrality, candidatePairs: pairs } };
  const clock = new StageClock(calendar);
  return posts.map((post) => {
    const stageIds = clock.active(resolveNow(dayOf(post, clock), calendar.timeZone)).map((view) => view.stage.id);
    const findings = check(post.text, {
      platform: post.platform ?? 'facebook',
      stageIds,
      rules: post.kpuData ? withPairs : rules,
      profile: PROFILE,
    }).filter(counted(post));
    return { post, found: [...new Set(findings.map((finding) => `${finding.rule}:${finding.severity}` as Expected))] };
  });
}

export interface RuleScore {
  rule: RuleId;
  /** Posts where the rule was expected and found, found but not expected, expected but not found. */
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

const ruleOf = (expected: Expected) => expected.slice(0, expected.indexOf(':')) as RuleId;

/** Precision and recall of each rule over the corpus, counted per post (a rule found twice counts once). */
export function scoreRules(checked: readonly CheckedPost[]): RuleScore[] {
  const rules = new Set<RuleId>();
  for (const { post, found } of checked) for (const entry of [...post.expect, ...found]) rules.add(ruleOf(entry));
  return [...rules].sort().map((rule) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const { post, found } of checked) {
      const expected = post.expect.some((entry) => ruleOf(entry) === rule);
      const got = found.some((entry) => ruleOf(entry) === rule);
      if (expected && got) truePositives++;
      else if (got) falsePositives++;
      else if (expected) falseNegatives++;
    }
    return {
      rule,
      truePositives,
      falsePositives,
      falseNegatives,
      precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
      recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
    };
  });
}

export interface CorpusSummary {
  neutral: number;
  neutralWithError: CheckedPost[];
  neutralWithWarning: CheckedPost[];
  violating: number;
  /** Violating posts with at least one error or warning. */
  flagged: number;
  /** Violating posts whose strongest finding has the severity expected (error for open advocacy). */
  rightSeverity: number;
  missed: CheckedPost[];
  rules: RuleScore[];
  /** The candidate pairs its `kpuData` posts were checked with. */
  pairs: CandidatePair[];
}

const strongest = (entries: readonly Expected[]) =>
  entries.some((entry) => entry.endsWith(':error')) ? 'error' : entries.length > 0 ? 'warning' : 'none';

/** The corpus the checker was tuned on. */
export const summariseCorpus = (): CorpusSummary => summarise(NEUTRAL_POSTS, VIOLATING_POSTS, CORPUS_PAIRS);

/** The held-out corpus, with its own kabupaten's pairs. */
export const summariseHeldOut = (): CorpusSummary =>
  summarise(HELD_OUT_NEUTRAL_POSTS, HELD_OUT_VIOLATING_POSTS, HELD_OUT_PAIRS);

function summarise(
  neutralPosts: readonly CorpusPost[],
  violatingPosts: readonly CorpusPost[],
  pairs: CandidatePair[],
): CorpusSummary {
  const neutral = checkCorpus(neutralPosts, pairs);
  const violating = checkCorpus(violatingPosts, pairs);
  return {
    neutral: neutral.length,
    neutralWithError: neutral.filter(({ found }) => found.some((entry) => entry.endsWith(':error'))),
    neutralWithWarning: neutral.filter(({ found }) => found.some((entry) => entry.endsWith(':warning'))),
    violating: violating.length,
    flagged: violating.filter(({ found }) => found.length > 0).length,
    rightSeverity: violating.filter(({ post, found }) => strongest(found) === strongest(post.expect)).length,
    missed: violating.filter(({ found }) => found.length === 0),
    rules: scoreRules([...neutral, ...violating]),
    pairs,
  };
}
