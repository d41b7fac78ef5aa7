/**
 * Every way the sites let an admin post, end to end in Chromium: the two-step Page composer (the editor
 * leaves the page at "Post settings"), a group's inline composer beside its anonymous switch, a Page's
 * "Kirim", the feed region that only opens the dialog, and a page script forging the clicks. Each post is
 * logged exactly once with the text the admin had, with the link the site shows.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PPK_PROFILE } from '../unit/helpers';
import { clearPosts, launchWithExtension, loggedPosts, seedStorage, type ExtensionSession } from './browser';
import { composerText, sidebarOf } from './composers';
import { routeFixtureSites } from './fixtures/server';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await routeFixtureSites(session.context);
});

beforeEach(async () => {
  await seedStorage(session, { profile: PPK_PROFILE, settings: { language: 'id', simulatedDate: '2024-07-04' } });
  await clearPosts(session);
});

afterAll(async () => {
  await session?.close();
});

const posts = () => loggedPosts(session);
const published = (page: Page) => page.evaluate(() => window.panduFixture.publishedPosts());

async function insertTemplate(page: Page, title: string): Promise<string> {
  await sidebarOf(page)
    .getByRole('listitem')
    .filter({ hasText: title })
    .getByRole('button', { name: 'Sisipkan' })
    .click();
  await sidebarOf(page).getByText('Templat disisipkan.').waitFor();
  return (await composerText(page)) as string;
}

/** The toast's "View post" / "Lihat postingan" link, as the site shows it. */
const toastLink = (page: Page, name: string) =>
  page.getByRole('status').getByRole('link', { name }).getAttribute('href') as Promise<string>;

describe('Facebook’s two-step composer', () => {
  test.each([
    [
      'English',
      'https://www.facebook.com/ppktahunan?flow=twostep',
      "What's on your mind, PPK Tahunan?",
      'Next',
      'Post',
      'View post',
    ],
    [
      'Indonesian',
      'https://www.facebook.com/ppktahunan?flow=twostep&locale=id_ID',
      'Apa yang Anda pikirkan, PPK Tahunan?',
      'Berikutnya',
      'Kirim',
      'Lihat postingan',
    ],
    [
      'English, settings as a new dialog',
      'https://www.facebook.com/ppktahunan?flow=twostep-replace',
      "What's on your mind, PPK Tahunan?",
      'Next',
      'Post',
      'View post',
    ],
  ])(
    '%s: the text at Next is logged once at the final Post, with the post’s link',
    async (_name, url, opener, next, post, viewPost) => {
      const page = await session.context.newPage();
      await page.goto(url);
      await page.getByRole('button', { name: opener }).click();
      await sidebarOf(page).waitFor();
      const text = await insertTemplate(page, 'Coklit tinggal beberapa hari');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: next, exact: true }).click();
      // "Post settings": the editor is gone, and with it the sidebar; nothing is logged yet.
      await expect.poll(() => page.getByRole('dialog').getByRole('textbox').count()).toBe(0);
      await expect.poll(() => sidebarOf(page).count()).toBe(0);
      // Back brings the editor and the text again; the sidebar returns; on to the settings once more.
      await dialog.getByRole('button', { name: /^(Back|Kembali)$/ }).click();
      await sidebarOf(page).waitFor();
      expect(await composerText(page)).toBe(text);
      await page.getByRole('dialog').getByRole('button', { name: next, exact: true }).click();
      await page.getByRole('dialog').getByRole('switch').click();
      await page.getByRole('dialog').getByRole('button', { name: post, exact: true }).click();
      await expect.poll(async () => (await posts()).length).toBe(1);
      const link = await toastLink(page, viewPost);
      await expect.poll(async () => (await posts())[0]?.postUrl).toBe(link);
      expect(await posts()).toHaveLength(1);
      expect((await posts())[0]).toMatchObject({
        account: 'PPK Tahunan',
        text,
        templateId: 'coklit-sisa-hari',
        status: 'published',
        source: 'detected',
      });
      expect(await published(page)).toEqual([text]);
      await page.close();
    },
  );

  test('closed at "Post settings", nothing is logged', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/ppktahunan?flow=twostep');
    await page.getByRole('button', { name: "What's on your mind, PPK Tahunan?" }).click();
    await page.getByRole('dialog').getByRole('textbox').click();
    await page.keyboard.type('Draf yang batal');
    await page.getByRole('dialog').getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    // A later post from the same page is the only one logged.
    await page.getByRole('button', { name: "What's on your mind, PPK Tahunan?" }).click();
    await page.getByRole('dialog').getByRole('textbox').click();
    await page.keyboard.type('Yang benar-benar diposting');
    await page.getByRole('dialog').getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(async () => (await posts()).length).toBe(1);
    expect((await posts())[0]?.text).toBe('Yang benar-benar diposting');
    await page.close();
  });
});

describe('a group’s inline composer', () => {
  test.each([
    [
      'English',
      'https://www.facebook.com/groups/pps-se-tahunan?flow=inline',
      'Write something...',
      'Post anonymously',
      'Post',
    ],
    [
      'Indonesian',
      'https://www.facebook.com/groups/pps-se-tahunan?flow=inline&locale=id_ID',
      'Tulis sesuatu…',
      'Posting sebagai anonim',
      'Posting',
    ],
  ])(
    '%s: no dialog, the sidebar beside it; the anonymous switch logs nothing; Post logs once',
    async (_name, url, opener, anonymous, post) => {
      const page = await session.context.newPage();
      await page.goto(url);
      await page.getByRole('button', { name: opener }).click();
      await sidebarOf(page).waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      const text = await insertTemplate(page, 'Pantarlih datang ke rumah');
      await page.getByRole('switch', { name: anonymous }).click();
      expect(await page.getByRole('switch', { name: anonymous }).getAttribute('aria-checked')).toBe('true');
      await page.getByRole('button', { name: post, exact: true }).click();
      await expect.poll(async () => (await posts()).length).toBe(1);
      // The inline composer shows no name: the profile's account for the site stands in.
      expect((await posts())[0]).toMatchObject({ text, account: 'PPK Tahunan', status: 'published' });
      // The composer folded away; the sidebar with it.
      await expect.poll(() => sidebarOf(page).count()).toBe(0);
      expect(await posts()).toHaveLength(1);
      await page.close();
    },
  );
});

describe('what is not publishing', () => {
  test('the feed region only opens the dialog: clicking in it shows no sidebar and logs nothing', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/?locale=id_ID');
    const region = page.getByRole('region', { name: 'Buat postingan' });
    await region.getByRole('button', { name: 'Foto/video' }).click();
    await region.click({ position: { x: 4, y: 4 } });
    expect(await sidebarOf(page).count()).toBe(0);
    await region.getByRole('button', { name: 'Apa yang Anda pikirkan, Dewi?' }).click();
    await sidebarOf(page).waitFor();
    expect(await posts()).toEqual([]);
    await page.close();
  });

  test('clicks and keys forged by a page script publish on the site but log nothing', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/');
    await page.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
    await page.getByRole('dialog').getByRole('textbox').click();
    await page.keyboard.type('Dipalsukan oleh skrip');
    await page.evaluate(() => {
      const textbox = document.querySelector('[role="dialog"] [role="textbox"]')!;
      textbox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await expect.poll(() => published(page)).toEqual(['Dipalsukan oleh skrip']);
    await page.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
    await page.getByRole('dialog').getByRole('textbox').click();
    await page.keyboard.type('Juga dipalsukan');
    await page.evaluate(() => document.querySelector<HTMLElement>('[role="dialog"] [data-fixture-submit]')!.click());
    await expect.poll(() => published(page)).toEqual(['Juga dipalsukan', 'Dipalsukan oleh skrip']);
    // The admin's own post afterwards is the only one in the log.
    await page.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
    await page.getByRole('dialog').getByRole('textbox').click();
    await page.keyboard.type('Diposting oleh admin');
    await page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(async () => (await posts()).length).toBe(1);
    expect((await posts()).map((post) => post.text)).toEqual(['Diposting oleh admin']);
    await page.close();
  });
});
