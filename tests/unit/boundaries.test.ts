import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import config, { boundaries } from '../../eslint.config.js';

/**
 * The layering rules of eslint.config.js, run with ESLint's own API on a scratch project laid out like Pandu:
 * each case writes a few small files and reads which rules fire where.
 */
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pandu-boundaries-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function lint(files: Record<string, string>, target: string) {
  const project = mkdtempSync(join(root, 'project-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  const eslint = new ESLint({
    cwd: project,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
      ...boundaries(project),
    ],
  });
  const [result] = await eslint.lintFiles([target]);
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const COMPONENT = 'export const Button = () => null;\n';

describe('lint enforces the layering', () => {
  test('the real config carries the rules', () => {
    const rules = config.flatMap((entry) => Object.keys(entry.rules ?? {}));
    expect(rules).toEqual(
      expect.arrayContaining([
        'import-x/no-cycle',
        'import-x/no-restricted-paths',
        'no-restricted-syntax',
        'no-restricted-imports',
        'pandu/no-words-in-lib',
      ]),
    );
  });

  test.each([
    ['a relative path', "import { Button } from '../components/Button';\nexport const a = Button;\n"],
    ['the @ alias', "import { Button } from '@/components/Button';\nexport const a = Button;\n"],
    ['an entrypoint', "import { main } from '../entrypoints/popup/main';\nexport const a = main;\n"],
  ])('lib/ importing components/ or entrypoints/ through %s fails', async (_how, source) => {
    const files = {
      'lib/a.ts': source,
      'components/Button.tsx': COMPONENT,
      'entrypoints/popup/main.ts': 'export const main = 1;\n',
    };
    expect(await lint(files, 'lib/a.ts')).toEqual(['import-x/no-restricted-paths']);
  });

  test('components/ importing an entrypoint fails; components importing lib/ is fine', async () => {
    const files = {
      'components/Page.tsx': "import { main } from '../entrypoints/popup/main';\nexport const Page = main;\n",
      'components/Good.tsx': "import { b } from '@/lib/b';\nexport const Good = b;\n",
      'entrypoints/popup/main.ts': 'export const main = 1;\n',
      'lib/b.ts': 'export const b = 1;\n',
    };
    expect(await lint(files, 'components/Page.tsx')).toEqual(['import-x/no-restricted-paths']);
    expect(await lint(files, 'components/Good.tsx')).toEqual([]);
  });

  test('an import cycle fails, however long, in lib/ or across folders', async () => {
    const pair = {
      'lib/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'lib/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    };
    expect(await lint(pair, 'lib/a.ts')).toEqual(['import-x/no-cycle']);
    const ring = {
      'lib/one.ts': "import { two } from './nested/two';\nexport const one = () => two;\n",
      'lib/nested/two.ts': "import { three } from '@/lib/three';\nexport const two = () => three;\n",
      'lib/three.ts': "import { one } from './one';\nexport const three = () => one;\n",
    };
    expect(await lint(ring, 'lib/nested/two.ts')).toEqual(['import-x/no-cycle']);
    const line = { 'lib/a.ts': "import { b } from './b';\nexport const a = b;\n", 'lib/b.ts': 'export const b = 1;\n' };
    expect(await lint(line, 'lib/a.ts')).toEqual([]);
  });

  test.each([
    ['a match pattern', "export const matches = ['*://*.facebook.com/*'];"],
    ['a URL', "export const home = 'https://www.instagram.com/';"],
    ['a bare host', "export const host = 'www.facebook.com';"],
    ['a URL in a template', 'export const at = (path: string) => `https://www.facebook.com/${path}`;'],
    ['a composer selector', 'export const find = (root: Element) => root.querySelector(\'[contenteditable="true"]\');'],
    ['a role selector', 'export const find = (root: Element) => root.querySelectorAll(\'div[role="dialog"]\');'],
    ['a Lexical marker', "export const find = (root: Element) => root.querySelector('[data-lexical-editor]');"],
  ])('%s outside lib/platforms/ fails, and is fine inside it', async (_what, source) => {
    const files = { 'lib/other.ts': source, 'components/Other.tsx': source, 'lib/platforms/site.ts': source };
    expect(await lint(files, 'lib/other.ts')).toEqual(['no-restricted-syntax']);
    expect(await lint(files, 'components/Other.tsx')).toEqual(['no-restricted-syntax']);
    expect(await lint(files, 'lib/platforms/site.ts')).toEqual([]);
  });

  /** Each case: the importing file, what it imports, and whether lint refuses it. */
  const FOLDER_CASES: [string, string, boolean][] = [
    ['lib/content/a.ts', 'lib/posts/database.ts', true],
    ['lib/content/a.ts', 'lib/posts/store.ts', true],
    ['lib/content/a.ts', 'lib/guidelines/check.ts', true],
    ['lib/content/a.ts', 'lib/guidelines/families/denied.ts', true],
    ['lib/content/a.ts', 'lib/background/handlers.ts', true],
    ['lib/content/a.ts', 'lib/report/tables.ts', true],
    ['lib/content/a.ts', 'lib/messages/i18n.ts', true],
    ['lib/content/a.ts', 'lib/workspace/settings.ts', true],
    ['lib/content/a.ts', 'lib/posts/schema.ts', false],
    ['lib/content/a.ts', 'lib/workspace/index.ts', false],
    ['lib/content/a.ts', 'lib/guidelines/types.ts', false],
    ['lib/content/a.ts', 'lib/messages/sidebar.ts', false],
    ['lib/content/a.ts', 'lib/platforms/watcher.ts', false],
    ['lib/posts/a.ts', 'lib/background/handlers.ts', true],
    ['lib/messaging.ts', 'lib/background/handlers.ts', true],
    ['components/Page.tsx', 'lib/background/handlers.ts', true],
    ['entrypoints/background.ts', 'lib/background/handlers.ts', false],
    ['lib/messages/a.ts', 'lib/text.ts', true],
    ['lib/messages/a.ts', 'lib/messages/format.ts', false],
    ['lib/platforms/a.ts', 'lib/schemas/common.ts', true],
    ['lib/platforms/a.ts', 'lib/platforms/hosts.ts', false],
    ['lib/guidelines/a.ts', 'lib/posts/store.ts', true],
    ['lib/report/a.ts', 'lib/posts/database.ts', true],
    ['lib/schemas/a.ts', 'lib/content/outbox.ts', true],
    ['lib/guidelines/a.ts', 'lib/workspace/index.ts', true],
    ['lib/schemas/a.ts', 'lib/images/facts.ts', true],
    ['lib/report/a.ts', 'lib/posts/schema.ts', false],
    ['lib/background/a.ts', 'lib/posts/store.ts', false],
  ];

  test.each(FOLDER_CASES)('%s importing %s: refused %s', async (importer, imported, refused) => {
    const specifier = `@/${imported.replace(/\.ts$/, '')}`;
    const files = {
      [importer]: `import { value } from '${specifier}';\nexport const a = value;\n`,
      [imported]: 'export const value = 1;\n',
    };
    expect(await lint(files, importer)).toEqual(refused ? ['import-x/no-restricted-paths'] : []);
  });

  test('a type-only import counts as an import across folders', async () => {
    const files = {
      'lib/content/a.ts': "import type { Db } from '@/lib/posts/database';\nexport type A = Db;\n",
      'lib/posts/database.ts': 'export type Db = number;\n',
    };
    expect(await lint(files, 'lib/content/a.ts')).toEqual(['import-x/no-restricted-paths']);
  });

  test('only lib/posts/ imports Dexie', async () => {
    const source = "import Dexie from 'dexie';\nexport const a = Dexie;\n";
    const files = { 'components/Page.tsx': source, 'lib/report/a.ts': source, 'lib/posts/database.ts': source };
    expect(await lint(files, 'components/Page.tsx')).toEqual(['no-restricted-imports']);
    expect(await lint(files, 'lib/report/a.ts')).toEqual(['no-restricted-imports']);
    expect(await lint(files, 'lib/posts/database.ts')).toEqual([]);
  });

  test('prose that mentions a site, and Pandu’s own selectors, are not the sites’ hosts', async () => {
    const source = [
      "export const said = 'Izin: akses ke facebook.com dan instagram.com.';",
      "export const own = (root: ShadowRoot) => root.querySelector('html');",
      "export const button = (root: Element) => root.querySelector('.pandu-template button');",
    ].join('\n');
    expect(await lint({ 'components/prose.ts': source }, 'components/prose.ts')).toEqual([]);
  });
});

describe('no sentence in lib/ outside lib/messages/', () => {
  test.each([
    ['a sentence', "export const said = 'Postingan tidak dicatat.';"],
    ['a sentence around a value', 'export const said = (tag: string) => `Tagar ${tag} dilarang dipakai.`;'],
    ['an English sentence', "export const said = 'The hashtag is not allowed.';"],
    ['one capitalised word', "export const village = 'Desa';"],
    ['words before a value', "export const said = (detail: string) => 'bukan JSON yang sah: ' + detail;"],
  ])('%s is refused', async (_what, source) => {
    expect(await lint({ 'lib/posts/said.ts': source }, 'lib/posts/said.ts')).toEqual(['pandu/no-words-in-lib']);
  });

  test.each([
    [
      'a message key',
      "export const key = message('problem.notJson', { detail: 'x' });\nconst message = (k: string, v: object) => [k, v];",
    ],
    ['a MIME type and a storage key', "export const type = 'image/png';\nexport const item = 'local:calendar';"],
    ['a date format', "export const format = 'yyyy-MM-dd HH:mm';"],
    ['an index list', "export const stores = { posts: 'id, createdAt, platform, [status+createdAt]' };"],
    ['markup', 'export const cell = (n: number) => `<xf numFmtId="${n}" applyFont="1"/>`;'],
    ['two values side by side', 'export const status = (code: number, text: string) => `${code} ${text}`;'],
    ['a selector', "export const focusable = 'button:not([disabled]), [href], input, select, textarea';"],
    ['an error name and a key name', "export const names = ['QuotaExceededError', 'KeyP', 'Escape'];"],
    ['a literal type', "export type Language = 'Bahasa Indonesia' | 'English';"],
    ['a property key', "export const table = { 'Per tahapan': 1 };"],
    [
      'the checker’s example posts',
      "export const deniedExamples = [{ note: 'a protest tag', text: 'Pantau terus hasilnya' }];",
    ],
    ['the words the checker looks for', "export const ANSWER_WORDS = ['kasih tahu', 'komen'];"],
  ])('%s is allowed', async (_what, source) => {
    expect(await lint({ 'lib/posts/data.ts': source }, 'lib/posts/data.ts')).toEqual([]);
  });

  test('lib/messages/, lib/platforms/ and the UI layers are not held to it', async () => {
    const source = "export const said = 'Postingan tidak dicatat.';\n";
    const files = {
      'lib/messages/catalogue.ts': source,
      'lib/platforms/labels.ts': source,
      'components/Page.tsx': source,
    };
    for (const file of Object.keys(files)) expect(await lint(files, file), file).toEqual([]);
  });

  test('the real lib/ of an earlier Pandu, with its sentences inline, is refused', async () => {
    // lib/report/share.ts before issue 23: a WhatsApp summary built from inline sentences in two languages.
    const source = [
      'export const line = (id: boolean, total: number) =>',
      "  `${id ? 'Postingan' : 'Posts'}: ${total}`;",
      'export const engagement = (n: number) => `Engagement (${n} posts): ${n} likes/reactions`;',
    ].join('\n');
    const found = await lint({ 'lib/report/share.ts': source }, 'lib/report/share.ts');
    // 'Postingan', 'Posts', and the sentence built around the counts.
    expect(found).toEqual(Array(3).fill('pandu/no-words-in-lib'));
  });
});

describe('lib/ draws the architecture', () => {
  const LIB = join(import.meta.dirname, '../../lib');
  const entries = readdirSync(LIB, { withFileTypes: true });

  test('its folders are the parts of docs/ARCHITECTURE.md', () => {
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders).toEqual(
      expect.arrayContaining([
        'background',
        'content',
        'guidelines',
        'images',
        'messages',
        'platforms',
        'posts',
        'report',
        'schemas',
        'workspace',
      ]),
    );
  });

  test('at most 10 files lie loose in lib/', () => {
    expect(entries.filter((entry) => entry.isFile()).length).toBeLessThanOrEqual(10);
  });
});
