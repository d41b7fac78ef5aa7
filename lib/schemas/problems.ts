import type { z } from 'zod';
import { bilingual, type Bilingual, errorText } from '../text';
import { HASHTAG_TEMPLATE_PATTERN, ID_PATTERN } from './common';

/** One thing wrong with a file, named by where it is (`templates[3].stages`) and what is wrong. */
export interface Problem {
  path: string;
  message: Bilingual;
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
  return out === '' ? '(berkas)' : out;
}

export const problem = (path: readonly PropertyKey[], id: string, en: string): Problem => ({
  path: formatPath(path),
  message: bilingual(id, en),
});

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['teks', 'text'],
  number: ['angka', 'a number'],
  boolean: ['benar/salah', 'true/false'],
  array: ['daftar', 'a list'],
  object: ['objek', 'an object'],
  undefined: ['kosong', 'nothing'],
  null: ['null', 'null'],
};

function typeName(type: string): [string, string] {
  return TYPE_NAMES[type] ?? [type, type];
}

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

const PATTERN_PROBLEMS: [RegExp, string, string][] = [
  [
    ID_PATTERN,
    'id hanya boleh huruf kecil, angka dan tanda hubung',
    'an id may hold only lowercase letters, digits and hyphens',
  ],
  [
    HASHTAG_TEMPLATE_PATTERN,
    "tagar harus diawali '#' lalu huruf, angka atau garis bawah, tanpa spasi atau tanda baca",
    "a hashtag must start with '#' followed by letters, digits or underscores, with no spaces or punctuation",
  ],
];

function formatProblem(path: readonly PropertyKey[], format: string, pattern: string): Problem {
  if (format === 'date') return problem(path, 'harus tanggal berformat YYYY-MM-DD', 'must be a date as YYYY-MM-DD');
  const known = PATTERN_PROBLEMS.find(([regex]) => String(regex) === pattern || regex.source === pattern);
  if (known) return problem(path, known[1], known[2]);
  return problem(path, `format tidak sah (${format})`, `invalid format (${format})`);
}

/** Turns zod's issues into problems a KPU staff member can act on, in both languages. */
export function problemsFromZod(error: z.ZodError, input: unknown): Problem[] {
  return error.issues.map((issue): Problem => {
    const path = issue.path;
    switch (issue.code) {
      case 'invalid_type': {
        const got = received(valueAt(input, path));
        if (got === 'undefined') return problem(path, 'wajib diisi', 'is required');
        const [wantId, wantEn] = typeName(issue.expected);
        const [gotId, gotEn] = typeName(got);
        return problem(path, `harus ${wantId}, bukan ${gotId}`, `must be ${wantEn}, not ${gotEn}`);
      }
      case 'unrecognized_keys':
        return problem(
          path,
          `kolom tidak dikenal: ${issue.keys.join(', ')}`,
          `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`,
        );
      case 'too_small':
        if (issue.origin === 'string' && issue.minimum === 1)
          return problem(path, 'tidak boleh kosong', 'must not be empty');
        if (issue.origin === 'array')
          return problem(path, `minimal ${issue.minimum} isi`, `needs at least ${issue.minimum} item(s)`);
        return problem(path, `minimal ${issue.minimum}`, `must be at least ${issue.minimum}`);
      case 'too_big':
        if (issue.origin === 'string')
          return problem(path, `maksimal ${issue.maximum} karakter`, `at most ${issue.maximum} characters`);
        if (issue.origin === 'array')
          return problem(path, `maksimal ${issue.maximum} isi`, `at most ${issue.maximum} items`);
        return problem(path, `maksimal ${issue.maximum}`, `must be at most ${issue.maximum}`);
      case 'invalid_value':
        return problem(
          path,
          `harus salah satu dari: ${issue.values.map(String).join(', ')}`,
          `must be one of: ${issue.values.map(String).join(', ')}`,
        );
      case 'invalid_format':
        return formatProblem(path, issue.format, 'pattern' in issue ? String(issue.pattern) : '');
      case 'custom': {
        const params = issue.params as { id?: string; en?: string } | undefined;
        return problem(path, params?.id ?? issue.message, params?.en ?? issue.message);
      }
      default:
        return problem(path, issue.message, issue.message);
    }
  });
}

/** Reads a data file's text as JSON, reporting oversize and syntax errors as problems. */
/** A file over the limit; `bytes` is its size when known (a download is stopped once it passes the limit). */
export function tooLargeProblem(bytes: number | null, maxBytes = MAX_FILE_BYTES): Problem {
  // Backups and recaps are measured in tens of megabytes: those read better in MB.
  const size = (n: number) =>
    n >= 10_000_000
      ? `${(Math.round(n / 100_000) / 10).toLocaleString('id-ID')} MB`
      : `${Math.round(n / 1000).toLocaleString('id-ID')} kB`;
  return bytes === null
    ? problem([], `berkas terlalu besar: lebih dari ${size(maxBytes)}`, `file too large: over ${size(maxBytes)}`)
    : problem(
        [],
        `berkas terlalu besar: ${size(bytes)}, batasnya ${size(maxBytes)}`,
        `file too large: ${size(bytes)}, the limit is ${size(maxBytes)}`,
      );
}

export function readJsonText(text: string, maxBytes = MAX_FILE_BYTES): ParseResult<unknown> {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: only a text that could be too large is encoded to know.
  if (text.length * 3 > maxBytes) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > maxBytes) return { ok: false, problems: [tooLargeProblem(bytes, maxBytes)] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = errorText(error);
    return {
      ok: false,
      problems: [problem([], `bukan JSON yang sah: ${detail}`, `not valid JSON: ${detail}`)],
    };
  }
}
