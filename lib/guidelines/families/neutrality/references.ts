import type { HashtagMatch } from '../../../hashtags';
import { near, othersVoice, sentenceAt, type Layout } from '../../layout';
import type { CompiledNeutrality, NameEntry } from './compile';
import { nameKey, squeeze } from './compile';

/** A mention of one contestant: a ballot number, a name, a party, a tagline, a gesture. */
export interface Reference {
  start: number;
  end: number;
  written: string;
  /** Which contestant: `n:2` for ballot number 2 (its pair's names share it), `p:pkb` for a party. */
  key: string;
  kind: 'number' | 'name' | 'tagline' | 'party' | 'word' | 'gesture' | 'symbol';
  /**
   * Plainly a contestant ("paslon 2", "nomor urut 2", a full name). A weak one ("nomor 2", "01", ✌️, a
   * nickname, "Garuda") counts only next to an urging word.
   */
  strong: boolean;
  /** A mention in an official role ("saksi paslon 01"): never campaigning. */
  official: boolean;
  /** References listed together ("nomor urut 1 dan 2") share a group. */
  group: number;
}

/** Number words, with the Javanese and Sundanese ones people write in local posts ("nomer siji"). */
const NUMBER_WORDS: Record<string, number> = {
  siji: 1,
  hiji: 1,
  loro: 2,
  telu: 3,
  tilu: 3,
  papat: 4,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
};
/** A ballot number as written: 1–20 (zero-padded or not), a number word, a keycap emoji. */
const NUMBER =
  '(?:(?:0?[1-9]|1[0-9]|20)(?![\\p{Nd}]|[.,:/]\\p{Nd})|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|siji|hiji|loro|telu|tilu|papat)(?![\\p{L}])|(?:[0-9]\\uFE0F?\\u20E3){1,2})';
const OFFICE = '(?:bupati|gubernur|wali\\s*kota|walikota)';
const STRONG_HEAD = `(?:pasangan\\s+calon|paslon|pasangan|calon|kandidat|cabup|cawabup|cagub|cawagub|cawalkot|cakada)(?:\\s+${OFFICE}(?:\\s+dan\\s+wakil\\s+${OFFICE})?)?(?:\\s+(?:nomor\\s+urut|no\\.?\\s*urut|nomor|nomer|nmr|no\\.?|urut))?`;
const URUT_HEAD = '(?:nomor|nomer|nmr|no\\.?)\\s*urut';
const PLAIN_HEAD = '(?:nomor|nomer|nmr|no\\.?|angka|number)';
const NUMBER_REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{Nd}_#])(?:(${STRONG_HEAD})|(${URUT_HEAD})|(${PLAIN_HEAD}))\\s*(${NUMBER})`,
  'giu',
);
/** "nomor urut 1, 2, dan 3": the numbers listed after the first. */
const LISTED_NUMBER = new RegExp(
  `^(?:\\s*(?:,|dan|atau|serta|&|/|maupun|vs\\.?|versus)\\s*(?:(?:${STRONG_HEAD}|${URUT_HEAD}|${PLAIN_HEAD})\\s*)?(${NUMBER}))`,
  'iu',
);
/** "01" on its own: zero-padded, not a time, a date or part of a longer number. */
const PADDED = /(?<![\p{L}\p{Nd}_#.,:/-])0[1-9](?![\p{L}\p{Nd}_]|[.,:/-]\p{Nd})/gu;
const KEYCAP = /(?:[0-9]\uFE0F?\u20E3)+/gu;
const GESTURE_PHRASE =
  /(?<![\p{L}])(?:salam|angkat|acungkan|tunjukkan)\s+(?:satu|dua|tiga|empat|lima|[1-5])\s+jari(?![\p{L}])/giu;
/** "satu jari" or "2 jari" counted in words, to tell a salute from an emoji that points. */
const FINGERS = /(?<![\p{L}])(satu|dua|tiga|[1-3])\s+jari(?![\p{L}])/iu;
const COORDINATION = /^[\s,;/&()–-]*(?:(?:dan|atau|serta|maupun|vs\.?|versus|dengan|juga|lalu)[\s,]*)?$/iu;

export function numberValue(written: string): number {
  const lower = written.toLowerCase();
  if (NUMBER_WORDS[lower] !== undefined) return NUMBER_WORDS[lower];
  return Number(lower.replace(/[^0-9]/g, ''));
}

const wordBefore = (text: string, start: number) =>
  /([\p{L}\p{Nd}%]+)[\s.:]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
const wordAfter = (text: string, end: number) =>
  /^[\s.]*([\p{L}\p{Nd}%]+)/u.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();

/** Words after a number that count or date something: "nomor 8 tahun 2024", "1 kali", "20 persen". */
const COUNTED =
  /^(?:tahun|thn|kali|x|orang|org|jiwa|lembar|persen|%|jam|menit|detik|hari|minggu|pekan|bulan|ribu|rb|juta|jt|miliar|kg|km|m|meter|unit|buah|kotak|tps|rt|rw|dpt|dps|dpk|desa|kelurahan|kecamatan|pemilih|suara|surat|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)$/u;

/** "nomor urut 1 sampai 100", "1–50", "tim 01 s.d. 07": the number ending at `end` starts a range. */
export const startsRange = (text: string, end: number) =>
  /^\s*(?:[-–]|sampai|hingga|s\.?d\.?|s\/d)\s*\p{Nd}/iu.test(text.slice(end, end + 12));

/** A number after "TPS", "RT", "pasal", or before "tahun", "kali": something other than a ballot number. */
export function otherNumber(
  text: string,
  start: number,
  end: number,
  compiled: CompiledNeutrality,
  lookBefore = true,
): boolean {
  if (startsRange(text, end)) return true;
  const before = lookBefore ? wordBefore(text, start) : undefined;
  const after = wordAfter(text, end);
  return (before !== undefined && compiled.nonBallot.has(before)) || (after !== undefined && COUNTED.test(after));
}

type Found = Omit<Reference, 'group' | 'official'>;

function numberReferences(text: string, compiled: CompiledNeutrality): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(NUMBER_REFERENCE)) {
    const [whole] = match;
    const strongHead = match[1];
    const urutHead = match[2];
    const number = match[4] as string;
    const start = match.index;
    let end = start + whole.length;
    const strong = strongHead !== undefined || urutHead !== undefined;
    // "TPS nomor 3" and "nomor 8 tahun 2024" are no ballot numbers; a contestant head ("paslon") is one.
    if (otherNumber(text, start, end, compiled, !strong)) continue;
    found.push({ start, end, written: whole, key: `n:${numberValue(number)}`, kind: 'number', strong });
    for (let listed = LISTED_NUMBER.exec(text.slice(end)); listed; listed = LISTED_NUMBER.exec(text.slice(end))) {
      const value = listed[1] as string;
      const from = end + listed[0].length - value.length;
      end += listed[0].length;
      found.push({ start: from, end, written: value, key: `n:${numberValue(value)}`, kind: 'number', strong });
    }
  }
  for (const match of text.matchAll(PADDED)) {
    const end = match.index + match[0].length;
    if (otherNumber(text, match.index, end, compiled)) continue;
    found.push({
      start: match.index,
      end,
      written: match[0],
      key: `n:${Number(match[0])}`,
      kind: 'number',
      strong: false,
    });
  }
  for (const match of text.matchAll(KEYCAP)) {
    const end = match.index + match[0].length;
    // A keycap opening a line ("1️⃣ Bawa KTP-el") numbers a list; a zero-padded one ("0️⃣1️⃣") is a ballot number.
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
    const listMarker = text.slice(lineStart, match.index).trim() === '' && !match[0].startsWith('0');
    if (listMarker || /^[.)]/.test(text.slice(end))) continue;
    found.push({
      start: match.index,
      end,
      written: match[0],
      key: `n:${numberValue(match[0])}`,
      kind: 'number',
      strong: false,
    });
  }
  return found;
}

/** "Ketua PPK, Budi Hartono," and "Budi (anggota PPS)": a person on duty who shares a candidate's name. */
function isDifferentPerson(text: string, start: number, end: number, entry: NameEntry, layout: Layout): boolean {
  if (near(layout, 'officialRole', start, 'before', 3) || near(layout, 'officialRole', end, 'after', 1)) return true;
  if (!entry.weak || entry.kind !== 'name') return false;
  // A nickname followed by a surname that is not the candidate's is someone else.
  const surname = /^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
  return surname !== undefined && !entry.pairWords.has(surname.toLowerCase());
}

/**
 * Is a word part of a longer proper noun, with a capitalised word right before or after it ("Timnas
 * Garuda", "Garuda Pancasila")? "Partai" and a capitalised urging word ("Dukung Garuda") do not count.
 */
function besideProperNoun(text: string, start: number, end: number, layout: Layout): boolean {
  const from = Math.max(0, start - 20);
  const before = /(\p{Lu}\p{L}*)[ \t]+$/u.exec(text.slice(from, start));
  const after = /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 20));
  const urging =
    before !== null &&
    (['urge', 'oppose', 'support', 'hortative'] as const).some((list) =>
      layout.phrases[list].some((span) => span.start === from + before.index),
    );
  return (before !== null && before[1]?.toLowerCase() !== 'partai' && !urging) || after;
}

function nameReferences(text: string, compiled: CompiledNeutrality, layout: Layout): Found[] {
  const found: Found[] = [];
  for (const span of layout.phrases.names) {
    const entry = compiled.nameEntries.get(nameKey(span.written));
    if (!entry) continue;
    const { start, end } = span;
    if (entry.kind === 'name' && isDifferentPerson(text, start, end, entry, layout)) continue;
    // "Partai Garuda" is the party; "Garuda di dadaku", "Timnas Garuda", "Garuda Pancasila" are not.
    const afterPartai = /partai\s+$/iu.test(text.slice(Math.max(0, start - 8), start));
    if (entry.weak && entry.kind === 'party' && !afterPartai && besideProperNoun(text, start, end, layout)) continue;
    found.push({
      start,
      end,
      written: span.written,
      key: entry.key,
      kind: entry.kind,
      strong: !entry.weak || afterPartai,
    });
  }
  return found;
}

function gestureReferences(text: string, compiled: CompiledNeutrality): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(GESTURE_PHRASE)) {
    const number = numberValue(/(satu|dua|tiga|empat|lima|[1-5])\s+jari/iu.exec(match[0])?.[1] ?? '');
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      written: match[0],
      key: `n:${number}`,
      kind: 'gesture',
      strong: true,
    });
  }
  if (compiled.gestureSymbols)
    for (const match of text.matchAll(compiled.gestureSymbols)) {
      const number = compiled.gestures.get(match[0]) ?? 0;
      const previous = found.at(-1);
      // The same hand twice or more ("☝️☝️", "✌️ ✌️ ✌️") is a salute, not a pointer: a gesture like "salam
      // dua jari". So is "satu jari" beside its own emoji ("Satu jari untuk Jepara ☝️").
      if (previous && previous.key === `n:${number}` && /^\s*$/u.test(text.slice(previous.end, match.index))) {
        found[found.length - 1] = {
          ...previous,
          end: match.index + match[0].length,
          written: text.slice(previous.start, match.index + match[0].length),
          kind: 'gesture',
          strong: true,
        };
        continue;
      }
      const sentence =
        text
          .slice(Math.max(0, match.index - 40), match.index)
          .split(/[\n.!?]/u)
          .at(-1) ?? '';
      const counted = FINGERS.exec(sentence);
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        written: match[0],
        key: `n:${number}`,
        kind: counted && numberValue(counted[1] as string) === number ? 'gesture' : 'symbol',
        strong: counted !== null && numberValue(counted[1] as string) === number,
      });
    }
  return found;
}

/** A tag that may hold a ballot number: digits, a number word, a finger count. */
const TAG_MAY_NUMBER =
  /\p{Nd}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|siji|hiji|loro|telu|tilu|papat|jari|\u20e3/iu;

/** Splits a tag's body into words: "#CoblosNomor2" → "coblos nomor 2", "#01Menang" → "01 menang". */
export function tagWords(tag: string): string {
  return tag
    .replace(/^[#＃]/, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\p{Nd})/gu, '$1 $2')
    .replace(/(\p{Nd})(\p{L})/gu, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

/** The contestant a tag names, if it names one: #Paslon02, #01, #BudiSri, #NomorSatuDiHati. */
export function tagReference(tag: HashtagMatch, compiled: CompiledNeutrality): string | null {
  const body = squeeze(tag.tag);
  const entry = compiled.squeezedNames.get(body);
  if (entry && !entry.weak) return entry.key;
  const named = compiled.namesInTags?.exec(body)?.[0];
  // Most tags (#TemanPemilih) hold no number, no number word and no name: nothing more to read.
  if (!named && !TAG_MAY_NUMBER.test(body)) return null;
  const words = tagWords(tag.tag);
  const gesture =
    new RegExp(GESTURE_PHRASE.source, 'iu').exec(words) ?? /^(satu|dua|tiga|empat|lima) jari$/u.exec(words);
  if (gesture) return `n:${numberValue(/(satu|dua|tiga|empat|lima|[1-5])\s+jari/iu.exec(gesture[0])?.[1] ?? '')}`;
  const number =
    new RegExp(NUMBER_REFERENCE.source, 'iu').exec(words) ?? /(?<![\p{Nd}])0[1-9](?![\p{Nd}])/u.exec(words);
  if (number) return `n:${numberValue((number[4] ?? number[0]) as string)}`;
  return named ? (compiled.squeezedNames.get(named)?.key ?? null) : null;
}

/**
 * Every contestant reference in a text, in order, with the lists they form. References in someone else's
 * voice (a hoax being refuted) and official mentions are marked, not dropped, so rules can tell.
 */
export function findReferences(text: string, compiled: CompiledNeutrality, layout: Layout): Reference[] {
  const all = [
    ...numberReferences(text, compiled),
    ...nameReferences(text, compiled, layout),
    ...gestureReferences(text, compiled),
  ]
    .filter((reference) => !othersVoice(layout, reference.start, reference.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps: the first, longest reference wins ("paslon 01" over "01").
  const kept: Found[] = [];
  for (const reference of all)
    if (!kept.some((other) => reference.start < other.end && other.start < reference.end)) kept.push(reference);
  let group = 0;
  return kept.map((reference, index) => {
    const previous = kept[index - 1];
    if (
      !previous ||
      sentenceAt(layout, previous.start) !== sentenceAt(layout, reference.start) ||
      !COORDINATION.test(text.slice(previous.end, reference.start))
    )
      group++;
    const official = near(layout, 'officialMention', reference.start, 'before', 2);
    return { ...reference, official, group };
  });
}

/** References listed together with another contestant ("nomor urut 1 dan 2") name them alike. */
export function listedWithOthers(reference: Reference, references: readonly Reference[]): boolean {
  return references.some((other) => other.group === reference.group && other.key !== reference.key);
}
