import type { Finding, Fix, TextEdit } from './types';

/** Applies one fix to the text it was computed for. */
export function applyFix(text: string, fix: Pick<Fix, 'edits'>): string {
  return applyEdits(text, fix.edits);
}

/**
 * Applies several fixes computed for the same text at once. Every edit refers to the original text, so
 * edits are applied from the end backwards; an edit overlapping one already taken is skipped (its finding
 * will show again on the next check) rather than corrupting the text.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  return applyEdits(
    text,
    fixes.flatMap((fix) => fix.edits),
  );
}

/** All the fixes the findings offer, applied together. */
export function applyAllFixes(text: string, findings: readonly Finding[]): string {
  return applyFixes(
    text,
    findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])),
  );
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const edit of ordered) {
    // Skip an edit that reaches into a range already changed (touching ends are fine).
    if (edit.end > limit) continue;
    out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}
