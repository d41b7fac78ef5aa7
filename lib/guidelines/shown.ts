import type { Say } from '../messages/format';
import type { Finding, ShownFinding } from './types';

/** A finding with its words in one language, as the background sends it to the sidebar. */
export function shownFinding(finding: Finding, t: Say): ShownFinding {
  const { message, fix, ...rest } = finding;
  return { ...rest, message: t(message), ...(fix ? { fix: { label: t(fix.label), edits: fix.edits } } : {}) };
}
