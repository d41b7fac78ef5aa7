/** A message in both of Pandu's languages: the domain answers in both, the UI shows the chosen one. */
export interface Bilingual {
  id: string;
  en: string;
}

export const bilingual = (id: string, en: string): Bilingual => ({ id, en });

/** An error that describes itself in both languages, so whoever catches it can tell the admin in theirs. */
export class BilingualError extends Error {
  constructor(
    readonly description: Bilingual,
    options?: ErrorOptions,
  ) {
    super(description.en, options);
  }
}

/**
 * The one way a caught value becomes text: a {@link BilingualError} in the admin's language (English when no
 * language is given, for logs and details inside bilingual messages), any other error by its message.
 */
export function errorText(error: unknown, language: 'id' | 'en' = 'en'): string {
  if (error instanceof BilingualError) return error.description[language];
  return error instanceof Error ? error.message : String(error);
}
