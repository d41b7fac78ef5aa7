import type { Language } from './messages/format';

/** Where each language's dates are written the way its readers write them (day before month in both). */
export const DATE_LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

const longDate = new Map<Language, Intl.DateTimeFormat>();

/** A local date in long form: "Kamis, 4 Juli 2024" (id), "Thursday, 4 July 2024" (en). */
export function formatLongDate(date: string, language: Language): string {
  let formatter = longDate.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(DATE_LOCALES[language], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    longDate.set(language, formatter);
  }
  return formatter.format(new Date(`${date}T00:00:00Z`));
}
