import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** Past this a file mixes concerns; split it by concern (docs/ARCHITECTURE.md). */
const MAX_LINES = 400;

test(`no source file in lib/ or components/ is over ${MAX_LINES} lines`, () => {
  const files = ['lib', 'components'].flatMap((directory) =>
    readdirSync(join(ROOT, directory), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  expect(files.length).toBeGreaterThan(50);
  const long = files
    .map((path) => ({ file: relative(ROOT, path), lines: readFileSync(path, 'utf8').split('\n').length }))
    .filter((entry) => entry.lines > MAX_LINES);
  expect(long).toEqual([]);
});
