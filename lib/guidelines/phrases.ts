/**
 * Word lists found in one pass over a text's words: every list of the neutrality rules is a set of
 * phrases, and running a dozen case-insensitive alternations with look-behinds over each keystroke's text
 * cost more than the rest of the checker together. Phrases match whole words, case-insensitively; words
 * of a phrase may be separated by spaces or dashes ("Budi-Sri", "Budi – Sri"), and with `clitics` its last
 * word may carry one ("cobloslah", "coblosin", "hak pilihmu"). With `inflections` a one-word verb is also
 * found in the forms people write it in (see `inflectedForms`: "dicoblos", "nyoblos", "coblosen"). A word
 * stretched for emphasis matches its plain form ("gasss", "gaspoll", "pilihhh").
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

/**
 * Verbs that mark the ballot: their passive ("dicoblos nomor 1") still marks it, whereas "didukung partai X"
 * or "dipilih rakyat" reports what others did, so only these take the "di-" prefix.
 */
const BALLOT_MARKING = new Set(['coblos', 'contreng', 'centang', 'tusuk', 'conteng']);
/** Javanese verb endings: "coblosen", "pilihen" (imperative), "dukungke", "coblosno", "coblosana". */
const VERB_SUFFIXES = ['en', 'ana', 'no', 'ke', 'ake'];

/**
 * The written forms of a one-word verb besides itself: the Javanese and colloquial nasal prefix ("nyoblos",
 * "milih", "nusuk", "ndukung", "ngawal"), "di-" for verbs that mark the ballot, and the Javanese endings,
 * with or without the prefix. Standard "me-" forms ("memilih", "mendukung") are not here: they report as
 * often as they urge, and the rules list them apart as support verbs.
 */
export function inflectedForms(stem: string): string[] {
  const prefixed = new Set<string>();
  const first = stem[0] ?? '';
  const vowelNext = /^[aiueo]/.test(stem.slice(1));
  if ((first === 'c' || first === 's') && stem.length > 2) prefixed.add(`ny${stem.slice(1)}`);
  if (first === 'p' && vowelNext) prefixed.add(`m${stem.slice(1)}`);
  if (first === 't' && vowelNext) prefixed.add(`n${stem.slice(1)}`);
  if (first === 'k' && vowelNext) prefixed.add(`ng${stem.slice(1)}`);
  if (first === 'd' || first === 'j') prefixed.add(`n${stem}`);
  if (first === 'g') prefixed.add(`ng${stem}`);
  if (BALLOT_MARKING.has(stem)) prefixed.add(`di${stem}`);
  const forms = new Set<string>(prefixed);
  for (const base of [stem, ...prefixed]) for (const suffix of VERB_SUFFIXES) forms.add(base + suffix);
  forms.delete(stem);
  return [...forms];
}

/** A word with every run of one letter shortened to one: "gaspoll" → "gaspol", "gasss" → "gas". */
const collapseRuns = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');
const HAS_RUN = /(\p{L})\1/u;

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

  /** Entries whose first word has no doubled letter, for words stretched for emphasis. */
  private readonly byCollapsed = new Map<string, Entry<L>[]>();

  constructor(lists: Record<L, { phrases: readonly string[]; clitics?: boolean; inflections?: boolean }>) {
    this.lists = Object.keys(lists) as L[];
    for (const list of this.lists) {
      const { phrases, clitics = false, inflections = false } = lists[list];
      for (const phrase of phrases) {
        const tokens = wordTokens(phrase);
        const words = tokens.starts.map((_, index) => lowerWord(phrase, tokens, index));
        const first = words[0];
        if (first === undefined) continue;
        this.add({ list, words, clitics });
        // Only a plain word is stretched ("gas" → "gasss"); "PPP" is no stretched "P" ("Satpol PP").
        if (!HAS_RUN.test(first))
          this.byCollapsed.set(first, [...(this.byCollapsed.get(first) ?? []), { list, words, clitics }]);
        if (inflections && words.length === 1)
          for (const form of inflectedForms(first)) this.add({ list, words: [form], clitics });
      }
    }
  }

  private add(entry: Entry<L>): void {
    const first = entry.words[0] as string;
    this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), entry]);
    this.prefixes.add(pairKey(first.charCodeAt(0), first.length > 1 ? first.charCodeAt(1) : 0));
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
    if (!found && !direct && HAS_RUN.test(lower)) return this.byCollapsed.get(collapseRuns(lower)) ?? NONE;
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
        (last && entry.clitics && lower.startsWith(word) && CLITICS.includes(lower.slice(word.length))) ||
        (HAS_RUN.test(lower) && !HAS_RUN.test(word) && collapseRuns(lower) === word);
      if (!matches) return null;
      const start = words.starts[index + at] as number;
      if (at > 0 && !SEPARATOR.test(text.slice(end, start))) return null;
      end = words.ends[index + at] as number;
    }
    return end;
  }
}

const NONE: readonly never[] = [];
