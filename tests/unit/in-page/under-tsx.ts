/**
 * Run by tests/unit/in-page.test.ts under `node --import tsx`, the loader of `npm run store`, `npm run bench`
 * and `npm start`: prints what such a script would send into a page, written inline and through inPage.
 */
import { resolve } from 'node:path';
import { callExpression } from '../../e2e/in-page';

// The shape that broke `npm run store` (seedPosts): an inline page function with a named inner function.
const inline = (values: number[]) => {
  const square = (value: number) => value * value;
  return values.map(square);
};

process.stdout.write(
  JSON.stringify({
    inline: inline.toString(),
    throughInPage: callExpression(resolve(import.meta.dirname, 'sample.page.ts'), 'namedShapes', [[1, 2, 3]]),
  }),
);
