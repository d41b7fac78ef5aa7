/**
 * Code sent into a page must not depend on a compiler's helpers (tests/e2e/in-page.ts says why). Shown here in
 * a realm that has nothing but the language, as a page has nothing of Node's module scope.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { EXPORTS, pageModuleSource } from '../e2e/in-page';

const ROOT = join(import.meta.dirname, '../..');

/** What a script run by tsx would send: an inline function's text, and inPage's expression. */
function sentUnderTsx(): { inline: string; throughInPage: string } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'tests/unit/in-page/under-tsx.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(output) as { inline: string; throughInPage: string };
}

/** Runs `source` in a fresh realm, returning its value as plain data. */
const inBareRealm = (source: string, globals: Record<string, unknown> = {}): unknown =>
  JSON.parse(JSON.stringify(runInNewContext(source, globals)) ?? 'null');

describe('under tsx, the loader of npm run store, npm run bench and npm start', () => {
  const sent = sentUnderTsx();

  test('an inline function with a named inner function carries __name, which a page does not have', () => {
    expect(sent.inline).toContain('__name(');
    expect(() => runInNewContext(`(${sent.inline})([1, 2, 3])`)).toThrow(/__name is not defined/);
  });

  test('the same kinds of function sent through inPage run, with their names', () => {
    expect(inBareRealm(sent.throughInPage)).toEqual(['square', 'double', 'negate', 'Total', '-28']);
  });
});

test('vitest compiles test files without that helper, so a test file may send an inline function', () => {
  const inline = (values: number[]) => {
    const square = (value: number) => value * value;
    return values.map(square);
  };
  expect(inline.toString()).not.toContain('__name');
  expect(inBareRealm(`(${inline.toString()})([1, 2, 3])`)).toEqual([1, 4, 9]);
});

/** Every `*.page.ts` module of the project's scripts and tests. */
function pageModules(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === '.cache' ? [] : pageModules(path);
    return entry.name.endsWith('.page.ts') ? [path] : [];
  });
}

const MODULES = [...pageModules(join(ROOT, 'scripts')), ...pageModules(join(ROOT, 'tests'))].map((path) =>
  relative(ROOT, path),
);

test('the project has page modules to check', () => {
  expect(MODULES).toEqual(
    expect.arrayContaining(['tests/e2e/extension.page.ts', 'scripts/store/shot.page.ts', 'scripts/bench/host.page.ts']),
  );
});

test.each(MODULES)(
  '%s bundles into a script that stands alone and only defines its functions as it loads',
  async (path) => {
    const globals: Record<string, unknown> = {};
    runInNewContext(pageModuleSource(join(ROOT, path)), globals);
    const defined = globals[EXPORTS] as Record<string, unknown>;
    const exported = (await import(join(ROOT, path))) as Record<string, unknown>;
    expect(Object.keys(defined).sort()).toEqual(Object.keys(exported).sort());
    for (const name of Object.keys(defined)) expect(typeof defined[name], name).toBe('function');
  },
);
