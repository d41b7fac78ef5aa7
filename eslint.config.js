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
          ],
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
