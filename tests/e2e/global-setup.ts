import { execFileSync } from 'node:child_process';
import { bundleFixtureScript } from './fixtures/server';

/** Builds what the end-to-end tests load: the Chrome extension as it ships, and the Lexical fixture script. */
export default async function setup(): Promise<void> {
  if (!process.env.PANDU_SKIP_BUILD) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  await bundleFixtureScript();
}
