/**
 * The zips `npm run zip` and `npm run zip:firefox` make (and `npm run store` copies into .output/store/) are
 * ones the stores take (scripts/store/package-check.ts), and the Chrome zip is the unpacked build but for the
 * development `key`, which stays in .output/chrome-mv3 so tests, `npm start` and testers get a fixed id.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { releaseFiles } from '../../scripts/store/assets';
import { extensionZipProblems, sourcesZipProblems } from '../../scripts/store/package-check';
import { packageVersion } from '../../scripts/store/release';

const ROOT = resolve(import.meta.dirname, '../..');
const VERSION = packageVersion(ROOT);
const ZIPS = releaseFiles(VERSION);
const zip = (file: string) => readFileSync(join(ROOT, '.output', file));

/** Every file under `directory`, as paths relative to it. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}

/** Chrome's id for a public key: the first 32 hex digits of its SHA-256, written with the letters a–p. */
function extensionIdOf(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

describe.each([
  ['chrome', 'chrome-mv3'],
  ['firefox', 'firefox-mv3'],
] as const)('the %s zip', (store, folder) => {
  const file = ZIPS[store];

  test(`is one ${store === 'chrome' ? 'the Chrome Web Store' : 'addons.mozilla.org'} takes`, () => {
    expect(extensionZipProblems(zip(file), store, VERSION)).toEqual([]);
  });

  test(`holds exactly the files of .output/${folder}, the same bytes but for the manifest's key`, () => {
    const entries = unzipSync(zip(file));
    const built = join(ROOT, '.output', folder);
    expect(Object.keys(entries).sort()).toEqual(filesUnder(built));
    for (const [name, bytes] of Object.entries(entries)) {
      if (name === 'manifest.json') continue;
      expect(Buffer.from(bytes).equals(readFileSync(join(built, name))), name).toBe(true);
    }
    const { key: _key, ...unpacked } = JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array))).toEqual(unpacked);
  });
});

test('the unpacked Chrome build keeps the development key, which pins the id README names', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8')) as {
    key?: string;
  };
  expect(manifest.key).toBeDefined();
  expect(extensionIdOf(manifest.key!)).toBe('geielogmcjdkcinllhlfmfkfjojgbmml');
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('`geielogmcjdkcinllhlfmfkfjojgbmml`');
});

test('the sources zip is one addons.mozilla.org’s reviewers can rebuild from', () => {
  expect(sourcesZipProblems(zip(ZIPS.sources))).toEqual([]);
});
