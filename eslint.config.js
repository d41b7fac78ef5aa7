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
 * No sentence in lib/ outside lib/messages/ (issue 23): domain code returns message references, and the words
 * live in the catalogues. A string literal (or template text) with letters is refused when it reads as words:
 * two words of letters side by side (`'Postingan tidak dicatat'`), or one capitalised word (`'Desa'`). Not
 * words, by pattern, and so allowed: a token without spaces that is no capitalised word (ids, message keys,
 * MIME types, paths, date formats, regular expressions, error names, `'NFC'`, `'KeyP'`); markup Pandu's file
 * writers produce (it starts with `<` or holds `="`); text with spaces that has no two words side by side
 * (selectors, Dexie's index lists, `'yyyy-MM-dd HH:mm'`). Not Pandu's words, by place: lib/platforms/ (the
 * sites' own labels, matched on their pages), and the guideline checker's input in declarations named
 * `…Examples` or `EXAMPLE_…` (example posts and their contestants) or `…_WORDS` (words it looks for in posts). And this reviewed list, each a
 * name a program reads, the same in every language. Words in one fixed language on purpose (written into
 * posts or stored data) are in lib/messages/fixed.ts.
 */
const WORDS_ALLOWED = new Set([
  'Escape', // KeyboardEvent.key
  'Enter', // KeyboardEvent.key
  'Pandu', // the product's name (the about message, a workbook's creator)
  'noopener noreferrer', // a link's rel attribute
]);
const PROSE = /(?<![\p{L}\p{N}_-])\p{L}{2,}[ \u00a0]+\p{L}{2,}(?![\p{L}\p{N}_-])/u;
const CAPITALISED_WORD = /^\s*\p{Lu}\p{Ll}+[\s.,:;!?]*$/u;
const MARKUP = /^\s*<|="/;
const DATA_DECLARATION = /^EXAMPLE_|Examples$|_WORDS$/;

/** Stands for a template literal's `${…}`: a sentence built around values still reads as one. */
const HOLE = 'zzholezz';
const PROSE_ALL = new RegExp(PROSE.source, 'gu');

/** Two words side by side, one of them written here (two values side by side are no sentence). */
const hasProse = (text) =>
  [...text.matchAll(PROSE_ALL)].some((match) => match[0].split(/[ \u00a0]+/).some((word) => word !== HOLE));

/** Is this text (a template literal's, with its values as holes) a sentence or a word Pandu says (see above)? */
export const readsAsWords = (text, pieces = [text]) =>
  /\p{L}/u.test(text.replaceAll(HOLE, '')) &&
  !WORDS_ALLOWED.has(text) &&
  !MARKUP.test(text) &&
  (pieces.some((piece) => CAPITALISED_WORD.test(piece)) || hasProse(text));

const WORDS_MESSAGE =
  'A sentence or word the admin reads belongs in a lib/messages/ catalogue: return message(key, values) (docs/ARCHITECTURE.md, "Adding a message").';

const noWordsInLib = {
  meta: { type: 'problem', schema: [], messages: { words: WORDS_MESSAGE } },
  create(context) {
    const exempt = (node) =>
      // A module's name, and a property's name, are names.
      (['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].includes(
        node.parent?.type,
      ) &&
        node.parent.source === node) ||
      (node.parent?.type === 'Property' && node.parent.key === node && !node.parent.computed) ||
      context.sourceCode
        .getAncestors(node)
        .some(
          (ancestor) =>
            ancestor.type === 'TSLiteralType' ||
            ancestor.type === 'TSExternalModuleReference' ||
            (ancestor.type === 'VariableDeclarator' &&
              ancestor.id.type === 'Identifier' &&
              DATA_DECLARATION.test(ancestor.id.name)),
        );
    return {
      Literal(node) {
        if (typeof node.value === 'string' && readsAsWords(node.value) && !exempt(node))
          context.report({ node, messageId: 'words' });
      },
      TemplateLiteral(node) {
        const pieces = node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw);
        if (readsAsWords(pieces.join(HOLE), pieces) && !exempt(node)) context.report({ node, messageId: 'words' });
      },
    };
  },
};

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
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/messages/**', 'lib/platforms/**'],
    plugins: { pandu: { rules: { 'no-words-in-lib': noWordsInLib } } },
    rules: { 'pandu/no-words-in-lib': 'error' },
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

/** The calls that send code into a page or worker (Playwright, Puppeteer, WebExtension scripting). */
const PAGE_CALLS = String.raw`/^(evaluate|evaluateHandle|evaluateAll|waitForFunction|addInitScript|evaluateOnNewDocument|\$eval|\$\$eval|executeScript)$/`;
const PAGE_CODE =
  'Code sent into a page travels as its compiled text, and tsx (npm run store, bench, start) gives a named inner function a __name() helper the page lacks. Put it in a *.page.ts module sent with inPage() (tests/e2e/in-page.ts), or pass a plain expression string.';

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
  // Any module outside a test file may be run by tsx (scripts import tests/e2e's helpers). Test files are
  // compiled by vitest alone, which adds no helpers (tests/unit/in-page.test.ts checks both).
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts'],
    ignores: ['tests/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=${PAGE_CALLS}] > :matches(ArrowFunctionExpression, FunctionExpression).arguments`,
          message: PAGE_CODE,
        },
      ],
    },
  },
  // Tests index into fixtures they just built; an assertion failing there is the test's message.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
