import type { GuidelineRules } from '../schemas';

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The alternation of phrases, longest first ("jangan pilih" before "pilih"), spaces matching any run of spaces. */
export function phraseAlternation(phrases: readonly string[]): string | null {
  const parts = [...new Set(phrases.map((phrase) => phrase.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    // "Budi-Sri" is also written "Budi–Sri" and "Budi - Sri".
    .map((phrase) =>
      escapeRegExp(phrase)
        .replace(/\s*[-–—‐]\s*/g, '\\s*[-–—‐]\\s*')
        .replace(/\s+/g, '\\s+'),
    );
  return parts.length === 0 ? null : parts.join('|');
}

/** A whole-word, case-insensitive alternation of phrases (longest first, so "jangan pilih" beats "pilih"). */
export function phraseRegExp(phrases: readonly string[]): RegExp | null {
  const alternation = phraseAlternation(phrases);
  if (alternation === null) return null;
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{Nd}_#@])(?:${alternation})(?![\\p{L}\\p{M}\\p{Nd}_])`, 'giu');
}

/**
 * Something a family derives from a rule set once (regular expressions, lookups), kept while the rule set
 * object lives: the sidebar checks on every keystroke against the same rules.
 */
export function compiledFor<T>(build: (rules: GuidelineRules) => T): (rules: GuidelineRules) => T {
  const cache = new WeakMap<GuidelineRules, T>();
  return (rules) => {
    let compiled = cache.get(rules);
    if (compiled === undefined) {
      compiled = build(rules);
      cache.set(rules, compiled);
    }
    return compiled;
  };
}
