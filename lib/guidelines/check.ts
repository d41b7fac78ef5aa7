import { extractHashtags } from '../hashtags';
import { RULE_FAMILIES } from './registry';
import type { CheckContext, Finding, Scan } from './types';

/**
 * Checks a post against the guideline rules. Pure and synchronous: the sidebar calls it on every (debounced)
 * keystroke, so each family compiles what a rule set implies once and the text is scanned a few times at
 * most. Findings come back in text order.
 */
export function check(text: string, context: CheckContext): Finding[] {
  const scan: Scan = { text, context, tags: extractHashtags(text), findings: [] };
  const blank = text.trim() === '';
  for (const family of RULE_FAMILIES) if (!blank || family.runsOnBlank) family.check(scan);
  return scan.findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
