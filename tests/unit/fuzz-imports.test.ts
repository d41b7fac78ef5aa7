/**
 * Fuzzing the ways data gets into Pandu: random and adversarial packs, calendars, rule sets, backups and
 * weekly reports, built by mutating valid files (a field replaced, removed, duplicated, nested thousands
 * deep, given hostile Markdown or a `javascript:` link) or from scratch. Each input is either refused with
 * named problems and nothing changed, or accepted; after an accepted pack, calendar or rule set the
 * workspace still loads, whole, and loading it again runs no Markdown parser (the work that once took
 * seconds or overflowed the stack on every load). The seed is fixed, so a failure repeats exactly; the
 * counterexample fast-check prints is the input to add to the corpus.
 */
import fc from 'fast-check';
import { Lexer } from 'marked';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { backgroundHandlers } from '@/lib/background/handlers';
import { parseBackup } from '@/lib/posts/backup';
import { checkImport, installImport, type ImportKind } from '@/lib/workspace/data-import';
import { dataInUse } from '@/lib/workspace/data-store';
import { PanduDatabase } from '@/lib/posts/database';
import { renderPlainBody } from '@/lib/templates/markdown';
import { MARKDOWN_LIMITS } from '@/lib/templates/markdown-limits';
import { applyRestore, planRestore, saveDetectedPost } from '@/lib/posts/store';
import { readReports, recapByBody } from '@/lib/report/recap';
import { buildWeeklyReport } from '@/lib/report/weekly';
import { weekFromLabel } from '@/lib/report/weeks';
import { problemLine, type Problem } from '@/lib/schemas';
import { postRecordSchema, type PostRecord } from '@/lib/posts/schema';
import { defaults, PPK_PROFILE, samplePost, say } from './helpers';
import { mutate, type Json, type Mutation } from './json-mutation';

const SEED = 12_2024;

/** Pieces Markdown parsers have trouble with, repeated up to thousands of times. */
const MARKDOWN_PIECES = [
  '>',
  '> ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '  ',
  '    ',
  '\t',
  '\n',
  '\n\n',
  '*',
  '**',
  '_',
  '~~',
  '`',
  '```\n',
  '[',
  ']',
  '](https://kpu.go.id)',
  '![a](',
  '<b>',
  '<',
  '&amp;',
  '# ',
  '|',
  '---\n',
  '===\n',
  '\\',
  'a',
  'Pantarlih datang ',
  '{{tagar}}',
  '[a][r] ',
  `\n[r]: https://kpu.go.id/${'p'.repeat(60)}\n`,
];

const hostileMarkdown = fc
  .array(
    fc.record({
      piece: fc.constantFrom(...MARKDOWN_PIECES),
      times: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3000 })),
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) =>
    parts
      .map(({ piece, times }) => piece.repeat(times))
      .join('')
      .slice(0, 20_000),
  );

/**
 * A value nested `depth` deep, `[[[…]]]` or `{"a":{"a":…}}`, stands in the tree as a token and is written
 * into the file's text only at the end (cloning or stringifying it would overflow the test's own stack).
 */
const DEEP = '\u0000deep:';
const nested = (depth: number, asObject: boolean): Json => `${DEEP}${depth}:${asObject ? 'o' : 'a'}`;
const writeNested = (text: string) =>
  text.replace(/"\\u0000deep:(\d+):([oa])"/g, (_whole, depth: string, kind: string) => {
    const count = Number(depth);
    return kind === 'o'
      ? `${'{"a":'.repeat(count)}"a"${'}'.repeat(count)}`
      : `${'['.repeat(count)}"a"${']'.repeat(count)}`;
  });

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  hostileMarkdown,
  fc.constantFrom<Json>(
    '',
    ' ',
    'javascript:alert(1)',
    'kampanye2',
    '9999-99-99',
    '2024-02-30',
    -1,
    0,
    1e308,
    Number.MAX_SAFE_INTEGER,
    true,
    null,
    [],
    {},
    'x'.repeat(70_001),
  ),
  fc.tuple(fc.integer({ min: 10, max: 5000 }), fc.boolean()).map(([depth, asObject]) => nested(depth, asObject)),
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  operation: fc.constantFrom('replace', 'remove', 'add-field', 'duplicate'),
  value: hostileValue,
  field: fc.constantFrom('extra', '__proto__', 'constructor', 'toString', 'id', 'body'),
});

/** A file's text: a valid file with mutations, cut short, or random text or JSON. */
function fileText(valid: Json): fc.Arbitrary<string> {
  const mutated = fc
    .array(mutation, { minLength: 1, maxLength: 4 })
    .map((mutations) => writeNested(JSON.stringify(mutations.reduce(mutate, valid))));
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    { weight: 1, arbitrary: fc.constant(JSON.stringify(valid)) },
    { weight: 1, arbitrary: fc.tuple(mutated, fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1))) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  );
}

/** A named problem: a place in the file (the file itself, for the file as a whole) and a message in both languages. */
function expectNamed(problems: readonly Problem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const entry of problems) {
    for (const language of ['id', 'en'] as const) {
      expect(say(problemLine(entry), language)).toMatch(/^\S/);
      expect(say(problemLine(entry), language)).toContain(`: ${say(entry.message, language)}`);
    }
    expect(say(entry.message)).toMatch(/\S/);
    expect(say(entry.message, 'en')).toMatch(/\S/);
  }
}

const storedData = () => browser.storage.local.get(null);

describe('fuzzing the import paths (fixed seed)', () => {
  let lex: ReturnType<typeof vi.spyOn>;
  beforeAll(() => {
    lex = vi.spyOn(Lexer.prototype, 'lex');
  });

  test('hostile Markdown converts within its limits, or is refused with a reason; it never throws', () => {
    fc.assert(
      fc.property(hostileMarkdown, (body) => {
        const rendered = renderPlainBody(body);
        if (rendered.ok) expect(rendered.text.length).toBeLessThanOrEqual(MARKDOWN_LIMITS.renderedChars);
        else expect(say(rendered.reason)).toMatch(/\S/);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  const { calendar, rules, pack } = defaults();
  // Packs get hostile bodies more often than random mutation would give them.
  const packs = fc.oneof(
    fileText(pack as unknown as Json),
    fc.tuple(fc.nat({ max: pack.templates.length - 1 }), hostileMarkdown).map(([index, body]) =>
      JSON.stringify({
        ...pack,
        templates: pack.templates.map((template, at) => (at === index ? { ...template, body } : template)),
      }),
    ),
  );
  const inputs: [ImportKind, fc.Arbitrary<string>, number][] = [
    ['pack', packs, 150],
    ['calendar', fileText(calendar as unknown as Json), 100],
    ['rules', fileText(rules as unknown as Json), 100],
  ];

  test.each(inputs)(
    'a %s is refused with named problems and nothing changed, or accepted and loads',
    async (kind, texts, runs) => {
      const handlers = backgroundHandlers(new PanduDatabase(`fuzz-${kind}`));
      await fc.assert(
        fc.asyncProperty(texts, async (text) => {
          await browser.storage.local.clear();
          const before = await storedData();
          const checked = checkImport(kind, text, await dataInUse());
          if (!checked.ok) {
            expectNamed(checked.problems);
            expect(await storedData()).toEqual(before);
            return;
          }
          await installImport(checked.value);
          await handlers.getWorkspace(undefined, {});
          lex.mockClear();
          // A background started afresh (Chrome stops an idle one) validates again and converts nothing:
          // every body's text was stored the first time.
          const workspace = await backgroundHandlers(new PanduDatabase(`fuzz-${kind}`)).getWorkspace(undefined, {});
          expect(lex).not.toHaveBeenCalled();
          expect(workspace.dataNotices).toEqual([]);
          expect(workspace[kind]).toEqual(checked.value.value);
          expect(Object.keys(workspace.plainBodies).sort()).toEqual(
            workspace.pack.templates.map((template) => template.id).sort(),
          );
        }),
        { seed: SEED, numRuns: runs },
      );
    },
  );

  test('a backup is refused with named problems and the log unchanged, or restores keeping each newer copy', async () => {
    const week = weekFromLabel('2024-W27', 'Asia/Jakarta')!;
    const base = [0, 1, 2].map((index) =>
      samplePost({
        id: `post-fuzz-${index}-abc`,
        createdAt: week.start.getTime() + index * 3_600_000,
        updatedAt: week.start.getTime() + index * 3_600_000,
      }),
    );
    const backup = {
      kind: 'pandu-backup',
      schemaVersion: 1,
      exportedAt: '2024-07-08T00:00:00Z',
      posts: [
        ...base.map((post) => ({ ...post, notes: 'dari cadangan', updatedAt: post.updatedAt + 1 })),
        samplePost(),
      ],
    };
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fileText(backup as unknown as Json), async (text) => {
        const db = new PanduDatabase(`fuzz-backup-${++run}`);
        for (const post of base) await saveDetectedPost(db, post);
        const before = await db.posts.orderBy('id').toArray();
        const parsed = parseBackup(text);
        if (!parsed.ok) {
          expectNamed(parsed.problems);
          expect(await db.posts.orderBy('id').toArray()).toEqual(before);
        } else {
          await applyRestore(db, await planRestore(db, parsed.value));
          const after = new Map((await db.posts.toArray()).map((post) => [post.id, post]));
          for (const post of after.values()) expect(postRecordSchema.safeParse(post).success).toBe(true);
          // Nothing lost, and no copy replaced by an older one.
          for (const post of before) expect(after.get(post.id)?.updatedAt).toBeGreaterThanOrEqual(post.updatedAt);
          for (const post of parsed.value.posts)
            expect(after.get(post.id)?.updatedAt).toBeGreaterThanOrEqual(post.updatedAt);
        }
        db.close();
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  test('weekly reports: each file is read, ignored as a duplicate, or refused with named problems', () => {
    const week = weekFromLabel('2024-W27', 'Asia/Jakarta')!;
    const posts: PostRecord[] = [0, 1].map((index) =>
      samplePost({ id: `post-report-${index}-ab`, createdAt: week.start.getTime() + index * 3_600_000 }),
    );
    const report = buildWeeklyReport(posts, week, PPK_PROFILE, { generatedAt: new Date('2024-07-08T01:00:00Z') });
    fc.assert(
      fc.property(fc.array(fileText(report as unknown as Json), { minLength: 1, maxLength: 4 }), (texts) => {
        const files = texts.map((text, index) => ({ name: `laporan-${index}.json`, text }));
        const input = readReports(files);
        for (const entry of input.rejected) expectNamed(entry.problems);
        expect(input.reports.length + input.rejected.length + input.ignored.length).toBe(files.length);
        const rows = recapByBody(input.reports);
        expect(rows.length).toBeLessThanOrEqual(input.reports.length);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
