/**
 * The content script's size budget (issue 14). Every facebook.com and instagram.com page an admin opens loads
 * it, on modest laptops: the built script and its stylesheet, gzipped as `npm run bench` measures them, stay
 * within 35 kB (kB of 1,024 bytes, the bench's unit). The checker and the data libraries live in the
 * background; tests/unit/i18n.test.ts names the modules that must stay out.
 */
import { expect, test } from 'vitest';
import { bundleSizes } from '../../scripts/bench/bundle';
import { FIREFOX_BUILD } from './firefox';
import { CHROME_BUILD } from './browser';

const BUDGET_KB = 35;

test.each([
  ['Chrome', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('the %s build’s content script is at most 35 kB gzipped', async (_browser, build) => {
  const content = (await bundleSizes(build)).find((row) => row.entrypoint.startsWith('content'));
  expect(content).toBeDefined();
  expect(content!['gzip kB']).toBeLessThanOrEqual(BUDGET_KB);
});
