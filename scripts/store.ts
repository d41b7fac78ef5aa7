/**
 * `npm run store`: the release files for the Chrome Web Store and addons.mozilla.org, in .output/store/.
 * Refuses a dirty tree or a version already tagged; builds and zips both browsers; checks that the sources
 * zip rebuilds the Firefox add-on and that no store would refuse a zip; then writes listings, screenshots, the
 * promo tile and privacy.html.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/browser';
import { bundleFixtureScript, routeFixtureSites } from '../tests/e2e/fixtures/server';
import { releaseFiles, writeStoreAssets } from './store/assets';
import { extensionZipProblems, sourcesZipProblems } from './store/package-check';
import { packageVersion, releaseProblems } from './store/release';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.output/store');
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

const problems = releaseProblems(root);
if (problems.length > 0) {
  console.error(`npm run store: no release files made.\n\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  process.exit(1);
}
const version = packageVersion(root);

console.log(`\n== Pandu ${version}: build and zip, Chrome MV3 and Firefox MV3`);
run('npx', ['wxt', 'zip']);
run('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3']);

console.log('\n== The Firefox sources zip rebuilds the same add-on, by the commands in BUILDING.md');
run('bash', ['scripts/check-sources-zip.sh']);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const zips = releaseFiles(version);
for (const file of Object.values(zips)) {
  const built = join(root, '.output', file);
  if (!existsSync(built)) throw new Error(`WXT did not write .output/${file}: has its zip naming changed?`);
  copyFileSync(built, join(out, file));
}

console.log('\n== The zips against what each store refuses');
const refused = [
  ...extensionZipProblems(readFileSync(join(out, zips.chrome)), 'chrome', version).map(
    (problem) => `${zips.chrome}: ${problem}`,
  ),
  ...extensionZipProblems(readFileSync(join(out, zips.firefox)), 'firefox', version).map(
    (problem) => `${zips.firefox}: ${problem}`,
  ),
  ...sourcesZipProblems(readFileSync(join(out, zips.sources))).map((problem) => `${zips.sources}: ${problem}`),
];
if (refused.length > 0) {
  console.error(
    `npm run store: a store would refuse these zips.\n\n${refused.map((problem) => `- ${problem}`).join('\n')}`,
  );
  process.exit(1);
}
for (const file of Object.values(zips)) console.log(`  ${file}: nothing a store refuses`);

console.log('\n== Listings, screenshots (Chromium), promo tile, privacy.html');
await bundleFixtureScript();
const session = await launchWithExtension();
try {
  await routeFixtureSites(session.context);
  await writeStoreAssets(root, out, session);
} finally {
  await session.close();
}

const listed = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listed(join(directory, entry.name)) : [relative(out, join(directory, entry.name))],
  );
console.log(`\nPandu ${version} is ready for the stores in ${relative(root, out)}/:`);
for (const file of listed(out).sort()) console.log(`  ${file}`);
console.log(`\nAfter uploading, tag the release: git tag v${version} && git push origin v${version}`);
