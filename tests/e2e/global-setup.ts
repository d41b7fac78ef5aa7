import { execFileSync } from 'node:child_process';
import { bundleFixtureScript } from './fixtures/server';

/**
 * Builds what the end-to-end tests load and check: the Chrome and Firefox extensions and their zips, as
 * `npm run zip` and `npm run zip:firefox` make them, and the Lexical fixture script. (`npm test` has made
 * both already and sets PANDU_SKIP_BUILD.)
 */
export default async function setup(): Promise<void> {
  if (!process.env.PANDU_SKIP_BUILD) {
    execFileSync('npx', ['wxt', 'zip'], { stdio: 'inherit' });
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3'], { stdio: 'inherit' });
  }
  await bundleFixtureScript();
}
