import { message } from '../../messages/reference';
import { compiledFor } from '../compile';
import { add } from '../scan';
import type { RuleExample, RuleFamily, Scan } from '../types';

const misspellingsOf = compiledFor(
  (rules) => new Map(rules.misspellings.map((entry) => [entry.wrong.toLowerCase(), entry.right])),
);

const PLACEHOLDER = /\{\{[^{}\n]*\}\}/g;
const HAS_LETTER = /\p{L}/u;

function matchCase(written: string, replacement: string): string {
  if (written === written.toUpperCase() && written !== written.toLowerCase()) return replacement.toUpperCase();
  const first = written[0] as string;
  if (first === first.toUpperCase() && first !== first.toLowerCase())
    return (replacement[0] as string).toUpperCase() + replacement.slice(1);
  return replacement;
}

/**
 * Prose words for typos and doubled words: runs between spaces and ASCII punctuation. A plain (non-Unicode)
 * class is several times faster than \p{L} on every keystroke; words without a letter are skipped below.
 */
const PROSE_WORD = /[^\s.,;:!?()[\]{}<>"'“”‘’/\\|@#*&%$^=+~`-]+/g;

function checkWriting(scan: Scan): void {
  const { text } = scan;
  const misspellings = misspellingsOf(scan.context.rules);
  let previous: { start: number; end: number; lower: string } | null = null;
  for (const match of text.matchAll(PROSE_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const prefix = text[start - 1];
    // Words in hashtags and mentions, numbers and emoji are not prose.
    if (prefix === '#' || prefix === '@' || prefix === '＃' || !HAS_LETTER.test(match[0])) {
      previous = null;
      continue;
    }
    const lower = match[0].toLowerCase();
    const right = misspellings.get(lower);
    if (right !== undefined) {
      const replacement = matchCase(match[0], right);
      add(
        scan,
        'misspelling',
        'warning',
        start,
        end,
        message('finding.misspelling', { wrong: match[0], right: replacement }),
        {
          label: message('fix.replaceWith', { word: replacement }),
          edits: [{ start, end, replacement }],
        },
      );
    }
    if (previous && previous.lower === lower && /^[ \t]+$/.test(text.slice(previous.end, start))) {
      add(scan, 'doubled-word', 'warning', previous.start, end, message('finding.doubledWord', { word: match[0] }), {
        label: message('fix.removeSecondWord', { word: match[0] }),
        edits: [{ start: previous.end, end, replacement: '' }],
      });
    }
    previous = { start, end, lower };
  }

  for (const match of text.matchAll(PLACEHOLDER)) {
    add(
      scan,
      'leftover-placeholder',
      'error',
      match.index,
      match.index + match[0].length,
      message('finding.placeholderLeft', { placeholder: match[0] }),
    );
  }
}

/** Writing: misspellings KPU listed, doubled words, placeholders left from a template. */
export const writingFamily: RuleFamily = {
  name: 'writing',
  ids: ['doubled-word', 'misspelling', 'leftover-placeholder'],
  check: checkWriting,
};

export const writingExamples: RuleExample[] = [
  {
    note: 'a doubled word',
    text: 'partisipasi masyarakat masyarakat',
    finds: { rule: 'doubled-word', severity: 'warning' },
  },
  { note: 'a listed misspelling', text: 'Tahapan yangg penting', finds: { rule: 'misspelling', severity: 'warning' } },
  {
    note: 'a placeholder left in',
    text: 'Tempat: {{acara_tempat}}',
    finds: { rule: 'leftover-placeholder', severity: 'error' },
  },
  { note: 'reduplication and repeated numbers are fine', text: 'anak-anak 10 10', finds: null },
];
