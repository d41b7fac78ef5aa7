import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROME_BUILD, launchWithExtension, type ExtensionSession } from './browser';
import { openInstagramCaption } from './composers';
import { routeFixtureSites } from './fixtures/server';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await routeFixtureSites(session.context);
});

afterAll(async () => {
  await session?.close();
});

const SITES = [
  {
    name: 'Facebook www, English',
    url: 'https://www.facebook.com/',
    open: 'button',
    label: 'What’s on your mind, Dewi?',
  },
  {
    name: 'Facebook www, Indonesian',
    url: 'https://www.facebook.com/?locale=id_ID',
    open: 'button',
    label: 'Apa yang Anda pikirkan, Dewi?',
  },
  {
    name: 'Facebook web, Indonesian',
    url: 'https://web.facebook.com/?locale=id_ID',
    open: 'button',
    label: 'Apa yang Anda pikirkan, Dewi?',
  },
  { name: 'Instagram, English', url: 'https://www.instagram.com/', open: 'link', label: 'New post', language: 'en' },
  {
    name: 'Instagram, Indonesian',
    url: 'https://www.instagram.com/?hl=id',
    open: 'link',
    label: 'Postingan baru',
    language: 'id',
  },
] as const;

describe('the extension', () => {
  test('loads with its pinned id and answers typed messages from its options page', async () => {
    expect(session.extensionId).toBe('geielogmcjdkcinllhlfmfkfjojgbmml');
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const { version } = JSON.parse(await readFile(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    await expect.poll(() => page.getByText(`Versi ${version}`).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Pengaturan Pandu' }).count()).toBe(1);
    await page.close();
  });
});

describe('the content script', () => {
  for (const site of SITES) {
    test(`mounts its shadow-root sidebar on ${site.name} when the composer opens`, async () => {
      const page = await session.context.newPage();
      await page.goto(site.url);
      await page.getByRole(site.open, { name: site.label }).waitFor();
      expect(await page.locator('pandu-sidebar').count()).toBe(0);
      if ('language' in site) await openInstagramCaption(page, site.language);
      else await page.getByRole(site.open, { name: site.label }).click();
      await page.getByRole('complementary', { name: 'Pandu' }).waitFor();
      expect(await page.locator('pandu-sidebar').count()).toBe(1);
      // Mounted in an open shadow root, so the host page's styles cannot reach it.
      expect(await page.locator('pandu-sidebar').evaluate((host) => host.shadowRoot !== null)).toBe(true);
      await page.close();
    });
  }

  test('does not run on an unrelated site', async () => {
    const page = await session.context.newPage();
    await page.goto('https://example.org/');
    await page.getByRole('heading', { name: 'An unrelated site' }).waitFor();
    await page.getByRole('textbox', { name: 'Write something' }).click();
    // Give a content script ample time to have run, had it matched.
    await page.waitForTimeout(1500);
    expect(await page.locator('pandu-sidebar').count()).toBe(0);
    await page.close();
  });

  test('keeps one sidebar across single-page navigation', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/');
    await page.evaluate(() => history.pushState({}, '', '/groups/pps-desa-mulyoharjo'));
    await page.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
    await page.getByRole('complementary', { name: 'Pandu' }).waitFor();
    await page.evaluate(() => history.pushState({}, '', '/'));
    await page.waitForTimeout(500);
    expect(await page.locator('pandu-sidebar').count()).toBe(1);
    await page.close();
  });

  test('keeps keys typed in the sidebar away from the host page', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/');
    await page.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
    await page.evaluate(() => {
      (window as Window & { hostKeys?: string[] }).hostKeys = [];
      document.addEventListener('keydown', (event) =>
        (window as Window & { hostKeys?: string[] }).hostKeys?.push(event.key),
      );
    });
    const collapse = page.getByRole('button', { name: 'Ciutkan Pandu' });
    await collapse.focus();
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Buka Pandu' }).waitFor();
    expect(await page.evaluate(() => (window as Window & { hostKeys?: string[] }).hostKeys)).toEqual([]);
    await page.close();
  });
});

test('the built manifest asks for storage and the two sites only; reading a pack address is optional', async () => {
  const manifest = JSON.parse(await readFile(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  expect((manifest.content_scripts as { matches: string[] }[]).map((script) => script.matches)).toEqual([
    ['*://*.facebook.com/*', '*://www.instagram.com/*'],
  ]);
  // Granted at install: nothing beyond the content scripts' sites.
  const granted = await session.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<unknown> } } }).chrome.permissions.getAll(),
  );
  expect(granted).toEqual({ origins: ['*://*.facebook.com/*', '*://www.instagram.com/*'], permissions: ['storage'] });
});
