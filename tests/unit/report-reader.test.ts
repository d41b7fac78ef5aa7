/**
 * The recap's fast reader of weekly reports (lib/schemas/report-reader.ts) against zod's schema, which
 * stays the definition: on valid reports and on reports broken one to three places at a time (values at
 * and across each limit, astral characters and lone surrogates at length limits, wrong types, missing and
 * unknown fields), both must accept the same files and return the same value, keys in the same order, and
 * a refused file must get the same issues. The seed is fixed, so a failure repeats exactly.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildWeeklyReport } from '@/lib/report/weekly';
import { weekFromLabel } from '@/lib/report/weeks';
import { postImageSchema } from '@/lib/posts/schema';
import { reportEngagementSchema, reportPostSchema, weeklyReportSchema } from '@/lib/schemas/report';
import {
  ENGAGEMENT_KEYS,
  IMAGE_KEYS,
  parseWeeklyReport,
  readReportPost,
  REPORT_POST_KEYS,
  REVIEW_KEYS,
} from '@/lib/schemas/report-reader';
import { PPK_PROFILE, samplePost } from './helpers';
import { mutate, paths, type Json, type Mutation } from './json-mutation';

const SEED = 13_2026;

/** A text whose length, in code points or UTF-16 units, is around `limit`: ASCII, accents, emoji, halves of one. */
const textNear = (limit: number): fc.Arbitrary<Json> =>
  fc
    .tuple(
      fc.integer({ min: Math.max(0, limit - 2), max: limit + 1 }),
      fc.constantFrom('a', 'é', '😀'),
      fc.array(fc.constantFrom('a', '😀', '\ud83d', '\ude00', 'é', ' '), { maxLength: 3 }),
    )
    .map(([length, filler, tail]) => filler.repeat(Math.max(0, length - tail.length)) + tail.join(''));

const LIMITS = [8, 16, 40, 60, 80, 100, 200, 300, 2000, 5000, 70_000];

/** Texts exactly at, one below and one above each limit, counted in code points and in UTF-16 units. */
const TEXTS_AT_LIMITS: Json[] = LIMITS.flatMap((limit) => [
  ...[limit - 1, limit, limit + 1].flatMap((length) => ['a'.repeat(length), '😀'.repeat(length)]),
  `${'a'.repeat(limit - 1)}😀`,
  `${'a'.repeat(limit - 1)}\ud83d`,
  `${'a'.repeat(limit)}\ude00`,
]);

/** Lists exactly at and one over each list limit (images, stages, reviews, hashtags), of valid items. */
const LIST_ITEMS: Json[] = [
  'coklit',
  { rule: 'misspelling', subject: 'kampanye', reason: 'kutipan' },
  { sha256: 'a'.repeat(64), templateId: 'coklit' },
];
const LISTS_AT_LIMITS: Json[] = [20, 21, 50, 51, 100, 101, 500, 501].flatMap((length) =>
  LIST_ITEMS.map((item) => Array.from({ length }, () => item)),
);

/** Numbers, formats and enum values at the schema's edges, and other types. */
const SPECIAL_VALUES: Json[] = [
  -1,
  -0,
  0,
  1,
  1.5,
  1e9,
  1e9 + 1,
  2 ** 53 - 1,
  2 ** 53,
  1e308,
  '1',
  '',
  ' ',
  true,
  false,
  null,
  [],
  {},
  '2024-07-01 09:00',
  '2024-7-01 09:00',
  '2024-07-01T09:00',
  '2024-07-01 09:00 ',
  '٢٠٢٤-07-01 09:00',
  '2024-02-29',
  '2023-02-29',
  '1900-02-29',
  '2000-02-29',
  '2024-04-31',
  '2024-13-01',
  'coklit',
  'Coklit',
  'a',
  '-a',
  'a-',
  'a--b',
  'a'.repeat(64),
  'a'.repeat(65),
  'facebook',
  'Facebook',
  'instagram',
  'published',
  'practice',
  'draft',
  'detected',
  'imported',
  'teks',
  'reel',
  'Reel',
  'lainnya',
  'klarifikasi-hoaks',
  'f'.repeat(64),
  'F'.repeat(64),
  'f'.repeat(63),
  'https://www.facebook.com/ppk/posts/1',
  { rule: 'misspelling', subject: 'kampanye', reason: 'kutipan' },
  { rule: 'misspelling', subject: 'kampanye', reason: 'kutipan', extra: 1 },
  { likes: 1, readOn: '2024-07-01' },
  { readOn: '2024-07-01' },
  { likes: 1 },
  { sha256: 'a'.repeat(64), templateId: 'coklit' },
  ['#TemanPemilih'],
  ['coklit', 'Coklit'],
];

/** Values at and across the schema's limits, near-misses of its formats and enums, and other JSON. */
const boundaryValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(...LIMITS).chain(textNear),
  fc.constantFrom(...SPECIAL_VALUES),
  fc.stringMatching(/^[a-z0-9-]{0,66}$/),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  // JSON has none of these, but the reader must not accept what zod refuses in any input.
  fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY) as fc.Arbitrary<Json>,
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.noBias(fc.nat({ max: 1_000_000 })),
  operation: fc.constantFrom('replace', 'replace', 'replace', 'remove', 'add-field', 'duplicate'),
  value: boundaryValue,
  field: fc.constantFrom('extra', '__proto__', 'constructor', 'toString', 'id', 'notes', 'readOn'),
});

/** A week's report whose posts carry every optional field between them. */
function validReport(): Json {
  const week = weekFromLabel('2024-W27', 'Asia/Jakarta')!;
  const at = (hours: number) => week.start.getTime() + hours * 3_600_000;
  const posts = [
    samplePost({ id: 'post-plain-0001', createdAt: at(1) }),
    samplePost({
      id: 'post-full-0002-abcdef',
      createdAt: at(30),
      platform: 'instagram',
      postUrl: 'https://www.instagram.com/p/abc/',
      notes: 'Dibagikan ulang 😀',
      findings: { errors: 1, warnings: 0, infos: 0, rules: ['misspelling'] },
      reviews: [
        {
          rule: 'misspelling',
          subject: 'kampanye',
          severity: 'error',
          count: 1,
          reason: 'kutipan resmi',
          reviewedAt: at(31),
        },
      ],
      contentType: 'reel',
      theme: 'ajakan-partisipasi',
      engagement: { likes: 12, reach: 400, readAt: at(40) },
      images: [{ sha256: 'ab'.repeat(32), templateId: 'coklit-sisa-hari' }],
    }),
    samplePost({ id: 'post-three-03', createdAt: at(60), templateId: undefined, status: 'unconfirmed' }),
  ];
  return buildWeeklyReport(posts, week, PPK_PROFILE, {
    generatedAt: new Date('2024-07-08T01:00:00Z'),
  }) as unknown as Json;
}

const mutated = (base: Json) =>
  fc.array(mutation, { minLength: 0, maxLength: 3 }).map((mutations) => mutations.reduce(mutate, base));

/** The same value, the same keys in the same order (JSON.stringify follows key order). */
function expectSameValue(fast: unknown, zod: unknown): void {
  expect(fast).toStrictEqual(zod);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
}

describe('the fast weekly report reader agrees with weeklyReportSchema', () => {
  test('it knows every field of a report post, in the schema’s order', () => {
    expect(REPORT_POST_KEYS).toEqual(Object.keys(reportPostSchema.shape));
    expect(REVIEW_KEYS).toEqual(Object.keys(reportPostSchema.shape.reviews.unwrap().element.shape));
    expect(ENGAGEMENT_KEYS).toEqual(Object.keys(reportEngagementSchema.shape));
    expect(IMAGE_KEYS).toEqual(Object.keys(postImageSchema.shape));
  });

  test('every single change at every place of a post: accepted by both or by neither, read the same', () => {
    const report = validReport() as { posts: Json[] };
    const values = [...SPECIAL_VALUES, ...TEXTS_AT_LIMITS, ...LISTS_AT_LIMITS, undefined, Number.NaN] as Json[];
    let checked = 0;
    for (const post of report.posts)
      for (let at = 0; at < paths(post).length; at++)
        for (const operation of ['replace', 'remove', 'add-field'] as const)
          for (const value of operation === 'remove' ? [null] : values) {
            const changed = mutate(post, { at, operation, value, field: 'extra' });
            const fast = readReportPost(changed);
            const zod = reportPostSchema.safeParse(changed);
            expect(fast !== undefined, JSON.stringify({ at, operation, value }).slice(0, 200)).toBe(zod.success);
            if (zod.success) expectSameValue(fast, zod.data);
            checked++;
          }
    expect(checked).toBeGreaterThan(10_000);
  });

  test('a post whose keys come in another order, at any depth, is read in the schema’s order', () => {
    const reversed = (value: Json): Json =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, entry]) => [key, reversed(entry)]),
            )
          : value;
    const report = validReport() as { posts: Json[] };
    for (const post of report.posts) {
      const shuffled = reversed(post);
      expect(Object.keys(shuffled as object)).not.toEqual(Object.keys(post as object));
      expectSameValue(readReportPost(shuffled), reportPostSchema.parse(shuffled));
      // Only the nested objects out of order.
      const nested = { ...(post as Record<string, Json>) };
      for (const key of ['engagement', 'reviews', 'images']) if (key in nested) nested[key] = reversed(nested[key]!);
      expectSameValue(readReportPost(nested), reportPostSchema.parse(nested));
    }
  });

  test('a post changed in up to three places at random: accepted by both or by neither, read the same', () => {
    const report = validReport() as { posts: Json[] };
    const posts = fc.constantFrom(...report.posts).chain(mutated);
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(posts, (post) => {
        runs++;
        const fast = readReportPost(post);
        const zod = reportPostSchema.safeParse(post);
        expect(fast !== undefined).toBe(zod.success);
        if (zod.success) {
          accepted++;
          expectSameValue(fast, zod.data);
        }
      }),
      { seed: SEED, numRuns: 4000 },
    );
    // Both sides of the rule are exercised, not only one.
    expect(accepted).toBeGreaterThan(runs / 10);
    expect(accepted).toBeLessThan(runs * 0.9);
  });

  test('a report: the same files accepted, the same value, the same issues for a refused one', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(mutated(validReport()), (report) => {
        runs++;
        const fast = parseWeeklyReport(report);
        const zod = weeklyReportSchema.safeParse(report);
        expect(fast.success).toBe(zod.success);
        if (fast.success && zod.success) {
          accepted++;
          expectSameValue(fast.data, zod.data);
        } else expect(fast.error?.issues).toEqual(zod.error?.issues);
      }),
      { seed: SEED, numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(runs / 10);
    expect(accepted).toBeLessThan(runs * 0.9);
  });

  test('names and kabupaten are trimmed as the schema trims them', () => {
    const report = validReport() as { body: Record<string, Json> };
    report.body.name = '  PPK Tahunan  ';
    const fast = parseWeeklyReport(report);
    expect(fast.success && fast.data.body.name).toBe('PPK Tahunan');
  });
});
