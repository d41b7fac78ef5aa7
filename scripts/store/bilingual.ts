/**
 * The store listing's and screenshots' own text, written in both languages side by side: release material,
 * not what Pandu shows (Pandu's own words are message references, lib/messages/).
 */
export interface Bilingual {
  id: string;
  en: string;
}

export const bilingual = (id: string, en: string): Bilingual => ({ id, en });
