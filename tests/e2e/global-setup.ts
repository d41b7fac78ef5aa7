import { execFileSync } from 'node:child_process';
import { bundleFixtureScript } from './fixtures/server';

/**
 * Builds what the end-to-end tests load: the Chrome and Firefox extensions as they ship, and the Lexical
 * fixture script. (`npm test` has built both already and sets PANDU_SKIP_BUILD.)
 */
export default async function setup(): Promise<void> {
  if (!process.env.PANDU_SKIP_BUILD) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'inherit' });
  }
  await bundleFixtureScript();
}
