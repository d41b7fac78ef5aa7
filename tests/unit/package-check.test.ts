/**
 * The checks `npm run store` and `npm test` run on the zips, against what each store refuses: a well-formed
 * package passes, and each thing a store refuses, done to it, is named. (The real zips are checked in
 * tests/e2e/release-zips.test.ts.)
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
  extensionZipProblems,
  LIMITS,
  sourcesZipProblems,
  versionProblem,
  type Store,
} from '../../scripts/store/package-check';
import { makePng } from './images-helpers';

type Manifest = Record<string, unknown>;
type Files = Record<string, Uint8Array>;

function wellFormed(store: Store): { manifest: Manifest; files: Files } {
  const manifest: Manifest = {
    manifest_version: 3,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    version: '0.2.0',
    default_locale: 'id',
    icons: { 16: 'icon/16.png', 128: 'icon/128.png' },
    background: store === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    action: { default_popup: 'popup.html' },
    options_ui: { page: 'options.html', open_in_tab: true },
    content_scripts: [{ matches: ['*://www.instagram.com/*'], js: ['content-scripts/content.js'] }],
    web_accessible_resources: [{ resources: ['content-scripts/*.css'], matches: ['*://www.instagram.com/*'] }],
    ...(store === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'pandu@example.org', strict_min_version: '142.0', data_collection_permissions: {} },
          },
        }
      : {}),
  };
  const locale = (name: string, description: string) =>
    strToU8(JSON.stringify({ extName: { message: name }, extDescription: { message: description } }));
  const files: Files = {
    'icon/16.png': makePng(16, 16),
    'icon/128.png': makePng(128, 128),
    '_locales/id/messages.json': locale('Pandu', 'Templat resmi dan pemeriksaan postingan.'),
    '_locales/en/messages.json': locale('Pandu', 'Approved templates and post checks.'),
    'background.js': strToU8('void 0;'),
    'popup.html': strToU8('<!doctype html><title>Pandu</title>'),
    'options.html': strToU8('<!doctype html><title>Pandu</title>'),
    'content-scripts/content.js': strToU8('void 0;'),
    'content-scripts/content.css': strToU8('a{}'),
  };
  return { manifest, files };
}

const zipOf = ({ manifest, files }: { manifest: Manifest; files: Files }) =>
  zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) });

const STORES: Store[] = ['chrome', 'firefox'];

test.each(STORES)('a well-formed %s package passes', (store) => {
  expect(extensionZipProblems(zipOf(wellFormed(store)), store, '0.2.0')).toEqual([]);
});

/** Each thing a store refuses, and words the problem must say. */
const REFUSED: [string, (pkg: { manifest: Manifest; files: Files }) => void, RegExp][] = [
  ['a key', ({ manifest }) => (manifest.key = 'MIIBIjAN'), /"key".*not allowed/],
  ['an update_url', ({ manifest }) => (manifest.update_url = 'https://example.org/u.xml'), /update_url/],
  ['another version than the release', ({ manifest }) => (manifest.version = '0.1.0'), /version 0\.1\.0.*0\.2\.0/],
  ['a version with a leading zero', ({ manifest }) => (manifest.version = '0.02.0'), /leading zeros/],
  ['a version with five parts', ({ manifest }) => (manifest.version = '0.2.0.1.1'), /one to four/],
  ['a version with letters', ({ manifest }) => (manifest.version = '0.2.0-beta.1'), /one to four/],
  ['no version', ({ manifest }) => delete manifest.version, /no "version"/],
  ['manifest version 2', ({ manifest }) => (manifest.manifest_version = 2), /manifest_version/],
  [
    'a description of 133 characters in one locale',
    ({ files }) =>
      (files['_locales/en/messages.json'] = strToU8(
        JSON.stringify({ extName: { message: 'Pandu' }, extDescription: { message: 'x'.repeat(133) } }),
      )),
    /description in en is 133 characters/,
  ],
  [
    'a literal description of 133 characters',
    ({ manifest }) => (manifest.description = 'y'.repeat(133)),
    /description.*133 characters/,
  ],
  ['a description message no locale has', ({ manifest }) => (manifest.description = '__MSG_nope__'), /description/],
  ['a default locale the zip lacks', ({ manifest }) => (manifest.default_locale = 'fr'), /_locales\/fr/],
  ['no 128 px icon', ({ manifest }) => (manifest.icons = { 16: 'icon/16.png' }), /128 px icon/],
  ['an icon missing from the zip', ({ files }) => delete files['icon/16.png'], /Icon 16.*not in the zip/],
  ['an icon that is not a PNG', ({ files }) => (files['icon/16.png'] = strToU8('<svg/>')), /not a PNG/],
  ['an icon of the wrong size', ({ files }) => (files['icon/128.png'] = makePng(96, 96)), /96×96/],
  ['the background script missing', ({ files }) => delete files['background.js'], /background\.js.*not in the zip/],
  ['the popup missing', ({ files }) => delete files['popup.html'], /popup\.html/],
  ['the options page missing', ({ files }) => delete files['options.html'], /options\.html/],
  ['a content script missing', ({ files }) => delete files['content-scripts/content.js'], /content\.js/],
  [
    'a web-accessible pattern matching nothing',
    ({ files }) => delete files['content-scripts/content.css'],
    /content-scripts\/\*\.css/,
  ],
  ['a source map', ({ files }) => (files['background.js.map'] = strToU8('{}')), /source map/],
  [
    'a sourceMappingURL comment',
    ({ files }) => (files['background.js'] = strToU8('void 0;\n//# sourceMappingURL=background.js.map')),
    /points to a source map/,
  ],
  ['a hidden file', ({ files }) => (files['.DS_Store'] = strToU8('x')), /hidden or system file/],
];

describe.each(STORES)('%s', (store) => {
  test.each(REFUSED)('refused: %s', (_name, change, said) => {
    const pkg = wellFormed(store);
    change(pkg);
    const problems = extensionZipProblems(zipOf(pkg), store, '0.2.0');
    expect(problems.join('\n')).toMatch(said);
  });

  test('a zip over the upload limit is refused, before anything else is read', () => {
    const problems = extensionZipProblems(new Uint8Array(LIMITS.uploadBytes + 1), store, '0.2.0');
    expect(problems[0]).toMatch(/over the stores' limit/);
  });

  test('bytes that are not a zip, or a zip with no manifest, are named', () => {
    expect(extensionZipProblems(strToU8('not a zip'), store, '0.2.0').join()).toMatch(/cannot be read/);
    expect(extensionZipProblems(zipSync({ 'a.txt': strToU8('a') }), store, '0.2.0')).toEqual([
      'The zip has no manifest.json at its root.',
    ]);
  });
});

describe('firefox only', () => {
  test.each([
    ['no gecko id', (gecko: Manifest) => delete gecko.id, /gecko\.id/],
    ['no data_collection_permissions', (gecko: Manifest) => delete gecko.data_collection_permissions, /data_coll/],
    ['a gecko update_url', (gecko: Manifest) => (gecko.update_url = 'https://example.org/u.json'), /update_url/],
    ['a strict_min_version that is no version', (gecko: Manifest) => (gecko.strict_min_version = '142.x'), /142\.x/],
  ])('refused: %s', (_name, change, said) => {
    const pkg = wellFormed('firefox');
    change((pkg.manifest.browser_specific_settings as { gecko: Manifest }).gecko);
    expect(extensionZipProblems(zipOf(pkg), 'firefox', '0.2.0').join('\n')).toMatch(said);
  });

  test('a script over 4 MB, which AMO does not parse', () => {
    const pkg = wellFormed('firefox');
    pkg.files['background.js'] = new Uint8Array(LIMITS.scriptBytes + 1).fill(0x20);
    expect(extensionZipProblems(zipOf(pkg), 'firefox', '0.2.0').join('\n')).toMatch(/over 4 MB/);
    expect(extensionZipProblems(zipOf(pkg), 'chrome', '0.2.0').join('\n')).not.toMatch(/over 4 MB/);
  });
});

describe('versions', () => {
  test.each(['0.2.0', '1', '1.2.3.4', '0.0.1', '65535.0', '10.20.30'])('%s is taken by both stores', (version) => {
    for (const store of STORES) expect(versionProblem(version, store)).toBeNull();
  });
  test.each(['', '1.', '.1', '1..2', '01.2', '1.2.3.4.5', '1.2-beta', 'v1.2', ' 1.2', '0', '0.0.0', '1.2.3a'])(
    '"%s" is refused by both stores',
    (version) => {
      for (const store of STORES) expect(versionProblem(version, store)).not.toBeNull();
    },
  );
  test('a part over 65535 is Chrome’s limit, ten digits AMO’s', () => {
    expect(versionProblem('65536.0', 'chrome')).toMatch(/65535/);
    expect(versionProblem('65536.0', 'firefox')).toBeNull();
    expect(versionProblem('1234567890.0', 'firefox')).toMatch(/nine digits/);
  });
});

describe('the sources zip', () => {
  const sources = (extra: Files = {}) =>
    zipSync({
      'BUILDING.md': strToU8('npm ci'),
      'package.json': strToU8('{}'),
      'package-lock.json': strToU8('{}'),
      'wxt.config.ts': strToU8(''),
      ...extra,
    });
  test('with its build instructions and no build output, it passes', () => {
    expect(sourcesZipProblems(sources())).toEqual([]);
  });
  test.each(['node_modules/x/index.js', '.output/chrome-mv3/manifest.json', '.git/HEAD'])(
    'carrying %s, it is refused',
    (path) => {
      expect(sourcesZipProblems(sources({ [path]: strToU8('x') })).join()).toMatch(path.split('/')[0] as string);
    },
  );
  test('without BUILDING.md, it is refused', () => {
    const zip = zipSync({ 'package.json': strToU8('{}'), 'package-lock.json': strToU8('{}') });
    expect(sourcesZipProblems(zip).join('\n')).toMatch(/BUILDING\.md/);
  });
});
