import type { GuidelineRules } from '../schemas';
import { compiledFor } from './compile';
import { PhraseIndex, wordTokens, type PhraseSpan, type Words } from './phrases';
import type { Scan } from './types';

/** The word lists of the neutrality rules, found together in one pass over a post's words. */
export type PhraseList =
  | 'names'
  | 'urge'
  | 'oppose'
  | 'support'
  | 'hortative'
  | 'predicates'
  | 'neutral'
  | 'officialMention'
  | 'officialRole'
  | 'survey'
  | 'surveyResult'
  | 'prohibition'
  | 'material'
  | 'refutation'
  | 'reporting'
  | 'member'
  | 'answerInvited';

/**
 * Words of the language rather than of a rule set: a side's members ("relawan 01", "tim 02") and a post
 * inviting answers (a poll). Found in the same pass as the rules' lists, so the rules reading them cost
 * nothing on posts without them.
 */
const MEMBER_WORDS = ['tim', 'team', 'relawan', 'pendukung', 'simpatisan', 'loyalis', 'kubu', 'barisan', 'laskar'];
const ANSWER_WORDS = [
  'komen',
  'komentar',
  'tulis',
  'jawab',
  'vote',
  'voting',
  'polling',
  'poling',
  'kasih tahu',
  'share',
];

/** Candidate and party names, taglines and words that point at one contestant: what `names` finds. */
export function namePhrases(rules: GuidelineRules): string[] {
  const neutrality = rules.neutrality;
  return [
    ...neutrality.candidatePairs.flatMap((pair) => [...pair.names, ...(pair.taglines ?? [])]),
    ...neutrality.parties,
    ...neutrality.contestantWords,
  ];
}

export const phraseIndexOf = compiledFor((rules: GuidelineRules) => {
  const n = rules.neutrality;
  return new PhraseIndex<PhraseList>({
    names: { phrases: namePhrases(rules) },
    urge: { phrases: n.campaignVerbs, clitics: true, inflections: true },
    oppose: { phrases: n.opposeVerbs, clitics: true, inflections: true },
    support: { phrases: n.supportVerbs, clitics: true },
    hortative: { phrases: n.hortativeWords },
    predicates: { phrases: n.supportPredicates },
    neutral: { phrases: n.neutralPhrases, clitics: true },
    officialMention: { phrases: n.officialMentionWords },
    officialRole: { phrases: n.officialRoles },
    survey: { phrases: n.surveyTerms },
    surveyResult: { phrases: n.surveyResultWords },
    prohibition: { phrases: n.prohibitionWords },
    material: { phrases: n.campaignMaterialWords },
    refutation: { phrases: n.refutationWords },
    reporting: { phrases: [...n.reportingWords, ...n.refutationWords] },
    member: { phrases: MEMBER_WORDS },
    answerInvited: { phrases: ANSWER_WORDS, clitics: true },
  });
});

/**
 * How a post is laid out for the rules that read its meaning: its words (to measure how far apart two
 * phrases stand), its sentences (a phrase binds only within one), and where it speaks in someone else's
 * voice. Built once per check and shared by the families that need it.
 */
export interface Layout {
  /** Every word, in order (their start offsets answer "how many words between"). */
  words: Words;
  wordStarts: number[];
  /** Where each word list of the rules occurs. */
  phrases: Record<PhraseList, PhraseSpan[]>;
  /** [start, end) of every sentence, in order, and their starts alone (for lookups). */
  sentences: [number, number][];
  sentenceStarts: number[];
  /** Quoted spans ("…", “…”, «…»). */
  quotes: [number, number][];
  /** The post refutes a hoax ("hoaks", "tidak benar"). */
  refutes: boolean;
  /** Sentences that report or refute what others say, in a post that refutes it. */
  reportingSentences: ReadonlySet<number>;
}

/** Abbreviations whose full stop ends no sentence: "No. 1", "Jl. Pemuda", "pkl. 07.00". */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:no|nmr|nom|pkl|jl|jln|dll|dsb|dkk|hlm|telp|tlp|kec|kab|ds|kel|prov|bpk|sdr|sdri|yth|an|a\.n|s\.d|dr|ir|hj|h|kh|st|sh|se|spd|mpd|drs|tgl|ttd|gg|rt|rw)$/iu;
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

/** Where a sentence may end: a line break, a semicolon, or end marks followed by a space or the text's end. */
const SENTENCE_END = /[\n;]|[.!?]+(?=\s|$)/g;

function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  const close = (end: number) => {
    if (text.slice(start, end).trim() !== '') ranges.push([start, end]);
    start = end;
  };
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const at = match.index;
    const end = at + match[0].length;
    if (match[0] === '.') {
      // "No. 2" and "27 Nov. pukul" continue the sentence; a capital, an emoji or a line's end starts one.
      if (ABBREVIATION.test(text.slice(Math.max(0, at - 6), at))) continue;
      const following = /\S/.exec(text.slice(end, end + 8))?.[0];
      if (following !== undefined && /[\p{Ll}\p{Nd}]/u.test(following)) continue;
    }
    close(end);
  }
  close(text.length);
  return ranges;
}

function quoteRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const opening = /["“«„]/g;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    const closing = QUOTE_PAIRS[match[0]] as string;
    const end = text.indexOf(closing, match.index + 1);
    // A quote runs within a paragraph; an unmatched mark quotes nothing.
    if (end === -1 || text.slice(match.index, end).includes('\n\n')) continue;
    ranges.push([match.index, end + 1]);
    opening.lastIndex = end + 1;
  }
  return ranges;
}

const layouts = new WeakMap<Scan, Layout>();

export function layoutOf(scan: Scan): Layout {
  let layout = layouts.get(scan);
  if (layout) return layout;
  const { text } = scan;
  const words = wordTokens(text);
  const phrases = phraseIndexOf(scan.context.rules).find(text, words);
  const sentences = sentenceRanges(text);
  const sentenceStarts = sentences.map(([start]) => start);
  const refutes = phrases.refutation.length > 0;
  const reportingSentences = new Set<number>();
  if (refutes) for (const span of phrases.reporting) reportingSentences.add(lastAtOrBefore(sentenceStarts, span.start));
  layout = {
    words,
    wordStarts: words.starts,
    phrases,
    sentences,
    sentenceStarts,
    quotes: quoteRanges(text),
    refutes,
    reportingSentences,
  };
  layouts.set(scan, layout);
  return layout;
}

/** The index of the last entry of a sorted list at or before `value` (-1 when none is). */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The sentence an offset falls in. */
export function sentenceAt(layout: Layout, offset: number): number {
  return lastAtOrBefore(layout.sentenceStarts, offset);
}

/** How many words start in [from, to): the words between two phrases. */
export function wordsBetween(layout: Layout, from: number, to: number): number {
  if (to <= from) return 0;
  return lastAtOrBefore(layout.wordStarts, to - 1) - lastAtOrBefore(layout.wordStarts, from - 1);
}

/**
 * Is [start, end) someone else's words the post refutes: quoted, or in a sentence that reports a hoax,
 * in a post that says it is one ("Beredar video berjudul "KPU curang"… bukan dari KPU")?
 */
export function othersVoice(layout: Layout, start: number, end: number): boolean {
  if (!layout.refutes) return false;
  if (layout.quotes.some(([from, to]) => from <= start && end <= to)) return true;
  return layout.reportingSentences.has(sentenceAt(layout, start));
}

/** The spans of a word list within [from, to). */
export function spansIn(layout: Layout, list: PhraseList, from: number, to: number): PhraseSpan[] {
  return layout.phrases[list].filter((span) => span.start >= from && span.end <= to);
}

/**
 * Does a span of a word list stand within `words` words before (or after) an offset, in its sentence?
 * "Ketua PPK, Budi" has a role right before the name; "Budi (anggota PPS)" right after it.
 */
export function near(
  layout: Layout,
  list: PhraseList,
  offset: number,
  side: 'before' | 'after',
  words: number,
): boolean {
  const sentence = sentenceAt(layout, offset);
  return layout.phrases[list].some((span) =>
    side === 'before'
      ? span.end <= offset &&
        sentenceAt(layout, span.start) === sentence &&
        wordsBetween(layout, span.end, offset) <= words
      : span.start >= offset &&
        sentenceAt(layout, span.start) === sentence &&
        wordsBetween(layout, offset, span.start) <= words,
  );
}

/** A short text's phrases (a tag's words, a tagline), read with the same lists. */
export function phrasesOf(rules: GuidelineRules, text: string): Record<PhraseList, PhraseSpan[]> {
  return phraseIndexOf(rules).find(text, wordTokens(text));
}
