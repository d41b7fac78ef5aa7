import type { MessageRef } from '../messages/format';
import type { Fix, RuleId, Scan, Severity, TextEdit } from './types';

/** Adds a finding; its id is stable within one text (rule and range). */
export function add(
  scan: Scan,
  rule: RuleId,
  severity: Severity,
  start: number,
  end: number,
  message: MessageRef,
  fix?: Fix,
  subject?: string,
): void {
  scan.findings.push({
    id: `${rule}:${start}:${end}`,
    rule,
    severity,
    message,
    start,
    end,
    ...(subject ? { subject } : {}),
    ...(fix ? { fix } : {}),
  });
}

/** Removes a word or tag with the space before it (or after it, at a line's start). */
export function removalEdit(text: string, start: number, end: number): TextEdit {
  let from = start;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  if (from === start || from === 0 || text[from - 1] === '\n') {
    let to = end;
    while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
    return { start: from === 0 || text[from - 1] === '\n' ? from : start, end: to, replacement: '' };
  }
  return { start: from, end, replacement: '' };
}
