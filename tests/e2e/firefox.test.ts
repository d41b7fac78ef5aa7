/**
 * Pandu in Firefox, tested and not only built: Debian's Firefox ESR over WebDriver BiDi, the Firefox build
 * installed, fixture composers at the real addresses. In each flow the sidebar appears, an insert lands in
 * Lexical's editor state (Firefox's content scripts see the page through Xray wrappers), and a publish is
 * logged once. Clicks go through BiDi's input actions, so the page sees them as the admin's (trusted).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Platform } from '@/lib/platforms/platform';
import { PPK_PROFILE } from '../unit/helpers';
import { expectedTemplateText as expectedFilled } from './composers';
import { firefoxPosts, launchFirefoxWithExtension, seedFirefoxStorage, type FirefoxSession } from './firefox';

let session: FirefoxSession;
const SIMULATED = '2024-07-04';

beforeAll(async () => {
  session = await launchFirefoxWithExtension();
}, 120_000);

beforeEach(async () => {
  await seedFirefoxStorage(session, { profile: PPK_PROFILE, settings: { language: 'id', simulatedDate: SIMULATED } });
  await firefoxPosts(session, true);
});

afterAll(async () => {
  await session?.close();
});

const expectedTemplateText = (templateId: string, platform: Platform) =>
  expectedFilled(templateId, platform, PPK_PROFILE, SIMULATED);

const composerText = (page: Page) => page.evaluate(() => window.panduFixture.composerText());

/** The first element matching `selector` whose text is `text` (trimmed), once there is one. */
async function byText(page: Page, selector: string, text: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (css, wanted) => [...document.querySelectorAll(css)].find((element) => element.textContent?.trim() === wanted),
    {},
    selector,
    text,
  );
  return handle as ElementHandle<Element>;
}

/** Opens the sidebar's panel if it came as a tab, then inserts the template with this title. */
async function insertTemplate(page: Page, title: string): Promise<void> {
  // Puppeteer clicks where the tab was, without Playwright's wait for a stable box: while the sidebar still
  // follows the dialog into place a click can land beside it, so click until the panel says it is open.
  await expect
    .poll(
      async () => {
        const tab = await page.waitForSelector('pandu-sidebar >>> .pandu-tab');
        if ((await tab!.evaluate((button) => button.getAttribute('aria-expanded'))) === 'true') return true;
        await tab!.click();
        return false;
      },
      { interval: 300, timeout: 10_000 },
    )
    .toBe(true);
  const items = await page.waitForSelector('pandu-sidebar >>> .pandu-template');
  expect(items).not.toBeNull();
  for (const item of await page.$$('pandu-sidebar >>> .pandu-template')) {
    if ((await item.evaluate((element) => element.querySelector('.pandu-template-title')?.textContent)) !== title)
      continue;
    await (await item.$('.pandu-insert'))!.click();
    return;
  }
  throw new Error(`No template "${title}" in the sidebar`);
}

const sidebarShown = (page: Page) =>
  page.evaluate(() => Boolean(document.querySelector('pandu-sidebar')?.shadowRoot?.querySelector('aside')));

test('the manifest’s strict_min_version admits the Firefox ESR Debian ships', async () => {
  const version = await session.browser.version();
  const major = Number(/(\d+)\./.exec(version)?.[1]);
  expect(major).toBeGreaterThanOrEqual(Number.parseInt(session.strictMinVersion, 10));
});

describe('in Firefox', () => {
  test('Facebook’s dialog: sidebar, insert into Lexical, publish logged once', async () => {
    const page = await session.newSitePage();
    await page.goto('https://www.facebook.com/');
    await (await page.waitForSelector('[data-fixture-open="create-post"]'))!.click();
    await expect.poll(() => sidebarShown(page)).toBe(true);
    await insertTemplate(page, 'Coklit tinggal beberapa hari');
    const expected = expectedTemplateText('coklit-sisa-hari', 'facebook');
    await expect.poll(() => composerText(page)).toBe(expected);
    const post = (await page.waitForSelector('[role="dialog"] [data-fixture-submit]:not([aria-disabled="true"])'))!;
    await post.click();
    await expect.poll(async () => (await firefoxPosts(session)).length).toBe(1);
    expect((await firefoxPosts(session))[0]).toMatchObject({
      platform: 'facebook',
      text: expected,
      templateId: 'coklit-sisa-hari',
      status: 'published',
    });
    await page.close();
  });

  test('Facebook’s two-step composer in Indonesian: the text at Berikutnya is logged once at Kirim', async () => {
    const page = await session.newSitePage();
    await page.goto('https://www.facebook.com/ppktahunan?flow=twostep&locale=id_ID');
    await (await page.waitForSelector('[data-fixture-open="create-post"]'))!.click();
    await expect.poll(() => sidebarShown(page)).toBe(true);
    await insertTemplate(page, 'Pantarlih datang ke rumah');
    const expected = expectedTemplateText('coklit-pantarlih-datang', 'facebook');
    await expect.poll(() => composerText(page)).toBe(expected);
    await (await page.waitForSelector('[data-fixture-next]:not([aria-disabled="true"])'))!.click();
    await expect.poll(() => sidebarShown(page)).toBe(false);
    await (await byText(page, '[role="dialog"] [role="button"]', 'Kirim')).click();
    await expect.poll(async () => (await firefoxPosts(session)).length).toBe(1);
    expect((await firefoxPosts(session))[0]).toMatchObject({ account: 'PPK Tahunan', text: expected });
    await page.close();
  });

  test('a group’s inline composer: logged once, the anonymous switch logging nothing', async () => {
    const page = await session.newSitePage();
    await page.goto('https://www.facebook.com/groups/pps-se-tahunan?flow=inline');
    await (await page.waitForSelector('[data-fixture-open="create-post"]'))!.click();
    await expect.poll(() => sidebarShown(page)).toBe(true);
    await (await page.waitForSelector('.inline-composer [role="textbox"]'))!.click();
    await page.keyboard.type('Rapat pleno PPS');
    await (await page.waitForSelector('[data-fixture-anonymous]'))!.click();
    await (await page.waitForSelector('.inline-composer [data-fixture-submit]:not([aria-disabled="true"])'))!.click();
    await expect.poll(async () => (await firefoxPosts(session)).length).toBe(1);
    expect((await firefoxPosts(session)).map((post) => post.text)).toEqual(['Rapat pleno PPS']);
    await page.close();
  });

  test('Instagram’s caption step in Indonesian: insert, Bagikan, logged once when shared', async () => {
    const page = await session.newSitePage();
    await page.setViewport({ width: 1366, height: 768 });
    await page.goto('https://www.instagram.com/?hl=id');
    await (await page.waitForSelector('[data-fixture-open="create-post"]'))!.click();
    await (await byText(page, '[role="dialog"] [role="button"]', 'Pilih dari komputer')).click();
    await (await byText(page, '[role="dialog"] [role="button"]', 'Berikutnya')).click();
    await (await byText(page, '[role="dialog"] [role="button"]', 'Berikutnya')).click();
    await expect.poll(() => sidebarShown(page)).toBe(true);
    await insertTemplate(page, 'Coklit tinggal beberapa hari');
    const expected = expectedTemplateText('coklit-sisa-hari', 'instagram');
    await expect.poll(() => composerText(page)).toBe(expected);
    await (await byText(page, '[role="dialog"] [role="button"]', 'Bagikan')).click();
    await byText(page, '[role="dialog"] span', 'Postingan Anda telah dibagikan.');
    await expect.poll(async () => (await firefoxPosts(session)).length).toBe(1);
    expect((await firefoxPosts(session))[0]).toMatchObject({
      platform: 'instagram',
      text: expected,
      status: 'published',
    });
    await page.close();
  });
});
