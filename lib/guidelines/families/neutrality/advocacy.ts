import type { HashtagMatch } from '../../../hashtags';
import { bilingual, type Bilingual } from '../../../text';
import { othersVoice, sentenceAt, wordsBetween, type Layout } from '../../layout';
import type { RuleId, Severity } from '../../types';
import type { CompiledNeutrality } from './compile';
import { listedWithOthers, numberValue, otherNumber, tagReference, tagWords, type Reference } from './references';

/** An urging word, a word against, or a statement of support, as found in the text. */
interface Verb {
  start: number;
  end: number;
  written: string;
  type: 'urge' | 'oppose' | 'support' | 'predicate';
}

/** A verdict on one contestant reference. */
export interface Advocacy {
  rule: Extract<RuleId, 'neutrality-campaigning' | 'neutrality-possible-campaigning' | 'neutrality-partisan-symbol'>;
  severity: Severity;
  start: number;
  end: number;
  /** The reference it is about (its key tells the contestant). */
  key: string;
  message: Bilingual;
}

const spans = (text: string, regex: RegExp | null) =>
  regex
    ? [...text.matchAll(regex)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        written: match[0],
      }))
    : [];

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The urging words of a text outside neutral phrases ("hak pilih") and outside a hoax being refuted. */
function verbsOf(text: string, compiled: CompiledNeutrality, layout: Layout): Verb[] {
  const neutral = spans(text, compiled.neutral);
  const found: Verb[] = [
    ...spans(text, compiled.oppose).map((span) => ({ ...span, type: 'oppose' as const })),
    ...spans(text, compiled.urge).map((span) => ({ ...span, type: 'urge' as const })),
    ...spans(text, compiled.support).map((span) => ({ ...span, type: 'support' as const })),
    ...spans(text, compiled.predicates).map((span) => ({ ...span, type: 'predicate' as const })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Verb[] = [];
  for (const verb of found) {
    if (kept.some((other) => overlaps(other, verb))) continue;
    if (neutral.some((span) => overlaps(span, verb)) || othersVoice(layout, verb.start, verb.end)) continue;
    kept.push(verb);
  }
  return kept;
}

/** "Coblos 01", "pilih yang 2": a bare number right after an urging word. */
const BARE_NUMBER =
  /^\s*(?:(?:yang|si|sang|no\.?|nomor|nomer|nmr|urut)\s*)?((?:0?[1-9]|1[0-9]|20)(?![\p{Nd}]|[.,:/]\p{Nd})|[0-9]\uFE0F?\u20E3)/iu;

function bareNumberAfter(text: string, verb: Verb, compiled: CompiledNeutrality): Reference | null {
  const match = BARE_NUMBER.exec(text.slice(verb.end, verb.end + 20));
  if (!match) return null;
  const end = verb.end + match[0].length;
  const written = match[1] as string;
  if (otherNumber(text, end - written.length, end, compiled, false)) return null;
  const start = end - written.length;
  return {
    start,
    end,
    written,
    key: `n:${numberValue(written)}`,
    kind: 'number',
    strong: false,
    official: false,
    group: -1,
  };
}

const BODY_SUBJECT = /(?<![\p{L}])(?:PPK|PPS|KPPS|kami|saya|aku|kita|keluarga besar)(?![\p{L}])/iu;
const FULL_SUPPORT = /^\s*(?:penuh|sepenuhnya|sepenuh hati|100\s*%|total)(?![\p{L}])/iu;

const quoted = (value: string) => `"${value}"`;

function messageFor(verb: Verb, reference: Reference, certain: boolean): Bilingual {
  const both = `${verb.written} … ${reference.written}`;
  if (!certain)
    return bilingual(
      `${quoted(both)} bisa dibaca sebagai ajakan atau dukungan untuk satu peserta. Periksa maksudnya: akun badan ad hoc wajib netral.`,
      `${quoted(both)} may read as urging or backing one contestant. Check what it means: an ad-hoc body's account must stay neutral.`,
    );
  if (verb.type === 'oppose')
    return bilingual(
      `${quoted(both)} mengajak tidak memilih satu peserta. Penyelenggara tidak boleh merugikan peserta mana pun.`,
      `${quoted(both)} urges a vote against one contestant. Election bodies may not harm any contestant.`,
    );
  if (verb.type === 'support' || verb.type === 'predicate')
    return bilingual(
      `${quoted(both)} menyatakan dukungan kepada satu peserta. Penyelenggara tidak boleh menyatakan pilihan politiknya.`,
      `${quoted(both)} declares support for one contestant. Election bodies may not state a political choice.`,
    );
  return bilingual(
    `${quoted(both)} mengajak memilih satu peserta. Akun badan ad hoc wajib netral.`,
    `${quoted(both)} urges a vote for one contestant. An ad-hoc body's account must stay neutral.`,
  );
}

/** Plainly a contestant: a strong reference, or a ballot number, keycap or gesture emoji right by the verb. */
const certainReference = (reference: Reference) =>
  reference.strong || reference.kind === 'number' || reference.kind === 'symbol';

function bindVerb(
  text: string,
  verb: Verb,
  verbs: readonly Verb[],
  references: readonly Reference[],
  compiled: CompiledNeutrality,
  layout: Layout,
  nearWords: number,
): Advocacy | null {
  const sentence = sentenceAt(layout, verb.start);
  const nextVerb = verbs.find((other) => other.start >= verb.end);
  const inReach = (reference: Reference, forward: boolean) => {
    if (reference.official || sentenceAt(layout, reference.start) !== sentence) return false;
    const distance = forward
      ? wordsBetween(layout, verb.end, reference.start)
      : wordsBetween(layout, reference.end, verb.start);
    const reach = verb.type === 'predicate' ? 2 : reference.strong ? nearWords : 2;
    return distance <= reach;
  };
  let reference: Reference | null | undefined;
  if (verb.type === 'predicate') {
    // "Paslon 01 pasti menang", and "pilihanku nomor 2".
    reference =
      [...references].reverse().find((entry) => entry.end <= verb.start && inReach(entry, false)) ??
      references.find((entry) => entry.start >= verb.end && inReach(entry, true));
  } else {
    reference =
      references.find(
        (entry) => entry.start >= verb.end && (!nextVerb || entry.start < nextVerb.start) && inReach(entry, true),
      ) ?? bareNumberAfter(text, verb, compiled);
  }
  if (!reference || listedWithOthers(reference, references)) return null;
  let certain = certainReference(reference);
  if (certain && verb.type === 'support') {
    // "mendukung paslon 2" said by the writer or the body (or "penuh") is a statement; of others, a report.
    const before = text.slice(layout.sentences[sentence]?.[0] ?? 0, verb.start);
    const hortative =
      compiled.hortative !== null &&
      [...before.matchAll(compiled.hortative)].some(
        (match) => wordsBetween(layout, match.index + match[0].length, verb.start) <= 2,
      );
    certain =
      hortative ||
      BODY_SUBJECT.test(before.split(/\s+/).slice(-6).join(' ')) ||
      FULL_SUPPORT.test(text.slice(verb.end));
  }
  const start = Math.min(verb.start, reference.start);
  const end = Math.max(verb.end, reference.end);
  return {
    rule: certain ? 'neutrality-campaigning' : 'neutrality-possible-campaigning',
    severity: certain ? 'error' : 'warning',
    start,
    end,
    key: reference.key,
    message: messageFor(verb, reference, certain),
  };
}

function tagAdvocacy(tag: HashtagMatch, compiled: CompiledNeutrality): Advocacy | null {
  const words = tagWords(tag.tag);
  const urging = [compiled.urge, compiled.oppose, compiled.support, compiled.predicates].some(
    (regex) => regex !== null && [...words.matchAll(regex)].length > 0,
  );
  const key =
    tagReference(tag, compiled) ?? (urging ? /(?<![\p{Nd}])(0?[1-9]|1[0-9]|20)(?![\p{Nd}])/u.exec(words)?.[1] : null);
  if (!key) return null;
  const contestant = key.includes(':') ? key : `n:${Number(key)}`;
  if (urging)
    return {
      rule: 'neutrality-campaigning',
      severity: 'error',
      start: tag.start,
      end: tag.end,
      key: contestant,
      message: bilingual(
        `Tagar ${tag.tag} mengajak memilih atau mendukung satu peserta. Akun badan ad hoc wajib netral.`,
        `The hashtag ${tag.tag} urges a vote for or backs one contestant. An ad-hoc body's account must stay neutral.`,
      ),
    };
  return {
    rule: 'neutrality-partisan-symbol',
    severity: 'warning',
    start: tag.start,
    end: tag.end,
    key: contestant,
    message: bilingual(
      `Tagar ${tag.tag} menyebut satu peserta: tagar peserta adalah atribut kampanye. Hindari di akun badan ad hoc.`,
      `The hashtag ${tag.tag} names one contestant: a contestant's tag is a campaign attribute. Avoid it on an ad-hoc body's account.`,
    ),
  };
}

/**
 * Advocacy: an urging word, a word against, or a statement of support bound to one contestant within a
 * sentence, and tags that do the same. A contestant listed with the others ("nomor urut 1 dan 2") is named
 * alike, never urged. At most one verdict per reference, errors first.
 */
export function advocacyIn(
  text: string,
  tags: readonly HashtagMatch[],
  references: readonly Reference[],
  compiled: CompiledNeutrality,
  layout: Layout,
  nearWords: number,
): Advocacy[] {
  const verbs = verbsOf(text, compiled, layout);
  const verdicts: Advocacy[] = [];
  for (const verb of verbs) {
    const verdict = bindVerb(text, verb, verbs, references, compiled, layout, nearWords);
    if (verdict) verdicts.push(verdict);
  }
  for (const tag of tags) {
    if (othersVoice(layout, tag.start, tag.end)) continue;
    const verdict = tagAdvocacy(tag, compiled);
    if (verdict) verdicts.push(verdict);
  }
  const kept: Advocacy[] = [];
  for (const verdict of verdicts.sort(
    (a, b) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1) || a.start - b.start,
  ))
    if (!kept.some((other) => overlaps(other, verdict))) kept.push(verdict);
  return kept.sort((a, b) => a.start - b.start);
}
