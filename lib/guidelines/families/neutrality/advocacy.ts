import type { HashtagMatch } from '../../../hashtags';
import type { MessageRef } from '../../../messages/format';
import { message } from '../../../messages/reference';
import type { GuidelineRules } from '../../../schemas';
import { near, othersVoice, phrasesOf, sentenceAt, spansIn, wordsBetween, type Layout } from '../../layout';
import type { RuleId, Severity } from '../../types';
import type { CompiledNeutrality } from './compile';
import {
  listedWithOthers,
  numberValue,
  otherNumber,
  startsRange,
  tagReference,
  tagWords,
  type Reference,
} from './references';

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
  message: MessageRef;
  /** A mention the quiet period's rules judge better when they apply ("relawan paslon 01" in material). */
  yieldsToQuietPeriod?: boolean;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The urging words of a text outside neutral phrases ("hak pilih") and outside a hoax being refuted. */
function verbsOf(layout: Layout): Verb[] {
  const { phrases } = layout;
  const neutral = phrases.neutral;
  const found: Verb[] = [
    ...phrases.oppose.map((span) => ({ ...span, type: 'oppose' as const })),
    ...phrases.urge.map((span) => ({ ...span, type: 'urge' as const })),
    ...phrases.support.map((span) => ({ ...span, type: 'support' as const })),
    ...phrases.predicates.map((span) => ({ ...span, type: 'predicate' as const })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Verb[] = [];
  for (const verb of found) {
    if (kept.some((other) => overlaps(other, verb))) continue;
    if (neutral.some((span) => overlaps(span, verb)) || othersVoice(layout, verb.start, verb.end)) continue;
    kept.push(verb);
  }
  return kept;
}

/**
 * "Coblos 01", "pilih yang 2 ya": a bare number right after an urging word. Zero-padded it is a ballot
 * number; otherwise only when nothing it could count follows ("dukung 3 program" counts programmes).
 */
const BARE_NUMBER =
  /^\s*(?:(?:yang|si|sang|no\.?|nomor|nomer|nmr|urut)\s*)?(0[1-9]|(?:[1-9]|1[0-9]|20)(?=\s*(?:$|[\n.,!?;:)"”'’…~]|\p{Extended_Pictographic}|(?:ya|yah|aja|saja|lah|dong|deh|kak|gaes|guys|bro|sis|lur|bos|kawan|semua|sekarang|besok|nanti)(?![\p{L}])))|[0-9]\uFE0F?\u20E3)(?![\p{Nd}]|[.,:/]\p{Nd})/iu;

function bareNumberAfter(text: string, verb: Verb, compiled: CompiledNeutrality): Reference | null {
  const match = BARE_NUMBER.exec(text.slice(verb.end, verb.end + 24));
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

const ENDS_SENTENCE =
  /^[\s!.?…)"”'’~]*(?:(?:ya|yah|aja|saja|lah|dong|deh|sekarang)[\s!.?…~]*)?(?:\p{Extended_Pictographic}|\uFE0F|\s)*$/iu;
const VOTE_COUNT = /\p{Nd}[\p{Nd}.]*\s*(?:suara|persen|%)/iu;

const PRONOUN = /^\s*(?:dia|beliau|ia|mereka|nya)(?![\p{L}])/iu;

/** The contestant "dia" or "beliau" stands for: the only one the post names (strongly), if there is one. */
function pronounAfter(text: string, verb: Verb, references: readonly Reference[]): Reference | null {
  const match = PRONOUN.exec(text.slice(verb.end, verb.end + 12));
  if (!match) return null;
  const named = references.filter((reference) => reference.strong && !reference.official);
  if (named.length === 0 || new Set(named.map((reference) => reference.key)).size !== 1) return null;
  const start = verb.end + match[0].length - match[0].trimStart().length;
  return { ...(named[0] as Reference), start, end: verb.end + match[0].length, written: match[0].trim() };
}

const BODY_SUBJECT = /(?<![\p{L}])(?:PPK|PPS|KPPS|kami|saya|aku|kita|keluarga besar)(?![\p{L}])/iu;
const FULL_SUPPORT = /^\s*(?:penuh|sepenuhnya|sepenuh hati|100\s*%|total)(?![\p{L}])/iu;

function messageFor(verb: Verb, reference: Reference, certain: boolean): MessageRef {
  const words = `${verb.written} … ${reference.written}`;
  if (!certain) return message('finding.urgeMaybe', { words });
  if (verb.type === 'oppose') return message('finding.urgeAgainst', { words });
  if (verb.type === 'support' || verb.type === 'predicate') return message('finding.support', { words });
  return message('finding.urge', { words });
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
    // A hand emoji binds only right beside the word: "nyoblos, angkat jarinya ☝️" shows an inked finger.
    const reach = reference.kind === 'symbol' ? 1 : verb.type === 'predicate' ? 2 : reference.strong ? nearWords : 2;
    return distance <= reach;
  };
  let reference: Reference | null | undefined;
  // "Paslon 02 menang di TPS 5 dengan 210 suara" reports a count, not a wish.
  const [from, to] = layout.sentences[sentence] ?? [0, text.length];
  if (verb.type === 'predicate' && /^menang(?: telak)?$/iu.test(verb.written) && VOTE_COUNT.test(text.slice(from, to)))
    return null;
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
  // "Paslon 01 untuk Jepara, pilih!": an urging word that ends its sentence points back.
  if (!reference && verb.type !== 'support' && ENDS_SENTENCE.test(text.slice(verb.end, to)))
    reference = [...references].reverse().find((entry) => entry.end <= verb.start && inReach(entry, false));
  // "pilih dia": a pronoun stands for the one contestant the post names.
  reference ??= verb.type === 'predicate' ? null : pronounAfter(text, verb, references);
  if (!reference || listedWithOthers(reference, references)) return null;
  let certain = certainReference(reference);
  if (certain && verb.type === 'support') {
    // "mendukung paslon 2" said by the writer or the body (or "penuh") is a statement; of others, a report.
    // "siap memenangkan" carries its own "siap".
    const before = text.slice(layout.sentences[sentence]?.[0] ?? 0, verb.start);
    const selfStated = layout.phrases.hortative.some((span) => span.start >= verb.start && span.end <= verb.end);
    certain =
      near(layout, 'hortative', verb.start, 'before', 2) ||
      selfStated ||
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

/**
 * Does a short text (a tag's words, a tagline) itself urge or back: "gaspol", "menang", "coblos"? A
 * tagline's "bersama" is a slogan's word, so support verbs count only in tags.
 */
export function containsUrging(words: string, rules: GuidelineRules, support = true): boolean {
  const found = phrasesOf(rules, words);
  return found.urge.length + found.oppose.length + found.predicates.length + (support ? found.support.length : 0) > 0;
}

function tagAdvocacy(tag: HashtagMatch, compiled: CompiledNeutrality, rules: GuidelineRules): Advocacy | null {
  const named = tagReference(tag, compiled);
  // Most tags name no contestant and hold no number (#TemanPemilih): nothing more to read.
  if (!named && !/\p{Nd}/u.test(tag.tag)) return null;
  const words = tagWords(tag.tag);
  const number = /(?<![\p{Nd}])(0?[1-9]|1[0-9]|20)(?![\p{Nd}])/u.exec(words)?.[1];
  if (!named && !number) return null;
  const urging = containsUrging(words, rules);
  const contestant = named ?? (urging ? `n:${Number(number)}` : null);
  if (!contestant) return null;
  if (urging)
    return {
      rule: 'neutrality-campaigning',
      severity: 'error',
      start: tag.start,
      end: tag.end,
      key: contestant,
      message: message('finding.tagUrges', { tag: tag.tag }),
    };
  return {
    rule: 'neutrality-partisan-symbol',
    severity: 'warning',
    start: tag.start,
    end: tag.end,
    key: contestant,
    message: message('finding.tagNames', { tag: tag.tag }),
  };
}

/**
 * "Relawan 01", "aku tim 02", "pendukung paslon 2": a member of one contestant's side. "Tim" and "team" name
 * a contestant only with a padded number or a contestant head ("tim 2" is often a working group). Said of
 * the writer or the body it is declared support (error); otherwise a person judges (warning).
 */
const HEAD = '(?:(?:paslon|pasangan\\s+calon|pasangan|calon|nomor|nomer|no\\.?)\\s*(?:urut\\s*)?)';
const BALLOT = '(?:0?[1-9]|satu|dua|siji|loro)';
const NOT_LONGER = '(?![\\p{L}\\p{Nd}]|[.,:/]\\p{Nd})';
/** After "relawan": any ballot number; after "tim"/"team": a padded one or one with a head ("tim 2" is a group). */
const AFTER_MEMBER = new RegExp(`\\s+${HEAD}?(${BALLOT})${NOT_LONGER}`, 'iuy');
const AFTER_TEAM = new RegExp(`\\s+(?:${HEAD}(${BALLOT})|(0[1-9]))${NOT_LONGER}`, 'iuy');
const LISTED_AFTER = new RegExp(
  `^\\s*(?:,|dan|atau|&|/|maupun|serta|vs\\.?)\\s*(?:\\p{L}+\\s*)?${BALLOT}(?![\\p{L}\\p{Nd}])`,
  'iu',
);

function memberAdvocacy(text: string, compiled: CompiledNeutrality, layout: Layout): Advocacy[] {
  const found: Advocacy[] = [];
  for (const span of layout.phrases.member) {
    const after = /^t/iu.test(span.written) ? AFTER_TEAM : AFTER_MEMBER;
    after.lastIndex = span.end;
    const match = after.exec(text);
    if (!match) continue;
    const { start } = span;
    const end = after.lastIndex;
    if (LISTED_AFTER.test(text.slice(end, end + 24)) || othersVoice(layout, start, end)) continue;
    const written = (match[1] ?? match[2]) as string;
    // "tim 01 s.d. 07", "relawan 2 orang": a range or a count, not a ballot number ("01 Desa X" counts nothing).
    const counted = written.startsWith('0')
      ? startsRange(text, end)
      : otherNumber(text, end - written.length, end, compiled, false);
    if (counted) continue;
    const number = numberValue(written);
    const [from] = layout.sentences[sentenceAt(layout, start)] ?? [0];
    const certain = BODY_SUBJECT.test(text.slice(from, start).split(/\s+/).slice(-6).join(' '));
    const both = text.slice(start, end);
    found.push({
      rule: certain ? 'neutrality-campaigning' : 'neutrality-possible-campaigning',
      severity: certain ? 'error' : 'warning',
      start,
      end,
      key: `n:${number}`,
      yieldsToQuietPeriod: !certain,
      message: message(certain ? 'finding.member' : 'finding.memberMaybe', { words: both }),
    });
  }
  return found;
}

/**
 * A question asking which contestant the reader picks: two contestants offered, or "nomor berapa". Not
 * "siapa": "Siapa yang boleh memilih? Jawab di komentar" is a voter-education quiz.
 */
const WHICH_ONE = /(?<![\p{L}])(?:nomor|nomer|no\.?|paslon|calon|pasangan)\s+(?:berapa|brp|mana)(?![\p{L}])/iu;

/**
 * Polls: a question that asks the reader's choice between contestants ("pilih 01 atau 02? Komen ya") in a
 * post that invites answers. Organisers may not ask voters their political choice; a person judges.
 */
function pollAdvocacy(text: string, references: readonly Reference[], layout: Layout): Advocacy[] {
  // Only a post that invites answers is a poll.
  if (layout.phrases.answerInvited.length === 0) return [];
  const found: Advocacy[] = [];
  layout.sentences.forEach(([from, to], index) => {
    const sentence = text.slice(from, to);
    if (!sentence.trimEnd().endsWith('?') && !/\?\s*\p{Extended_Pictographic}*\s*$/u.test(sentence)) return;
    const choosing = (['urge', 'support'] as const).some((list) => spansIn(layout, list, from, to).length > 0);
    if (!choosing || othersVoice(layout, from, to)) return;
    const offered = new Set(
      references
        .filter((reference) => !reference.official && sentenceAt(layout, reference.start) === index)
        .map((reference) => reference.key),
    );
    if (offered.size < 2 && !WHICH_ONE.test(sentence)) return;
    found.push({
      rule: 'neutrality-possible-campaigning',
      severity: 'warning',
      start: from + (sentence.length - sentence.trimStart().length),
      end: to,
      key: 'poll',
      message: message('finding.poll'),
    });
  });
  return found;
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
  rules: GuidelineRules,
): Advocacy[] {
  const nearWords = rules.neutrality.nearWords;
  const verbs = verbsOf(layout);
  const verdicts: Advocacy[] = [];
  for (const verb of verbs) {
    const verdict = bindVerb(text, verb, verbs, references, compiled, layout, nearWords);
    if (verdict) verdicts.push(verdict);
  }
  verdicts.push(...memberAdvocacy(text, compiled, layout), ...pollAdvocacy(text, references, layout));
  for (const tag of tags) {
    if (othersVoice(layout, tag.start, tag.end)) continue;
    const verdict = tagAdvocacy(tag, compiled, rules);
    if (verdict) verdicts.push(verdict);
  }
  const kept: Advocacy[] = [];
  const sameContestant = (a: Advocacy, b: Advocacy) =>
    a.key === b.key && sentenceAt(layout, a.start) === sentenceAt(layout, b.start);
  for (const verdict of verdicts.sort(
    (a, b) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1) || a.start - b.start,
  ))
    if (!kept.some((other) => overlaps(other, verdict) || sameContestant(other, verdict))) kept.push(verdict);
  return kept.sort((a, b) => a.start - b.start);
}
