/**
 * Every message of Pandu, for the extension pages and the background: the surface catalogues of
 * lib/messages/ together. The content script must not import values from here (it would carry every
 * catalogue into facebook.com and instagram.com pages): it uses lib/messages/sidebar.ts alone, and the
 * background sends it findings already in the admin's language. Adding a message: docs/ARCHITECTURE.md.
 */
import { AUTHORING_MESSAGES } from './authoring';
import { EXPORT_MESSAGES } from './exports';
import { FINDING_MESSAGES } from './findings';
import { translator as catalogueTranslator, type Catalogue, type Language, type Translate } from './format';
import type { MessageKey } from './keys';
import { PAGE_MESSAGES } from './pages';
import { PRIVACY_MESSAGES } from './privacy';
import { PROBLEM_MESSAGES } from './problems';
import { REPORT_MESSAGES } from './reports';
import { SIDEBAR_MESSAGES } from './sidebar';

export { DEFAULT_LANGUAGE, LANGUAGES, type Language, type Translate } from './format';
export type { MessageKey } from './keys';

/** Every catalogue, by name (the catalogue test checks each). */
export const CATALOGUES = {
  SIDEBAR_MESSAGES,
  PAGE_MESSAGES,
  AUTHORING_MESSAGES,
  REPORT_MESSAGES,
  PROBLEM_MESSAGES,
  FINDING_MESSAGES,
  EXPORT_MESSAGES,
  PRIVACY_MESSAGES,
} as Record<string, Catalogue<string>>;

export const MESSAGES: Catalogue<MessageKey> = {
  id: Object.assign({}, ...Object.values(CATALOGUES).map((messages) => messages.id)),
  en: Object.assign({}, ...Object.values(CATALOGUES).map((messages) => messages.en)),
};

/** A translator over every catalogue, for the extension pages, the background, scripts and tests. */
export function translator(language: Language): Translate<MessageKey> {
  return catalogueTranslator(MESSAGES, language);
}
