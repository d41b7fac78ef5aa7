/**
 * Every message of Pandu, for the extension pages: the four surface catalogues of lib/messages/ together.
 * The content script must not import values from here (it would carry every catalogue into facebook.com and
 * instagram.com pages): it uses lib/messages/sidebar.ts alone. Adding a message: docs/ARCHITECTURE.md.
 */
import { AUTHORING_MESSAGES, type AuthoringKey } from './authoring';
import { translator as catalogueTranslator, type Catalogue, type Language, type Translate } from './format';
import { PAGE_MESSAGES, type PageKey } from './pages';
import { REPORT_MESSAGES, type ReportKey } from './reports';
import { SIDEBAR_MESSAGES, type SidebarKey } from './sidebar';

export { DEFAULT_LANGUAGE, LANGUAGES, type Language, type Translate } from './format';

export type MessageKey = SidebarKey | PageKey | AuthoringKey | ReportKey;

const CATALOGUES = [SIDEBAR_MESSAGES, PAGE_MESSAGES, AUTHORING_MESSAGES, REPORT_MESSAGES] as Catalogue<MessageKey>[];

export const MESSAGES: Catalogue<MessageKey> = {
  id: Object.assign({}, ...CATALOGUES.map((messages) => messages.id)),
  en: Object.assign({}, ...CATALOGUES.map((messages) => messages.en)),
};

/** A translator over every catalogue, for the extension pages, scripts and tests. */
export function translator(language: Language): Translate<MessageKey> {
  return catalogueTranslator(MESSAGES, language);
}
