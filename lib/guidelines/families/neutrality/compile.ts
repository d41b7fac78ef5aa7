import type { CandidatePair, GuidelineRules } from '../../../schemas';
import { compiledFor, phraseAlternation } from '../../compile';

/** Indonesian clitics and the colloquial "-in" that may end an urging word: "cobloslah", "coblosin", "pilihmu". */
const CLITIC = '(?:lah|kah|pun|nya|mu|ku|in)?';
const BEFORE = '(?<![\\p{L}\\p{M}\\p{Nd}_#@])';
const AFTER = '(?![\\p{L}\\p{M}\\p{Nd}_])';

/** A case-insensitive, whole-word alternation of phrases; with `clitics`, the last word may take one. */
export function wordsRegExp(phrases: readonly string[], clitics = false): RegExp | null {
  const alternation = phraseAlternation(phrases);
  return alternation ? new RegExp(`${BEFORE}(?:${alternation})${clitics ? CLITIC : ''}${AFTER}`, 'giu') : null;
}

/** Lowercase letters and digits only: how a name is compared with a tag's body ("Budi-Sri" → "budisri"). */
export const squeeze = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{Nd}]+/gu, '');

export interface NameEntry {
  kind: 'name' | 'tagline' | 'party' | 'word';
  key: string;
  number: number | null;
  /** A single word (a nickname), or a name that is also an ordinary word: it needs more to count. */
  weak: boolean;
  /** The words of the pair's other names, so "Budi Hartono" is not candidate "Budi" (Santoso). */
  pairWords: ReadonlySet<string>;
}

export interface CompiledNeutrality {
  names: RegExp | null;
  nameEntries: ReadonlyMap<string, NameEntry>;
  /** Names without spaces or punctuation, for tags (#BudiSri). */
  squeezedNames: ReadonlyMap<string, NameEntry>;
  gestures: ReadonlyMap<string, number>;
  gestureSymbols: RegExp | null;
  urge: RegExp | null;
  oppose: RegExp | null;
  support: RegExp | null;
  hortative: RegExp | null;
  predicates: RegExp | null;
  neutral: RegExp | null;
  officialMention: RegExp | null;
  officialRole: RegExp | null;
  nonBallot: ReadonlySet<string>;
  quietStages: ReadonlySet<string>;
  survey: RegExp | null;
  surveyResult: RegExp | null;
  prohibition: RegExp | null;
  material: RegExp | null;
  pairCount: number;
}

const normalise = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

function nameEntries(rules: GuidelineRules): Map<string, NameEntry> {
  const neutrality = rules.neutrality;
  const ordinary = new Set(neutrality.ordinaryWordNames.map(normalise));
  const entries = new Map<string, NameEntry>();
  const put = (written: string, entry: NameEntry) => {
    const key = normalise(written);
    if (key && !entries.has(key)) entries.set(key, { ...entry, weak: entry.weak || ordinary.has(key) });
  };
  const wordsOf = (pair: CandidatePair) =>
    new Set([...pair.names, ...(pair.taglines ?? [])].flatMap((name) => normalise(name).split(/[^\p{L}\p{Nd}]+/u)));
  for (const pair of neutrality.candidatePairs) {
    const number = Number(pair.number);
    const pairWords = wordsOf(pair);
    for (const name of pair.names)
      put(name, { kind: 'name', key: `n:${number}`, number, weak: !/[\s-]/.test(name.trim()), pairWords });
    for (const tagline of pair.taglines ?? [])
      put(tagline, { kind: 'tagline', key: `n:${number}`, number, weak: false, pairWords });
  }
  const none = new Set<string>();
  for (const party of neutrality.parties)
    put(party, { kind: 'party', key: `p:${normalise(party)}`, number: null, weak: false, pairWords: none });
  for (const word of neutrality.contestantWords)
    put(word, { kind: 'word', key: `d:${normalise(word)}`, number: null, weak: false, pairWords: none });
  return entries;
}

export const compileNeutrality = compiledFor((rules): CompiledNeutrality => {
  const neutrality = rules.neutrality;
  const entries = nameEntries(rules);
  const symbols = neutrality.gestures.map((gesture) => gesture.symbol);
  return {
    names: wordsRegExp([...entries.keys()]),
    nameEntries: entries,
    squeezedNames: new Map([...entries].map(([name, entry]) => [squeeze(name), entry])),
    gestures: new Map(neutrality.gestures.map((gesture) => [gesture.symbol, gesture.number])),
    gestureSymbols: phraseAlternation(symbols) ? new RegExp(phraseAlternation(symbols) as string, 'gu') : null,
    urge: wordsRegExp(neutrality.campaignVerbs, true),
    oppose: wordsRegExp(neutrality.opposeVerbs, true),
    support: wordsRegExp(neutrality.supportVerbs, true),
    hortative: wordsRegExp(neutrality.hortativeWords),
    predicates: wordsRegExp(neutrality.supportPredicates),
    neutral: wordsRegExp(neutrality.neutralPhrases, true),
    officialMention: wordsRegExp(neutrality.officialMentionWords),
    officialRole: wordsRegExp(neutrality.officialRoles),
    nonBallot: new Set(neutrality.nonBallotNumberWords.map(normalise)),
    quietStages: new Set(neutrality.quietPeriodStages),
    survey: wordsRegExp(neutrality.surveyTerms),
    surveyResult: wordsRegExp(neutrality.surveyResultWords),
    prohibition: wordsRegExp(neutrality.prohibitionWords),
    material: wordsRegExp(neutrality.campaignMaterialWords),
    pairCount: neutrality.candidatePairs.length,
  };
});
