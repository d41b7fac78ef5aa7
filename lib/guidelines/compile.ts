import { tagKey } from '../hashtags';
import type { GuidelineRules } from '../schemas';

/** A rule set turned into lookups once, so checking on every keystroke stays cheap. */
export interface CompiledRules {
  deniedTags: ReadonlySet<string>;
  deniedPhrases: RegExp | null;
  misspellings: ReadonlyMap<string, string>;
  /** Known tags (lowercase, without placeholders) and every prefix of them, to recognise split tags. */
  knownTags: ReadonlySet<string>;
  knownTagPrefixes: ReadonlySet<string>;
  /** Names of candidates and parties, and ballot-number phrases, with the pair each names (or null). */
  names: RegExp | null;
  namePair: ReadonlyMap<string, string | null>;
  campaignVerbs: RegExp | null;
  surveyTerms: RegExp | null;
  quietStages: ReadonlySet<string>;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-insensitive alternation of phrases (longest first, so "jangan pilih" beats "pilih"). */
export function phraseRegExp(phrases: readonly string[]): RegExp | null {
  const parts = [...new Set(phrases.map((phrase) => phrase.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/\s+/g, '\\s+'));
  if (parts.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{Nd}_#@])(?:${parts.join('|')})(?![\\p{L}\\p{M}\\p{Nd}_])`, 'giu');
}

/** "Ballot number 2" as posts write it: "nomor urut 2", "no. 02", "paslon 01", "nomer 1". */
export const BALLOT_NUMBER =
  /(?<![\p{L}\p{Nd}])(?:nomor\s+urut|nomer\s+urut|nomor|nomer|no\.?|paslon|urut)\s*0?(\d{1,2})(?!\d)/giu;

const cache = new WeakMap<GuidelineRules, CompiledRules>();

export function compileRules(rules: GuidelineRules): CompiledRules {
  const cached = cache.get(rules);
  if (cached) return cached;
  const knownTags = new Set<string>();
  const knownTagPrefixes = new Set<string>();
  const allTags = [...rules.knownHashtags, ...rules.requiredHashtags.flatMap((rule) => rule.tags)];
  for (const tag of allTags) {
    if (tag.includes('{{')) continue;
    const key = tagKey(tag);
    knownTags.add(key);
    for (let length = 2; length < key.length; length++) knownTagPrefixes.add(key.slice(0, length));
  }
  const namePair = new Map<string, string | null>();
  for (const pair of rules.neutrality.candidatePairs)
    for (const name of pair.names) namePair.set(name.toLowerCase().replace(/\s+/g, ' '), pair.number);
  for (const party of rules.neutrality.parties) namePair.set(party.toLowerCase().replace(/\s+/g, ' '), null);
  const compiled: CompiledRules = {
    deniedTags: new Set(rules.deniedHashtags.map(tagKey)),
    deniedPhrases: phraseRegExp(rules.deniedPhrases),
    misspellings: new Map(rules.misspellings.map((entry) => [entry.wrong.toLowerCase(), entry.right])),
    knownTags,
    knownTagPrefixes,
    names: phraseRegExp([...namePair.keys()]),
    namePair,
    campaignVerbs: phraseRegExp(rules.neutrality.campaignVerbs),
    surveyTerms: phraseRegExp(rules.neutrality.surveyTerms),
    quietStages: new Set(rules.neutrality.quietPeriodStages),
  };
  cache.set(rules, compiled);
  return compiled;
}
