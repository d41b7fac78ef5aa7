import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * A site's host written as code (a URL or match pattern, or a bare host name); prose that mentions the site
 * ("access to facebook.com") is not one. Only lib/platforms/ may name them.
 */
const SITE_HOST = String.raw`/^((\*|https?):\/\/)?([\w*-]+\.)*(facebook|instagram|fbcdn|cdninstagram)\.(com|net)(\/|$)/`;
/** An attribute selector on the host page's elements (roles, ARIA, contenteditable, Lexical's markers). */
const HOST_SELECTOR = String.raw`/\[(role|aria-[a-z]+|contenteditable|data-lexical[\w-]*)\b/`;
const SITES_ONLY = 'Only lib/platforms/ knows the sites: ask it (see docs/ARCHITECTURE.md, "Adding a site").';

/**
 * What the folders of lib/ may import from each other (docs/ARCHITECTURE.md, "Folders"). A zone's `except`
 * must lie inside each of its `from` paths, so a folder with exceptions gets a zone of its own.
 */
const folderZones = (root) => {
  const lib = (path) => `${root}/lib/${path}`;
  /** The post log's database and its writers: only the background and the extension's pages open them. */
  const database = ['posts/database.ts', 'posts/store.ts', 'posts/backup.ts'].map(lib);
  /** The guideline checker with its rule families: the background runs it. */
  const checker = ['guidelines/index.ts', 'guidelines/check.ts', 'guidelines/registry.ts', 'guidelines/families'].map(
    lib,
  );
  const inPage =
    'lib/content/ runs in facebook.com and instagram.com pages: it asks the background (lib/messaging.ts) for data and checks.';
  return [
    {
      target: lib('content'),
      from: [...checker, lib('report'), lib('messages/i18n.ts')],
      message: inPage,
    },
    { target: lib('content'), from: lib('posts'), except: ['./schema.ts'], message: inPage },
    { target: lib('content'), from: lib('workspace'), except: ['./index.ts', './changes.ts'], message: inPage },
    {
      target: [`${root}/lib/*.ts`, `${root}/lib/!(background)/**`, `${root}/components/**`],
      from: lib('background'),
      message: 'lib/background/ holds the background’s handlers: only entrypoints/background.ts imports it.',
    },
    {
      target: lib('messages'),
      from: `${root}/lib`,
      except: ['./messages'],
      message: 'lib/messages/ holds the catalogues and the translator: it imports nothing else of lib/.',
    },
    {
      target: lib('platforms'),
      from: `${root}/lib`,
      except: ['./platforms'],
      message: 'lib/platforms/ knows the sites and nothing else of lib/: the rest asks it.',
    },
    {
      target: [lib('schemas'), lib('guidelines'), lib('report')],
      from: [...database, lib('content'), lib('background')],
      message:
        'Schemas, the checker and the report are plain functions of their input: they never open the database or run in the page.',
    },
    {
      target: [lib('schemas'), lib('guidelines')],
      from: [lib('workspace'), lib('report'), lib('images')],
      message: 'Schemas and the checker come before the workspace, the report and the images, which use them.',
    },
  ];
};

/**
 * Pandu's layering (docs/ARCHITECTURE.md): what each part may import, and where the sites are known. A
 * function of the project root so tests/unit/boundaries.test.ts can run the same rules on a scratch project.
 */
export const boundaries = (root) => [
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Which files import-x reads to follow imports (by default only .js), and with which parser.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          alias: { '@': [root] },
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
        }),
      ],
    },
    rules: {
      // A cycle makes the load order (and what is undefined during it) depend on who imports first.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: `${root}/lib`,
              from: [`${root}/components`, `${root}/entrypoints`],
              message: 'lib/ is the domain: plain TypeScript that knows no UI and no entrypoint.',
            },
            {
              target: `${root}/components`,
              from: `${root}/entrypoints`,
              message: 'Entrypoints mount components, never the other way round.',
            },
            ...folderZones(root),
          ],
        },
      ],
    },
  },
  {
    // One owner of the database: lib/posts/ opens it (openDatabase) and validates what is written to it.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['lib/posts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only lib/posts/ opens the database: use openDatabase() and its store.' }],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['lib/platforms/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${SITE_HOST}]`, message: SITES_ONLY },
        { selector: `TemplateElement[value.raw=${SITE_HOST}]`, message: SITES_ONLY },
        { selector: `Literal[value=${HOST_SELECTOR}]`, message: SITES_ONLY },
        { selector: `TemplateElement[value.raw=${HOST_SELECTOR}]`, message: SITES_ONLY },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/e2e/.cache/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...boundaries(import.meta.dirname),
  // Tests index into fixtures they just built; an assertion failing there is the test's message.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
