/**
 * Code that runs inside a page or a worker (Playwright's and Puppeteer's `evaluate`) travels as source text.
 * A function written inline travels as whatever its caller's compiler made of it, and tsx, which runs
 * `npm run store`, `npm run bench` and `npm start`, compiles with esbuild's keepNames: a named inner function
 * becomes `__name(fn, "fn")`, a helper defined in Node's copy of the module and nowhere in the page
 * ("ReferenceError: __name is not defined"). So page code lives in its own `*.page.ts` modules, which this
 * file bundles with esbuild into one self-contained script (keepNames off, any helper inside the bundle),
 * whichever loader runs the caller. ESLint refuses inline functions sent to a page outside test files.
 */
import { buildSync } from 'esbuild';

/** The functions a `*.page.ts` module exports; every argument and result is plain JSON data. */
type PageModule = Record<string, (...args: never[]) => unknown>;

/** A Playwright page, frame or worker, or a Puppeteer page: anything that evaluates an expression. */
export interface Evaluates {
  evaluate(expression: string): Promise<unknown>;
}

/** The global the bundle assigns its exports to, inside the expression's own scope. */
export const EXPORTS = '__panduPageModule';

const bundles = new Map<string, string>();

/** The module at `path` and what it imports, as one script that defines `EXPORTS` and nothing else. */
export function pageModuleSource(path: string): string {
  let source = bundles.get(path);
  if (source === undefined) {
    const result = buildSync({
      entryPoints: [path],
      bundle: true,
      format: 'iife',
      globalName: EXPORTS,
      platform: 'browser',
      // Chromium and Firefox ESR of the tests; nothing is lowered, so no helper is needed in the first place.
      target: ['chrome120', 'firefox142'],
      keepNames: false,
      write: false,
      logLevel: 'silent',
    });
    source = (result.outputFiles[0] as { text: string }).text;
    bundles.set(path, source);
  }
  return source;
}

/** An expression that defines the module and calls `name` with `args` (sent as JSON), its value the result. */
export function callExpression(path: string, name: string, args: readonly unknown[]): string {
  return `(() => {\n${pageModuleSource(path)}\nreturn ${EXPORTS}[${JSON.stringify(name)}](...${JSON.stringify(args)});\n})()`;
}

/**
 * A caller for the functions of the `*.page.ts` module at `path`, typed by that module
 * (`import type * as ExtensionPage from './extension.page'`; `inPage<typeof ExtensionPage>(…)`), then
 * `await inExtension(worker, 'readPosts', false)`.
 */
export function inPage<Module extends PageModule>(path: string) {
  return <Name extends keyof Module & string>(
    target: Evaluates,
    name: Name,
    ...args: Parameters<Module[Name]>
  ): Promise<Awaited<ReturnType<Module[Name]>>> =>
    target.evaluate(callExpression(path, name, args)) as Promise<Awaited<ReturnType<Module[Name]>>>;
}
