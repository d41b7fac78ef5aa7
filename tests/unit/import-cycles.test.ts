import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

/**
 * Pandu's import graph with every import counted, type-only ones included (`import-x/no-cycle` skips those):
 * a cycle of types still ties two modules into one unit that cannot be understood, moved or tested apart.
 */
const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['lib', 'components', 'entrypoints'];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(directory: string): string[] {
  return readdirSync(join(ROOT, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The project file an import names (`@/…` or relative), or null for a package, an asset or a stylesheet. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? join(dirname(from), specifier)
      : null;
  if (base === null) return null;
  if (/\.tsx?$/.test(base) && existsSync(base)) return base;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every import and re-export of each file, `import type` and `import()` included. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles
        .map((imported) => resolveImport(file, imported.fileName))
        .filter((target): target is string => target !== null);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The strongly connected components with more than one file (or a file importing itself): each is a cycle. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

test('no import cycle in lib/, components/ or entrypoints/, type-only imports counted', () => {
  const graph = importGraph(FOLDERS.flatMap(sourceFiles));
  expect(graph.size).toBeGreaterThan(100);
  expect(cycles(graph).map((component) => component.map((file) => relative(ROOT, file)))).toEqual([]);
});

test('the graph sees type-only imports, re-exports and dynamic imports', () => {
  const a = join(ROOT, 'lib/a.ts');
  const b = join(ROOT, 'lib/b.ts');
  const graph = new Map([
    [a, [b]],
    [b, [a]],
  ]);
  expect(cycles(graph)).toEqual([[a, b]]);
  const imported = ts
    .preProcessFile(
      "import type { A } from './a';\nexport * from './b';\nexport type { C } from './c';\nconst d = import('./d');\n",
      true,
      true,
    )
    .importedFiles.map((entry) => entry.fileName);
  expect(imported).toEqual(['./a', './b', './c', './d']);
});
