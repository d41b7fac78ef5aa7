import type { z } from 'zod';
import { errorMessage } from '../messages/errors';
import { isMessageRef, type LegacyText, type MessageRef, type MessageValues, type Say } from '../messages/format';
import type { ProblemKey } from '../messages/problems';
import { localNumber, message } from '../messages/reference';
import { HASHTAG_TEMPLATE_PATTERN, ID_PATTERN } from './common';

/**
 * One thing wrong with a file, named by where it is (`templates[3].stages`; empty for the file as a whole)
 * and what is wrong. A problem Pandu stored before message references may hold two-language text.
 */
export interface Problem {
  path: string;
  message: MessageRef | LegacyText;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** The largest data file Pandu reads: a whole kabupaten's pack is well under 200 kB of JSON. */
export const MAX_FILE_BYTES = 1_000_000;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export const problem = (path: readonly PropertyKey[], key: ProblemKey, values?: MessageValues): Problem => ({
  path: formatPath(path),
  message: message(key, values),
});

/** A problem as one message: "templates[3].stages: tahapan 'kampanye2' tidak dikenal". */
export const problemLine = (entry: Problem): MessageRef =>
  message('problem.at', { path: entry.path === '' ? message('problem.file') : entry.path, problem: entry.message });

/** One line per problem, in the translator's language. */
export function describeProblems(problems: readonly Problem[], t: Say): string[] {
  return problems.map((entry) => t(problemLine(entry)));
}

const TYPE_NAMES: Record<string, ProblemKey> = {
  string: 'type.string',
  number: 'type.number',
  boolean: 'type.boolean',
  array: 'type.array',
  object: 'type.object',
  undefined: 'type.undefined',
  null: 'type.null',
};

/** A JSON type by name ("teks", "text"); a type Pandu has no word for stays as zod names it. */
const typeName = (type: string) => (Object.hasOwn(TYPE_NAMES, type) ? message(TYPE_NAMES[type] as ProblemKey) : type);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function received(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

const PATTERN_PROBLEMS: [RegExp, ProblemKey][] = [
  [ID_PATTERN, 'problem.idPattern'],
  [HASHTAG_TEMPLATE_PATTERN, 'problem.hashtagPattern'],
];

function formatProblem(path: readonly PropertyKey[], format: string, pattern: string): Problem {
  if (format === 'date') return problem(path, 'problem.date');
  const known = PATTERN_PROBLEMS.find(([regex]) => String(regex) === pattern || regex.source === pattern);
  if (known) return problem(path, known[1]);
  return problem(path, 'problem.format', { format });
}

/**
 * The message of a refinement: `customIssue` and `refine(…, { params: { message } })` put a message
 * reference in the issue's params.
 */
export const refinement = (reference: MessageRef) => ({ params: { message: reference } });

/** Turns zod's issues into problems a KPU staff member can act on, in their language. */
export function problemsFromZod(error: z.ZodError, input: unknown): Problem[] {
  return error.issues.map((issue): Problem => {
    const path = issue.path;
    switch (issue.code) {
      case 'invalid_type': {
        const got = received(valueAt(input, path));
        if (got === 'undefined') return problem(path, 'problem.required');
        return problem(path, 'problem.wrongType', { expected: typeName(issue.expected), received: typeName(got) });
      }
      case 'unrecognized_keys':
        return problem(path, 'problem.unknownFields', { fields: issue.keys.join(', '), count: issue.keys.length });
      case 'too_small':
        if (issue.origin === 'string' && issue.minimum === 1) return problem(path, 'problem.empty');
        if (issue.origin === 'array') return problem(path, 'problem.minItems', { minimum: Number(issue.minimum) });
        return problem(path, 'problem.min', { minimum: Number(issue.minimum) });
      case 'too_big':
        if (issue.origin === 'string')
          return problem(path, 'problem.maxCharacters', { maximum: Number(issue.maximum) });
        if (issue.origin === 'array') return problem(path, 'problem.maxItems', { maximum: Number(issue.maximum) });
        return problem(path, 'problem.max', { maximum: Number(issue.maximum) });
      case 'invalid_value':
        return problem(path, 'problem.oneOf', { values: issue.values.map(String).join(', ') });
      case 'invalid_format':
        return formatProblem(path, issue.format, 'pattern' in issue ? String(issue.pattern) : '');
      case 'custom': {
        const said = (issue.params as { message?: unknown } | undefined)?.message;
        return isMessageRef(said)
          ? { path: formatPath(path), message: said }
          : problem(path, 'problem.invalid', { detail: issue.message });
      }
      default:
        return problem(path, 'problem.invalid', { detail: issue.message });
    }
  });
}

/** A size for a person: kB, or MB for the tens of megabytes backups and recaps are measured in. */
function size(bytes: number): MessageRef {
  return bytes >= 10_000_000
    ? message('unit.megabytes', { size: localNumber(Math.round(bytes / 100_000) / 10) })
    : message('unit.kilobytes', { size: localNumber(Math.round(bytes / 1000)) });
}

/** A file over the limit; `bytes` is its size when known (a download is stopped once it passes the limit). */
export function tooLargeProblem(bytes: number | null, maxBytes = MAX_FILE_BYTES): Problem {
  return bytes === null
    ? problem([], 'problem.tooLargeOver', { limit: size(maxBytes) })
    : problem([], 'problem.tooLarge', { size: size(bytes), limit: size(maxBytes) });
}

/** Reads a data file's text as JSON, reporting oversize and syntax errors as problems. */
export function readJsonText(text: string, maxBytes = MAX_FILE_BYTES): ParseResult<unknown> {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: only a text that could be too large is encoded to know.
  if (text.length * 3 > maxBytes) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > maxBytes) return { ok: false, problems: [tooLargeProblem(bytes, maxBytes)] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problems: [problem([], 'problem.notJson', { detail: errorMessage(error) })] };
  }
}
