import { bilingual, type Bilingual } from './text';

/**
 * Bounds on the work a Markdown body from a file may cause. Markdown parsers recurse once per nesting level
 * (a body nested a few thousand levels deep overflows the stack) and match each emphasis mark against the rest
 * of its paragraph (unmatched marks cost the square of their number), so both are measured here, by a linear
 * scan that runs before any parser sees the text. Real templates stay far below every limit: the built-in
 * pack nests 2 levels at most and has a few dozen emphasis marks per paragraph.
 */
export const MARKDOWN_LIMITS = {
  /** Containers one line may sit in: quotes, list items, and indentation steps of two columns. */
  depth: 12,
  /** Σ over paragraphs of (emphasis marks `*` `_` `~` in it)²: 40,000 is one paragraph of 200 marks. */
  emphasisWork: 40_000,
  /** Characters the plain text may grow to (a reference link repeats its address at every use). */
  renderedChars: 100_000,
} as const;

const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/y;

/** How many containers a line opens or continues: `> > - a` is 3; `    - a` (4 columns in) is 3. */
function lineDepth(line: string): number {
  let at = 0;
  let columns = 0;
  while (at < line.length && (line[at] === ' ' || line[at] === '\t')) {
    // A tab is one nesting step, like two spaces.
    columns += line[at] === '\t' ? 2 : 1;
    at++;
  }
  let depth = Math.floor(columns / 2);
  for (;;) {
    while (line[at] === ' ' || line[at] === '\t') at++;
    if (line[at] === '>') {
      depth++;
      at++;
      continue;
    }
    LIST_MARKER.lastIndex = at;
    const marker = LIST_MARKER.exec(line);
    if (!marker) return depth;
    depth++;
    at += marker[0].length;
  }
}

/** The deepest line of a body. */
export function markdownDepth(body: string): number {
  let deepest = 0;
  for (const line of body.split('\n')) deepest = Math.max(deepest, lineDepth(line));
  return deepest;
}

/** Σ (emphasis marks per paragraph)², paragraphs being runs of lines between blank lines. */
export function emphasisWork(body: string): number {
  let work = 0;
  for (const paragraph of body.split(/\n[ \t]*\n/)) {
    let marks = 0;
    for (let at = 0; at < paragraph.length; at++) {
      const character = paragraph.charCodeAt(at);
      if (character === 42 || character === 95 || character === 126) marks++; // * _ ~
    }
    work += marks * marks;
  }
  return work;
}

const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]{1,999}\]:[ \t]*(\S+)(.*)$/gm;

/** An upper bound on the rendered length: each `]` may be a reference link that repeats the longest address. */
export function renderedLengthBound(body: string): number {
  let longest = 0;
  for (const definition of body.matchAll(REFERENCE_DEFINITION))
    longest = Math.max(longest, (definition[1]?.length ?? 0) + (definition[2]?.length ?? 0));
  if (longest === 0) return body.length * 2;
  let brackets = 0;
  for (let at = 0; at < body.length; at++) if (body.charCodeAt(at) === 93) brackets++;
  return body.length * 2 + brackets * longest;
}

const number = (value: number, locale: string) => value.toLocaleString(locale);

/**
 * What makes a body too costly to convert, in both languages; null when it is within every limit. Linear in
 * the body's length, so it can run on every load of stored data.
 */
export function markdownBudgetProblem(body: string): Bilingual | null {
  const depth = markdownDepth(body);
  if (depth > MARKDOWN_LIMITS.depth)
    return bilingual(
      `Markdown bersarang ${number(depth, 'id-ID')} tingkat; paling banyak ${MARKDOWN_LIMITS.depth}`,
      `Markdown nested ${number(depth, 'en-US')} levels deep; at most ${MARKDOWN_LIMITS.depth}`,
    );
  if (emphasisWork(body) > MARKDOWN_LIMITS.emphasisWork)
    return bilingual(
      'terlalu banyak tanda * _ ~ dalam satu paragraf (lebih dari 200): pisahkan paragrafnya atau kurangi tandanya',
      'too many * _ ~ marks in one paragraph (over 200): split the paragraph or use fewer marks',
    );
  const bound = renderedLengthBound(body);
  if (bound > MARKDOWN_LIMITS.renderedChars)
    return bilingual(
      `tautan rujukan yang dipakai berulang bisa menjadi ${number(bound, 'id-ID')} karakter; paling banyak ${number(MARKDOWN_LIMITS.renderedChars, 'id-ID')}`,
      `repeated reference links could grow to ${number(bound, 'en-US')} characters; at most ${number(MARKDOWN_LIMITS.renderedChars, 'en-US')}`,
    );
  return null;
}
