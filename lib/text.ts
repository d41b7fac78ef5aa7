/** A message in both of Pandu's languages: the domain answers in both, the UI shows the chosen one. */
export interface Bilingual {
  id: string;
  en: string;
}

export const bilingual = (id: string, en: string): Bilingual => ({ id, en });
