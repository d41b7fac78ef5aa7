/**
 * How Pandu's messages are written and filled. Each surface has its own catalogue (lib/messages/*.ts):
 * Indonesian defines the keys, English is typed against them, so a key missing in either fails the typecheck.
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

export type MessageValues = Record<string, string | number>;
export type Translate<K extends string = string> = (key: K, values?: MessageValues) => string;

const pluralRules = new Map<Language, Intl.PluralRules>();
const rulesFor = (language: Language) => {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
};

/** The words of a message for these values: the plural form its count asks for, when it has forms. */
export function messageText(message: Message, language: Language, values?: MessageValues): string {
  if (typeof message === 'string') return message;
  const count = Number(values?.[message.counts]);
  const category = Number.isFinite(count) ? rulesFor(language).select(count) : 'other';
  return message[category] ?? message.other;
}

/**
 * A translator over one catalogue: `{name}` in a message becomes `values.name` (left visible when missing, so
 * a forgotten value shows rather than vanishes); a key the catalogue lacks shows as itself.
 */
export function translator<K extends string>(messages: Catalogue<K>, language: Language): Translate<K> {
  const table = messages[language];
  return (key, values) => {
    const message = table[key];
    if (message === undefined) return key;
    return messageText(message, language, values).replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
  };
}
