import type { MessageRef } from '../messages/format';
import { localNumber, message } from '../messages/reference';

/**
 * Bounds on the work a Markdown body from a file may cause. Markdown parsers recurse once per nesting level
 * (a body nested a few thousand levels deep overflows the stack) and match each emphasis mark against the rest
 * of its paragraph (unmatched marks cost the square of their number), so both are measured here, by a linear
 * scan that runs before any parser sees the text. Real templates stay far below every limit: the built-in
 * pack nests one level at most and has at most 12 emphasis marks in a paragraph.
 */
export const MARKDOWN_LIMITS = {
  /** Containers one line may sit in: quotes, list items, and indentation steps of two columns. */
  depth: 12,
  /** Σ over paragraphs of (emphasis marks `*` `_` `~` in it)²: 40,000 is one paragraph of 200 marks. */
  emphasisWork: 40_000,
  /** Characters the plain text may grow to (a reference link repeats its address at every use). */
  renderedChars: 100_000,
} as const;

const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])(?=[ \t\r\n]|$)/y;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]{1,999}\]:[ \t]*(\S+)(.*)$/;

const isBlank = (code: number) => code === 32 || code === 9 || code === 13;

/** How many containers the line at `at` opens or continues: `> > - a` is 3; `    - a` (4 columns in) is 3. */
function lineDepth(body: string, at: number, end: number): number {
  let columns = 0;
  while (at < end && (body[at] === ' ' || body[at] === '\t')) {
    // A tab is one nesting step, like two spaces.
    columns += body[at] === '\t' ? 2 : 1;
    at++;
  }
  let depth = Math.floor(columns / 2);
  for (;;) {
    while (at < end && (body[at] === ' ' || body[at] === '\t')) at++;
    if (at >= end) return depth;
    if (body[at] === '>') {
      depth++;
      at++;
      continue;
    }
    LIST_MARKER.lastIndex = at;
    const marker = LIST_MARKER.exec(body);
    if (!marker) return depth;
    depth++;
    at += marker[0].length;
  }
}

export interface MarkdownScan {
  /** The deepest line: containers it sits in. */
  depth: number;
  /** Σ over paragraphs (runs of lines between blank lines) of (emphasis marks `*` `_` `~` in it)². */
  emphasisWork: number;
  /** An upper bound on the rendered length: each `]` may be a reference link repeating the longest address. */
  renderedBound: number;
}

/** Measures a body in one pass over its characters, without parsing it. */
export function scanMarkdown(body: string): MarkdownScan {
  let depth = 0;
  let emphasisWork = 0;
  let marks = 0;
  let brackets = 0;
  let longestReference = 0;
  for (let start = 0; start <= body.length;) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    depth = Math.max(depth, lineDepth(body, start, end));
    let blank = true;
    let first = -1;
    for (let at = start; at < end; at++) {
      const code = body.charCodeAt(at);
      if (code === 42 || code === 95 || code === 126)
        marks++; // * _ ~
      else if (code === 93) brackets++; // ]
      if (blank && !isBlank(code)) {
        blank = false;
        first = at;
      }
    }
    if (blank) {
      emphasisWork += marks * marks;
      marks = 0;
    } else if (body.charCodeAt(first) === 91 && first - start <= 3) {
      // A line starting with `[` may define a reference link: `[r]: https://…`.
      const definition = REFERENCE_DEFINITION.exec(body.slice(start, end));
      if (definition)
        longestReference = Math.max(longestReference, (definition[1]?.length ?? 0) + (definition[2]?.length ?? 0));
    }
    start = end + 1;
  }
  emphasisWork += marks * marks;
  return {
    depth,
    emphasisWork,
    renderedBound: body.length * 2 + (longestReference > 0 ? brackets * longestReference : 0),
  };
}

/**
 * What makes a body too costly to convert, in both languages; null when it is within every limit. Linear in
 * the body's length, so it can run on every load of stored data.
 */
export function markdownBudgetProblem(body: string): MessageRef | null {
  const { depth, emphasisWork, renderedBound } = scanMarkdown(body);
  if (depth > MARKDOWN_LIMITS.depth)
    return message('problem.markdownDepth', { depth: localNumber(depth), max: MARKDOWN_LIMITS.depth });
  if (emphasisWork > MARKDOWN_LIMITS.emphasisWork) return message('problem.markdownEmphasis');
  if (renderedBound > MARKDOWN_LIMITS.renderedChars)
    return message('problem.markdownReferences', {
      size: localNumber(renderedBound),
      max: localNumber(MARKDOWN_LIMITS.renderedChars),
    });
  return null;
}
