/**
 * Word lists found in one pass over a text's words: every list of the neutrality rules is a set of
 * phrases, and running a dozen case-insensitive alternations with look-behinds over each keystroke's text
 * cost more than the rest of the checker together. Phrases match whole words, case-insensitively; words
 * of a phrase may be separated by spaces or dashes ("Budi-Sri", "Budi – Sri"), and with `clitics` its last
 * word may carry one ("cobloslah", "coblosin", "hak pilihmu").
 */

/** A text's words: runs of letters, marks, digits and underscores of any script, and the text lowercased. */
export interface Words {
  starts: number[];
  ends: number[];
  /** The text in lowercase, the same length (or null when lowercasing changed it: then words are lowered one by one). */
  lowered: string | null;
}

export interface PhraseSpan {
  start: number;
  end: number;
  written: string;
}

const CLITICS = ['lah', 'kah', 'pun', 'nya', 'mu', 'ku', 'in'];
const SEPARATOR = /^[\s\-–—‐]+$/;
const NON_ASCII_WORD = /[\p{L}\p{M}\p{Nd}]/u;

/** Is the code point at `index` part of a word? ASCII is answered by its code, the rest by Unicode classes. */
function isWordAt(text: string, index: number, code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  return NON_ASCII_WORD.test(String.fromCodePoint(text.codePointAt(index) as number));
}

/**
 * The words of a text. A loop over code units is several times faster here than a Unicode regular
 * expression, and allocates no match per word: this runs on every keystroke's text.
 */
export function wordTokens(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A low surrogate belongs to the code point that starts one unit before.
    const word = code >= 0xdc00 && code <= 0xdfff ? start !== -1 : isWordAt(text, index, code);
    if (word) {
      if (start === -1) start = index;
    } else if (start !== -1) {
      starts.push(start);
      ends.push(index);
      start = -1;
    }
  }
  if (start !== -1) {
    starts.push(start);
    ends.push(text.length);
  }
  const lowered = text.toLowerCase();
  return { starts, ends, lowered: lowered.length === text.length ? lowered : null };
}

/** The lowercase form of word `index`. */
export function lowerWord(text: string, words: Words, index: number): string {
  const start = words.starts[index] as number;
  const end = words.ends[index] as number;
  return words.lowered === null ? text.slice(start, end).toLowerCase() : words.lowered.slice(start, end);
}

interface Entry<L extends string> {
  list: L;
  words: string[];
  clitics: boolean;
}

/** Two lowercase code units as one number: the first filter a word passes before any string is made. */
const pairKey = (first: number, second: number) => first * 65_536 + second;

export class PhraseIndex<L extends string> {
  private readonly byFirst = new Map<string, Entry<L>[]>();
  /** The first two code units of every first word (and of every clitic-capable stem). */
  private readonly prefixes = new Set<number>();
  private readonly lists: L[];

  constructor(lists: Record<L, { phrases: readonly string[]; clitics?: boolean }>) {
    this.lists = Object.keys(lists) as L[];
    for (const list of this.lists) {
      const { phrases, clitics = false } = lists[list];
      for (const phrase of phrases) {
        const tokens = wordTokens(phrase);
        const words = tokens.starts.map((_, index) => lowerWord(phrase, tokens, index));
        const first = words[0];
        if (first === undefined) continue;
        const entries = this.byFirst.get(first) ?? [];
        entries.push({ list, words, clitics });
        this.byFirst.set(first, entries);
        this.prefixes.add(pairKey(first.charCodeAt(0), first.length > 1 ? first.charCodeAt(1) : 0));
      }
    }
  }

  /**
   * The candidates a word may start: by the word itself, or with a clitic taken off (one-word phrases).
   * Most words start none, and are answered without allocating anything.
   */
  private candidates(lower: string): readonly Entry<L>[] {
    const direct = this.byFirst.get(lower);
    let found: Entry<L>[] | undefined;
    for (const clitic of CLITICS) {
      if (lower.length <= clitic.length + 2 || !lower.endsWith(clitic)) continue;
      const stem = this.byFirst.get(lower.slice(0, -clitic.length));
      if (!stem) continue;
      for (const entry of stem)
        if (entry.clitics && entry.words.length === 1) (found ??= [...(direct ?? [])]).push(entry);
    }
    return found ?? direct ?? NONE;
  }

  /**
   * Every list's phrases in the text, in order, leftmost-longest and not overlapping within a list (as
   * an alternation would find them). A phrase right after "#" or "@" is part of a tag or a mention.
   */
  find(text: string, words: Words): Record<L, PhraseSpan[]> {
    const found = Object.fromEntries(this.lists.map((list) => [list, [] as PhraseSpan[]])) as Record<L, PhraseSpan[]>;
    const reachedUntil = Object.fromEntries(this.lists.map((list) => [list, -1])) as Record<L, number>;
    const source = words.lowered ?? text.toLowerCase();
    for (let index = 0; index < words.starts.length; index++) {
      const start = words.starts[index] as number;
      const end = words.ends[index] as number;
      const second = end - start > 1 ? source.charCodeAt(start + 1) : 0;
      if (words.lowered !== null && !this.prefixes.has(pairKey(source.charCodeAt(start), second))) continue;
      const candidates = this.candidates(lowerWord(text, words, index));
      if (candidates.length === 0) continue;
      const before = text[start - 1];
      if (before === '#' || before === '＃' || before === '@') continue;
      const longest = new Map<L, number>();
      for (const entry of candidates) {
        if (start < reachedUntil[entry.list]) continue;
        const matched = this.matchAt(text, words, index, entry);
        if (matched !== null && matched > (longest.get(entry.list) ?? -1)) longest.set(entry.list, matched);
      }
      for (const [list, matched] of longest) {
        found[list].push({ start, end: matched, written: text.slice(start, matched) });
        reachedUntil[list] = matched;
      }
    }
    return found;
  }

  private matchAt(text: string, words: Words, index: number, entry: Entry<L>): number | null {
    let end = -1;
    for (let at = 0; at < entry.words.length; at++) {
      if (index + at >= words.starts.length) return null;
      const lower = lowerWord(text, words, index + at);
      const word = entry.words[at] as string;
      const last = at === entry.words.length - 1;
      const matches =
        lower === word ||
        (last && entry.clitics && lower.startsWith(word) && CLITICS.includes(lower.slice(word.length)));
      if (!matches) return null;
      const start = words.starts[index + at] as number;
      if (at > 0 && !SEPARATOR.test(text.slice(end, start))) return null;
      end = words.ends[index + at] as number;
    }
    return end;
  }
}

const NONE: readonly never[] = [];
