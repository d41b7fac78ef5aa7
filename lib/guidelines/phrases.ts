/**
 * Word lists found in one pass over a text's words: every list of the neutrality rules is a set of
 * phrases, and running a dozen case-insensitive alternations with look-behinds over each keystroke's text
 * cost more than the rest of the checker together. Phrases match whole words, case-insensitively; words
 * of a phrase may be separated by spaces or dashes ("Budi-Sri", "Budi – Sri"), and with `clitics` its last
 * word may carry one ("cobloslah", "coblosin", "hak pilihmu").
 */

export interface WordToken {
  start: number;
  end: number;
  lower: string;
}

export interface PhraseSpan {
  start: number;
  end: number;
  written: string;
}

const CLITICS = ['lah', 'kah', 'pun', 'nya', 'mu', 'ku', 'in'];
const SEPARATOR = /^[\s\-–—‐]+$/;

const WORD = /[\p{L}\p{M}\p{Nd}_]+/gu;

/** The words of a text: runs of letters, marks, digits and underscores of any script. */
export function wordTokens(text: string): WordToken[] {
  // Lowercasing the whole text once is faster than word by word; a text whose length it changes (a dotted
  // capital I) is lowered word by word so offsets stay right.
  const lowered = text.toLowerCase();
  const same = lowered.length === text.length;
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({ start, end, lower: same ? lowered.slice(start, end) : match[0].toLowerCase() });
  }
  return tokens;
}

interface Entry<L extends string> {
  list: L;
  words: string[];
  clitics: boolean;
}

export class PhraseIndex<L extends string> {
  private readonly byFirst = new Map<string, Entry<L>[]>();
  private readonly lists: L[];

  constructor(lists: Record<L, { phrases: readonly string[]; clitics?: boolean }>) {
    this.lists = Object.keys(lists) as L[];
    for (const list of this.lists) {
      const { phrases, clitics = false } = lists[list];
      for (const phrase of phrases) {
        const words = wordTokens(phrase).map((token) => token.lower);
        const first = words[0];
        if (first === undefined) continue;
        const entries = this.byFirst.get(first) ?? [];
        entries.push({ list, words, clitics });
        this.byFirst.set(first, entries);
      }
    }
  }

  /** The candidates a token may start: by the word itself, or with a clitic taken off (one-word phrases). */
  private candidates(lower: string): Entry<L>[] {
    const found = [...(this.byFirst.get(lower) ?? [])];
    for (const clitic of CLITICS)
      if (lower.length > clitic.length + 2 && lower.endsWith(clitic))
        for (const entry of this.byFirst.get(lower.slice(0, -clitic.length)) ?? [])
          if (entry.clitics && entry.words.length === 1) found.push(entry);
    return found;
  }

  /**
   * Every list's phrases in the text, in order, leftmost-longest and not overlapping within a list (as
   * an alternation would find them). A phrase right after "#" or "@" is part of a tag or a mention.
   */
  find(text: string, tokens: readonly WordToken[]): Record<L, PhraseSpan[]> {
    const found = Object.fromEntries(this.lists.map((list) => [list, [] as PhraseSpan[]])) as Record<L, PhraseSpan[]>;
    const reachedUntil = Object.fromEntries(this.lists.map((list) => [list, -1])) as Record<L, number>;
    tokens.forEach((token, index) => {
      const before = text[token.start - 1];
      if (before === '#' || before === '＃' || before === '@') return;
      const longest = new Map<L, number>();
      for (const entry of this.candidates(token.lower)) {
        if (token.start < reachedUntil[entry.list]) continue;
        const end = this.matchAt(text, tokens, index, entry);
        if (end !== null && end > (longest.get(entry.list) ?? -1)) longest.set(entry.list, end);
      }
      for (const [list, end] of longest) {
        found[list].push({ start: token.start, end, written: text.slice(token.start, end) });
        reachedUntil[list] = end;
      }
    });
    return found;
  }

  private matchAt(text: string, tokens: readonly WordToken[], index: number, entry: Entry<L>): number | null {
    let end = -1;
    for (let at = 0; at < entry.words.length; at++) {
      const token = tokens[index + at];
      if (!token) return null;
      const word = entry.words[at] as string;
      const last = at === entry.words.length - 1;
      const matches =
        token.lower === word ||
        (last && entry.clitics && token.lower.startsWith(word) && CLITICS.includes(token.lower.slice(word.length)));
      if (!matches) return null;
      if (at > 0 && !SEPARATOR.test(text.slice(end, token.start))) return null;
      end = token.end;
    }
    return end;
  }
}
