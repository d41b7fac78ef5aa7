import type { GuidelineRules } from '../schemas';
import { compiledFor, phraseAlternation } from './compile';
import type { Scan } from './types';

/**
 * How a post is laid out for the rules that read its meaning: its words (to measure how far apart two
 * phrases stand), its sentences (a phrase binds only within one), and where it speaks in someone else's
 * voice. Built once per check and shared by the families that need it.
 */
export interface Layout {
  /** Start offset of every word, in order. */
  wordStarts: number[];
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

const WORD = /[\p{L}\p{M}\p{Nd}_]+/gu;
/** Abbreviations whose full stop ends no sentence: "No. 1", "Jl. Pemuda", "pkl. 07.00". */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:no|nmr|nom|pkl|jl|jln|dll|dsb|dkk|hlm|telp|tlp|kec|kab|ds|kel|prov|bpk|sdr|sdri|yth|an|a\.n|s\.d|dr|ir|hj|h|kh|st|sh|se|spd|mpd|drs|tgl|ttd|gg|rt|rw)$/iu;
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  const close = (end: number) => {
    if (text.slice(start, end).trim() !== '') ranges.push([start, end]);
    start = end;
  };
  for (let at = 0; at < text.length; at++) {
    const character = text[at] as string;
    if (character === '\n' || character === ';') {
      close(at + 1);
      continue;
    }
    if (character !== '.' && character !== '!' && character !== '?') continue;
    let end = at + 1;
    while (end < text.length && /[.!?]/.test(text[end] as string)) end++;
    const next = text[end];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (character === '.' && end === at + 1) {
      // "No. 2" and "27 Nov. pukul" continue the sentence; a capital, an emoji or a line's end starts one.
      if (ABBREVIATION.test(text.slice(Math.max(0, at - 6), at))) continue;
      const following = text.slice(end).trimStart()[0];
      if (following !== undefined && /[\p{Ll}\p{Nd}]/u.test(following)) continue;
    }
    close(end);
    at = end - 1;
  }
  close(text.length);
  return ranges;
}

function quoteRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = 0; at < text.length; at++) {
    const closing = QUOTE_PAIRS[text[at] as string];
    if (!closing) continue;
    const end = text.indexOf(closing, at + 1);
    // A quote runs within a paragraph; an unmatched mark quotes nothing.
    if (end === -1 || text.slice(at, end).includes('\n\n')) continue;
    ranges.push([at, end + 1]);
    at = end;
  }
  return ranges;
}

const framesOf = compiledFor((rules: GuidelineRules) => {
  const words = (list: readonly string[]) => {
    const alternation = phraseAlternation(list);
    return alternation
      ? new RegExp(`(?<![\\p{L}\\p{M}\\p{Nd}_])(?:${alternation})(?![\\p{L}\\p{M}\\p{Nd}_])`, 'iu')
      : null;
  };
  return {
    refutation: words(rules.neutrality.refutationWords),
    reporting: words([...rules.neutrality.reportingWords, ...rules.neutrality.refutationWords]),
  };
});

const layouts = new WeakMap<Scan, Layout>();

export function layoutOf(scan: Scan): Layout {
  let layout = layouts.get(scan);
  if (layout) return layout;
  const { text } = scan;
  const frames = framesOf(scan.context.rules);
  const sentences = sentenceRanges(text);
  const refutes = frames.refutation !== null && frames.refutation.test(text);
  const reportingSentences = new Set<number>();
  if (refutes && frames.reporting)
    sentences.forEach(([start, end], index) => {
      if (frames.reporting?.test(text.slice(start, end))) reportingSentences.add(index);
    });
  layout = {
    wordStarts: [...text.matchAll(WORD)].map((match) => match.index),
    sentences,
    sentenceStarts: sentences.map(([start]) => start),
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
