import type { AuthoringKey } from './authoring';
import type { ExportKey } from './exports';
import type { FindingKey } from './findings';
import type { PageKey } from './pages';
import type { PrivacyKey } from './privacy';
import type { ProblemKey } from './problems';
import type { ReportKey } from './reports';
import type { SidebarKey } from './sidebar';

/**
 * Every message key of every catalogue (types only: importing this adds no catalogue to a bundle). A new
 * catalogue adds its key type here and its table to ./i18n.ts.
 */
export type MessageKey =
  SidebarKey | PageKey | AuthoringKey | ReportKey | ProblemKey | FindingKey | ExportKey | PrivacyKey;
