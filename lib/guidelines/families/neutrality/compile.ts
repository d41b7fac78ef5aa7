import type { CandidatePair, GuidelineRules } from '../../../schemas';
import { compiledFor, phraseAlternation } from '../../compile';
import { lowerWord, wordTokens } from '../../phrases';

/** Lowercase letters and digits only: how a name is compared with a tag's body ("Budi-Sri" → "budisri"). */
export const squeeze = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{Nd}]+/gu, '');

/** How a name is looked up: its lowercase words ("Budi – Sri" and "budi sri" → "budi sri"). */
export function nameKey(value: string): string {
  const words = wordTokens(value);
  return words.starts.map((_, index) => lowerWord(value, words, index)).join(' ');
}

export interface NameEntry {
  kind: 'name' | 'tagline' | 'party' | 'word';
  key: string;
  number: number | null;
  /** A single word (a nickname), or a name that is also an ordinary word: it needs more to count. */
  weak: boolean;
  /** The words of the pair's names, so "Budi Hartono" is not candidate "Budi" (Santoso). */
  pairWords: ReadonlySet<string>;
}

export interface CompiledNeutrality {
  nameEntries: ReadonlyMap<string, NameEntry>;
  /** Names without spaces or punctuation, for tags (#BudiSri), and one pattern finding them inside a tag. */
  squeezedNames: ReadonlyMap<string, NameEntry>;
  namesInTags: RegExp | null;
  gestures: ReadonlyMap<string, number>;
  gestureSymbols: RegExp | null;
  nonBallot: ReadonlySet<string>;
  quietStages: ReadonlySet<string>;
  pairCount: number;
}

function nameEntries(rules: GuidelineRules): Map<string, NameEntry> {
  const neutrality = rules.neutrality;
  const ordinary = new Set(neutrality.ordinaryWordNames.map(nameKey));
  const entries = new Map<string, NameEntry>();
  const put = (written: string, entry: NameEntry) => {
    const key = nameKey(written);
    if (key && !entries.has(key)) entries.set(key, { ...entry, weak: entry.weak || ordinary.has(key) });
  };
  const wordsOf = (pair: CandidatePair) =>
    new Set([...pair.names, ...(pair.taglines ?? [])].flatMap((name) => nameKey(name).split(' ')));
  for (const pair of neutrality.candidatePairs) {
    const number = Number(pair.number);
    const pairWords = wordsOf(pair);
    for (const name of pair.names)
      put(name, { kind: 'name', key: `n:${number}`, number, weak: !nameKey(name).includes(' '), pairWords });
    for (const tagline of pair.taglines ?? [])
      put(tagline, { kind: 'tagline', key: `n:${number}`, number, weak: false, pairWords });
  }
  const none = new Set<string>();
  for (const party of neutrality.parties)
    put(party, { kind: 'party', key: `p:${nameKey(party)}`, number: null, weak: false, pairWords: none });
  for (const word of neutrality.contestantWords)
    put(word, { kind: 'word', key: `d:${nameKey(word)}`, number: null, weak: false, pairWords: none });
  return entries;
}

export const compileNeutrality = compiledFor((rules): CompiledNeutrality => {
  const neutrality = rules.neutrality;
  const entries = nameEntries(rules);
  const symbols = phraseAlternation(neutrality.gestures.map((gesture) => gesture.symbol));
  const squeezedNames = new Map([...entries].map(([name, entry]) => [squeeze(name), entry]));
  // Only names long enough not to turn up by chance inside an unrelated tag ("PAN" in #Pantarlih).
  const inTags = phraseAlternation(
    [...squeezedNames].filter(([name, entry]) => !entry.weak && name.length > 3).map(([name]) => name),
  );
  return {
    nameEntries: entries,
    squeezedNames,
    namesInTags: inTags ? new RegExp(inTags, 'u') : null,
    gestures: new Map(neutrality.gestures.map((gesture) => [gesture.symbol, gesture.number])),
    gestureSymbols: symbols ? new RegExp(symbols, 'gu') : null,
    nonBallot: new Set(neutrality.nonBallotNumberWords.map((word) => word.toLowerCase())),
    quietStages: new Set(neutrality.quietPeriodStages),
    pairCount: neutrality.candidatePairs.length,
  };
});
