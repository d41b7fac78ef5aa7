/**
 * What `npm run store` writes for the stores, made from the build `npm test` just made, in one Chromium
 * session: screenshots of the right size that show what they name, the promo tile, listings within the stores'
 * limits that justify every permission, and privacy.html, which must be exactly the extension's privacy page.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGUAGES, translator, type Language } from '@/lib/messages/i18n';
import { type ShotRecord } from '../../scripts/store/capture';
import {
  listingFile,
  PRIVACY_FILE,
  PROMO_FILES,
  releaseFiles,
  writeStoreAssets,
  type StoreAssets,
} from '../../scripts/store/assets';
import { accessOf, fieldText, firefoxStrictMin, LIMITS, type ManifestAccess } from '../../scripts/store/listing';
import { packageVersion } from '../../scripts/store/release';
import { SCREENSHOT_SIZE, SHOTS } from '../../scripts/store/shots';
import { PROMO_SIZE } from '../../scripts/store/promo';
import { launchWithExtension, seedStorage, type ExtensionSession } from './browser';
import { routeFixtureSites } from './fixtures/server';

const ROOT = resolve(import.meta.dirname, '../..');
/** Debian's Firefox ESR, which the listing's minimum must admit. */
const DEBIAN_FIREFOX_ESR = 153;

let session: ExtensionSession;
let out: string;
let assets: StoreAssets;

beforeAll(async () => {
  // `npm test` builds both browsers first; run alone, this test builds the Firefox one it reads.
  if (!existsSync(join(ROOT, '.output/firefox-mv3/manifest.json')))
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'inherit' });
  out = mkdtempSync(join(tmpdir(), 'pandu-store-'));
  session = await launchWithExtension();
  await routeFixtureSites(session.context);
  assets = await writeStoreAssets(ROOT, out, session);
}, 300_000);

afterAll(async () => {
  await session?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Case aside: a heading may be set in capitals by CSS, and innerText reports what is shown.
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

describe('screenshots', () => {
  test('at least five per language, each a 1280×800 PNG, each the file its manifest entry describes', () => {
    for (const language of LANGUAGES)
      expect(assets.screenshots.shots.filter((shot) => shot.language === language).length).toBeGreaterThanOrEqual(5);
    for (const shot of assets.screenshots.shots) {
      const bytes = readFileSync(join(out, 'screenshots', shot.file));
      expect(pngSize(bytes), shot.file).toEqual(SCREENSHOT_SIZE);
      expect(createHash('sha256').update(bytes).digest('hex'), shot.file).toBe(shot.sha256);
    }
    const manifest = JSON.parse(readFileSync(join(out, 'screenshots/shots.json'), 'utf8')) as { shots: ShotRecord[] };
    expect(manifest.shots).toEqual(assets.screenshots.shots);
  });

  test.each(SHOTS.flatMap((shot) => LANGUAGES.map((language) => [shot.name, language, shot] as const)))(
    '%s (%s) shows, inside the frame, the text that says what it is',
    (name, language, shot) => {
      const record = assets.screenshots.shots.find((entry) => entry.name === name && entry.language === language)!;
      expect(record).toBeDefined();
      expect(record.url).toBe(shot.url({ language, extensionId: session.extensionId }));
      for (const text of shot.mustShow({ language, extensionId: session.extensionId })) {
        const shown = record.shows.find((entry) => entry.text === text);
        expect(shown, text).toBeDefined();
        expect(normalise(shown!.found)).toContain(normalise(text));
        const { x, y, width, height } = shown!.box;
        expect(x).toBeGreaterThanOrEqual(-1);
        expect(y).toBeGreaterThanOrEqual(-1);
        expect(x + width).toBeLessThanOrEqual(SCREENSHOT_SIZE.width + 1);
        expect(y + height).toBeLessThanOrEqual(SCREENSHOT_SIZE.height + 1);
      }
    },
  );

  test('the ones of the sidebar show it beside the composer, in the language of the set', () => {
    for (const language of LANGUAGES) {
      const t = translator(language);
      for (const name of ['facebook-sidebar', 'instagram-caption']) {
        const record = assets.screenshots.shots.find((entry) => entry.name === name && entry.language === language)!;
        expect(new URL(record.url).hostname).toMatch(/^www\.(facebook|instagram)\.com$/);
        expect(record.shows.map((entry) => entry.text)).toContain(t('templates.heading'));
      }
    }
  });
});

test('the promo tiles are 440×280 PNGs', () => {
  for (const language of LANGUAGES) expect(pngSize(readFileSync(join(out, PROMO_FILES[language])))).toEqual(PROMO_SIZE);
});

describe('listings', () => {
  const chrome = () =>
    JSON.parse(readFileSync(join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8')) as ManifestAccess;
  const firefox = () =>
    JSON.parse(readFileSync(join(ROOT, '.output/firefox-mv3/manifest.json'), 'utf8')) as ManifestAccess;

  test.each(LANGUAGES)('the %s listing holds every field within the stores’ limits', (language) => {
    const listing = assets.listings.find((entry) => entry.language === language)!;
    expect(listing.name.length).toBeGreaterThan(0);
    expect(listing.name.length).toBeLessThanOrEqual(LIMITS.name);
    expect(listing.summary.length).toBeGreaterThan(20);
    expect(listing.summary.length).toBeLessThanOrEqual(LIMITS.summary);
    expect(listing.summary.length).toBeLessThanOrEqual(LIMITS.amoSummary);
    expect(listing.description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(listing.singlePurpose.length).toBeLessThanOrEqual(LIMITS.privacyField);
    for (const field of listing.justifications)
      expect(fieldText(field, language).length, field.field).toBeLessThanOrEqual(LIMITS.privacyField);
    const markdown = readFileSync(join(out, listingFile(language)), 'utf8');
    for (const text of [listing.summary, listing.description, listing.singlePurpose]) expect(markdown).toContain(text);
  });

  test.each(LANGUAGES)('the %s listing justifies every permission and host the built manifest names', (language) => {
    const markdown = readFileSync(join(out, listingFile(language)), 'utf8');
    const access = accessOf(chrome());
    expect(access.map((item) => item.entry)).toEqual(
      expect.arrayContaining(['storage', '*://*.facebook.com/*', '*://www.instagram.com/*', 'https://*/*']),
    );
    for (const { entry } of access) expect(markdown).toContain(`${entry}`);
    expect(markdown).toContain('### storage justification');
    expect(markdown).toContain('### Host permission justification');
    expect(markdown).toContain(language === 'id' ? 'https://*/* (opsional)' : 'https://*/* (optional)');
  });

  test.each(LANGUAGES)(
    'the %s listing says the Firefox minimum the manifest sets, which admits Debian’s ESR',
    (language) => {
      const strict = firefoxStrictMin(firefox());
      const listing = assets.listings.find((entry) => entry.language === language)!;
      expect(`${listing.firefoxMin}.0`).toBe(strict);
      expect(Number.parseInt(strict, 10)).toBeLessThanOrEqual(DEBIAN_FIREFOX_ESR);
      const markdown = readFileSync(join(out, listingFile(language)), 'utf8');
      expect(markdown).toContain(`Firefox ${listing.firefoxMin}`);
      expect(markdown).toContain(`strict_min_version ${strict}`);
      expect(listing.description).toContain(`Firefox ${listing.firefoxMin}`);
    },
  );

  test('package.json’s version is the one in both manifests, the listings and the file names', () => {
    const version = packageVersion(ROOT);
    expect(assets.version).toBe(version);
    for (const manifest of [chrome(), firefox()]) expect((manifest as { version: string }).version).toBe(version);
    for (const language of LANGUAGES) {
      const markdown = readFileSync(join(out, listingFile(language)), 'utf8');
      expect(markdown.split('\n')[0]).toContain(`Pandu ${version}`);
      for (const file of Object.values(releaseFiles(version))) expect(markdown).toContain(file);
    }
    expect(assets.screenshots.version).toBe(version);
  });
});

describe('privacy', () => {
  const extensionPage = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

  /** Whether the page's statement is, node for node, privacy.html's statement in `language`. */
  async function sameAsPrivacyHtml(page: Page, language: Language): Promise<{ same: boolean; page: string }> {
    const html = readFileSync(join(out, PRIVACY_FILE), 'utf8');
    return page.evaluate(
      ({ html, language }) => {
        const shown = document.querySelector(`article[lang="${language}"]`);
        const file = new DOMParser().parseFromString(html, 'text/html').querySelector(`article[lang="${language}"]`);
        if (!shown || !file) return { same: false, page: shown?.outerHTML ?? '(no statement on the page)' };
        // Adjacent text nodes (Preact's, one per expression) compare as the one text they read as.
        const [a, b] = [shown.cloneNode(true), file.cloneNode(true)];
        a.normalize();
        b.normalize();
        return { same: a.isEqualNode(b), page: shown.outerHTML };
      },
      { html, language },
    );
  }

  test('the extension’s privacy page is privacy.html’s statement, in Indonesian and in English', async () => {
    await seedStorage(session, { settings: { language: 'id' } });
    const page = await session.context.newPage();
    await page.goto(extensionPage('privacy.html'));
    await page.getByRole('heading', { level: 1, name: 'Pandu dan privasi Anda' }).waitFor();
    await page.getByText(`Pandu versi ${packageVersion(ROOT)}`).waitFor();
    expect(await sameAsPrivacyHtml(page, 'id')).toEqual({ same: true, page: expect.any(String) });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pandu and your privacy' }).waitFor();
    expect(await sameAsPrivacyHtml(page, 'en')).toEqual({ same: true, page: expect.any(String) });
    await page.close();
  });

  test('privacy.html holds both languages and names the one network request and when it happens', () => {
    const html = readFileSync(join(out, PRIVACY_FILE), 'utf8');
    expect(html).toContain('<article class="privacy-statement" lang="id"');
    expect(html).toContain('<article class="privacy-statement" lang="en"');
    expect(html).toContain('Ambil paket dari alamat');
    expect(html).toContain('Fetch the pack from the address');
    expect(html).not.toMatch(/<script/i);
  });

  test('settings and the popup lead to it', async () => {
    await seedStorage(session, { settings: { language: 'id' } });
    const options = await session.context.newPage();
    await options.goto(extensionPage('options.html'));
    await options.getByRole('navigation').getByRole('link', { name: 'Privasi' }).click();
    await options.getByRole('heading', { level: 1, name: 'Pandu dan privasi Anda' }).waitFor();
    await options.goto(extensionPage('options.html'));
    await options.getByRole('link', { name: 'Baca apa yang disimpan dan dikirim Pandu' }).click();
    await options.getByRole('heading', { level: 1, name: 'Pandu dan privasi Anda' }).waitFor();
    await options.close();

    const popup = await session.context.newPage();
    await popup.goto(extensionPage('popup.html'));
    const [opened] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Privasi' }).click(),
    ]);
    await opened.getByRole('heading', { level: 1, name: 'Pandu dan privasi Anda' }).waitFor();
    expect(new URL(opened.url()).pathname).toBe('/privacy.html');
    await opened.close();
  });
});
