/**
 * How Pandu's messages are written, referred to and filled. Each surface has its own catalogue
 * (lib/messages/*.ts): Indonesian defines the keys, English is typed against them, so a key missing in either
 * fails the typecheck. Domain code (lib/) never builds a sentence: it returns a message reference, a key and
 * its values (`message()` in ./reference.ts), and the surface (a page, the sidebar, a report, an export)
 * turns it into text with the translator of the admin's language.
 */
export type Language = 'id' | 'en';
export const LANGUAGES: readonly Language[] = ['id', 'en'];
export const DEFAULT_LANGUAGE: Language = 'id';

/**
 * A message whose words follow a number: one form per plural category of `Intl.PluralRules` for the
 * language (English "one" and "other"; Indonesian has only "other"). `counts` names the value chosen on.
 */
export interface PluralMessage {
  counts: string;
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralMessage;

export const plural = (counts: string, forms: Omit<PluralMessage, 'counts'>): PluralMessage => ({ counts, ...forms });

/** A surface's messages in both languages. */
export type Catalogue<K extends string> = Record<Language, Record<K, Message>>;

/** Builds a catalogue from its Indonesian table and the English one typed against it. */
export const catalogue = <K extends string>(id: Record<K, Message>, en: Record<K, Message>): Catalogue<K> => ({
  id,
  en,
});

/**
 * A message as domain code returns it: which message, and the values it names. A value may itself be a
 * reference (a type name inside a problem, a problem inside an error), translated by the same translator;
 * a list of values is joined with "; ". References are plain data: they can be stored and sent as they are.
 */
export interface MessageRef<K extends string = string> {
  readonly key: K;
  readonly values?: MessageValues;
}

/** A number written the way the language writes numbers ("2.200" in Indonesian, "2,200" in English). */
export interface LocalNumber {
  readonly number: number;
}

export type MessageValue = string | number | LocalNumber | MessageRef | LegacyText | readonly MessageValue[];
export type MessageValues = Readonly<Record<string, MessageValue>>;

/**
 * Text written by a Pandu from before message references (issue 23) and still stored somewhere: the same
 * sentence in both languages. Only readers of stored data accept it (`storedText`); nothing writes it.
 */
export interface LegacyText {
  id: string;
  en: string;
}

/**
 * What turns a message reference into text in one language: any translator (`Translate`) is one, so a
 * function that only says references (`errorText`, `describeProblems`) takes this. `language` is there for
 * data that comes in both languages (a stage's name in the calendar) and for Intl formatting, never to choose
 * a sentence.
 */
export interface Say {
  (reference: MessageRef): string;
  readonly language: Language;
}

/** The translator of one language over a catalogue's keys: `t(key, values)`, or `t(reference)`. */
export interface Translate<K extends string = string> extends Say {
  (key: K, values?: MessageValues): string;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const rulesFor = (language: Language) => {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
};

/** The words of a message for these values: the plural form its count asks for, when it has forms. */
export function messageText(message: Message, language: Language, values?: MessageValues): string {
  if (typeof message === 'string') return message;
  const value = values?.[message.counts];
  const count = Number(isLocalNumber(value) ? value.number : value);
  const category = Number.isFinite(count) ? rulesFor(language).select(count) : 'other';
  return message[category] ?? message.other;
}

export const isMessageRef = (value: unknown): value is MessageRef =>
  typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';

const isLocalNumber = (value: unknown): value is LocalNumber =>
  typeof value === 'object' && value !== null && typeof (value as { number?: unknown }).number === 'number';

const isLegacyText = (value: unknown): value is LegacyText =>
  typeof value === 'object' && value !== null && typeof (value as { en?: unknown }).en === 'string';

/**
 * A translator over one catalogue: `{name}` in a message becomes `values.name` (left visible when missing, so
 * a forgotten value shows rather than vanishes); a key the catalogue lacks shows as itself.
 */
export function translator<K extends string>(messages: Catalogue<K>, language: Language): Translate<K> {
  const table = messages[language];
  const numbers = new Intl.NumberFormat(language);
  const valueText = (value: MessageValue): string => {
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (Array.isArray(value)) return value.map(valueText).join('; ');
    if (isMessageRef(value)) return translate(value);
    if (isLocalNumber(value)) return numbers.format(value.number);
    return isLegacyText(value) ? value[language] : '';
  };
  function translate(keyOrReference: K | MessageRef, given?: MessageValues): string {
    const { key, values } =
      typeof keyOrReference === 'string' ? { key: keyOrReference, values: given } : keyOrReference;
    const message = table[key as K];
    if (message === undefined) return key;
    return messageText(message, language, values).replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && Object.hasOwn(values, name) ? valueText(values[name] as MessageValue) : whole,
    );
  }
  return Object.assign(translate, { language }) as Translate<K>;
}

/**
 * Text a stored record holds, whichever Pandu wrote it: a message reference (now), the two-language text of
 * an older version (shown in the admin's language), or plain text (what the admin typed, or a word).
 */
export function storedText(value: MessageRef | LegacyText | string, t: Say): string {
  if (typeof value === 'string') return value;
  if (isMessageRef(value)) return t(value);
  return isLegacyText(value) ? value[t.language] : '';
}
