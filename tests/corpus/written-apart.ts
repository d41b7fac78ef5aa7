import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveNow, StageClock } from '@/lib/calendar';
import { builtInData } from '@/lib/workspace/defaults';
import { check, type Finding, type RuleId } from '@/lib/guidelines';
import type { CandidatePair, GuidelineRules, Profile } from '@/lib/schemas';
import type { Platform } from '@/lib/platforms';

/**
 * Corpora written apart from Pandu: each writer was briefed with a region, a register and the stages to
 * favour (tests/corpus/BRIEF-WRITERS.md, and BRIEF-PEMILU.md for the pemilu set; each file's `region` says which), and saw neither
 * the checker nor the older corpora. The files are kept exactly as written (JSON, prettier-ignored).
 *
 * - `written-apart/` (w1 Grobogan, w2 Garut, w4 Bone): rules may be tuned on them.
 * - `sealed/` (w3 Bengkalis): never change a rule because of a post in it; its figures are reported apart.
 */
export interface WrittenPost {
  id: string;
  stage: string;
  platform: Platform;
  label: 'neutral' | 'violating';
  kind: string;
  needsCandidateData?: boolean;
  /** For violating posts: the least a checker should say (warning for coded references, else error). */
  minimumSeverity?: 'error' | 'warning';
  text: string;
  why: string;
}

export interface WrittenCandidatePair {
  race: string;
  number: string;
  names: string[];
  taglines?: string[];
}

export interface WrittenCorpus {
  writer: string;
  region: { province: string; kabupaten: string; register: string };
  candidatePairs: WrittenCandidatePair[];
  posts: WrittenPost[];
}

const read = (path: string): WrittenCorpus =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, path), 'utf8')) as WrittenCorpus;

export const TUNING_CORPORA: WrittenCorpus[] = ['w1', 'w2', 'w4'].map((writer) => read(`written-apart/${writer}.json`));
export const SEALED_CORPUS: WrittenCorpus = read('sealed/w3.json');

/**
 * The writer's pairs as today's rules hold them: one entry per ballot number, so a kabupaten's bupati 01 and
 * its province's gubernur 01 share an entry (the rules file has one list of numbered pairs).
 */
export function candidateData(corpus: WrittenCorpus): CandidatePair[] {
  const byNumber = new Map<string, { names: Set<string>; taglines: Set<string> }>();
  for (const pair of corpus.candidatePairs) {
    const entry = byNumber.get(pair.number) ?? { names: new Set(), taglines: new Set() };
    pair.names.forEach((name) => entry.names.add(name));
    pair.taglines?.forEach((tagline) => entry.taglines.add(tagline));
    byNumber.set(pair.number, entry);
  }
  return [...byNumber].map(([number, { names, taglines }]) => ({
    number,
    names: [...names].slice(0, 20),
    taglines: [...taglines].slice(0, 20),
  }));
}

/**
 * Findings that depend on the profile or the platform's format limits rather than on what a post says: the
 * writers were told hashtags and length were not what their posts are about. Notes (info) never count.
 */
const FORMAT_RULES = new Set<RuleId>([
  'required-hashtags',
  'hashtag-limit',
  'mention-limit',
  'character-limit',
  'see-more-cut',
  'instagram-link',
]);

/** The rules whose finding says "this post may take sides": what flags a violating post. */
export const isPartisanRule = (rule: RuleId): boolean =>
  rule.startsWith('neutrality-') || rule === 'denied-phrase' || rule === 'denied-hashtag';

export interface WrittenResult {
  post: WrittenPost;
  findings: Finding[];
}

const PROFILE: Partial<Profile> = { role: 'ppk' };

/** Checks each post on the middle day of its stage, with the built-in rules or with the writer's pairs. */
export function checkWritten(corpus: WrittenCorpus, withCandidateData: boolean): WrittenResult[] {
  const { calendar, rules } = builtInData();
  const used: GuidelineRules = withCandidateData
    ? { ...rules, neutrality: { ...rules.neutrality, candidatePairs: candidateData(corpus) } }
    : rules;
  const clock = new StageClock(calendar);
  const profile: Partial<Profile> = {
    ...PROFILE,
    province: corpus.region.province,
    kabupaten: corpus.region.kabupaten,
  };
  return corpus.posts.map((post) => {
    const stage = clock.byId.get(post.stage);
    if (!stage) throw new Error(`${post.id} names an unknown stage '${post.stage}'`);
    const start = Date.parse(`${stage.start}T00:00:00Z`);
    const end = Date.parse(`${stage.end}T00:00:00Z`);
    const day = new Date(start + Math.floor((end - start) / 86_400_000 / 2) * 86_400_000).toISOString().slice(0, 10);
    const stageIds = clock.active(resolveNow(day, calendar.timeZone)).map((view) => view.stage.id);
    const findings = check(post.text, { platform: post.platform, stageIds, rules: used, profile }).filter(
      (finding) => finding.severity !== 'info' && !FORMAT_RULES.has(finding.rule),
    );
    return { post, findings };
  });
}

export interface WrittenSummary {
  neutral: number;
  neutralWithError: WrittenResult[];
  neutralWithWarning: WrittenResult[];
  violating: number;
  /** Violating posts with a partisan finding (warning or error). */
  flagged: WrittenResult[];
  /** Violating posts whose partisan finding is at least as strong as labelled. */
  atLabelledSeverity: WrittenResult[];
  missed: WrittenResult[];
  /** Flagged share per kind of violating post. */
  byKind: Record<string, { posts: number; flagged: number }>;
}

export function summariseWritten(corpora: readonly WrittenCorpus[], withCandidateData: boolean): WrittenSummary {
  const results = corpora.flatMap((corpus) => checkWritten(corpus, withCandidateData));
  const neutral = results.filter(({ post }) => post.label === 'neutral');
  const violating = results.filter(({ post }) => post.label === 'violating');
  const partisan = ({ findings }: WrittenResult) => findings.filter((finding) => isPartisanRule(finding.rule));
  const flagged = violating.filter((result) => partisan(result).length > 0);
  const byKind: WrittenSummary['byKind'] = {};
  for (const result of violating) {
    const entry = (byKind[result.post.kind] ??= { posts: 0, flagged: 0 });
    entry.posts++;
    if (partisan(result).length > 0) entry.flagged++;
  }
  return {
    neutral: neutral.length,
    neutralWithError: neutral.filter(({ findings }) => findings.some((finding) => finding.severity === 'error')),
    neutralWithWarning: neutral.filter(({ findings }) => findings.some((finding) => finding.severity === 'warning')),
    violating: violating.length,
    flagged,
    atLabelledSeverity: violating.filter((result) =>
      partisan(result).some(
        (finding) => finding.severity === 'error' || (result.post.minimumSeverity ?? 'error') === 'warning',
      ),
    ),
    missed: violating.filter((result) => partisan(result).length === 0),
    byKind,
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)} %`);

/** The figures README and `npm run bench` report, one row per corpus and rule set. */
export function writtenFigureRows(): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (const [name, corpora] of [
    ['tuning (w1, w2, w4)', TUNING_CORPORA],
    ['SEALED (w3)', [SEALED_CORPUS]],
  ] as const)
    for (const withCandidateData of [false, true]) {
      const summary = summariseWritten(corpora, withCandidateData);
      rows.push({
        corpus: name,
        rules: withCandidateData ? 'with candidate data' : 'built-in',
        neutral: summary.neutral,
        'neutral: error': summary.neutralWithError.length,
        'neutral: warning': percent(summary.neutralWithWarning.length, summary.neutral),
        violating: summary.violating,
        flagged: percent(summary.flagged.length, summary.violating),
        'at labelled severity': percent(summary.atLabelledSeverity.length, summary.violating),
      });
    }
  return rows;
}
