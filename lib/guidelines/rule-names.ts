import type { Say } from '../messages/format';
import { message } from '../messages/reference';
import { RULE_IDS, type RuleId } from './types';

/**
 * A rule in words (its `rule.<id>` message), for the log, the reports and the recap that show which finding
 * an admin answered. A rule from a newer Pandu (in an imported report) shows as its id.
 */
export function ruleName(rule: string, t: Say): string {
  return (RULE_IDS as readonly string[]).includes(rule) ? t(message(`rule.${rule as RuleId}`)) : rule;
}
