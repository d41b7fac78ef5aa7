/**
 * The fixtures must behave like the real composers, or later tests prove nothing: typing lands in Lexical's
 * editor state, Post is disabled while empty, publishing closes the dialog and shows the post in the feed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './browser';
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

const composerText = (page: Page) => page.evaluate(() => window.panduFixture.composerText());
const published = (page: Page) => page.evaluate(() => window.panduFixture.publishedPosts());

describe('Facebook fixture', () => {
  for (const { lang, url, open, post } of [
    { lang: 'English', url: 'https://www.facebook.com/', open: 'What’s on your mind, Dewi?', post: 'Post' },
    {
      lang: 'Indonesian',
      url: 'https://web.facebook.com/?locale=id_ID',
      open: 'Apa yang Anda pikirkan, Dewi?',
      post: 'Posting',
    },
  ]) {
    test(`Create post in ${lang}: typed lines reach Lexical's state, Post enables, publishing closes the dialog`, async () => {
      const page = await session.context.newPage();
      await page.goto(url);
      await page.getByRole('button', { name: open }).click();
      const dialog = page.getByRole('dialog');
      const textbox = dialog.getByRole('textbox', { name: open });
      const postButton = dialog.getByRole('button', { name: post, exact: true });
      expect(await postButton.getAttribute('aria-disabled')).toBe('true');
      await textbox.click();
      await page.keyboard.type('Baris satu');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Baris dua');
      expect(await composerText(page)).toBe('Baris satu\nBaris dua');
      expect(await postButton.getAttribute('aria-disabled')).toBe('false');
      await postButton.click();
      expect(await dialog.count()).toBe(0);
      expect(await published(page)).toEqual(['Baris satu\nBaris dua']);
      await page.getByRole('article').filter({ hasText: 'Baris dua' }).waitFor();
      await page.close();
    });
  }

  test('the comment box is a Lexical editor outside any dialog', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/dewi.lestari/posts/123');
    const comment = page.getByRole('article').getByRole('textbox', { name: 'Write a comment…' });
    await comment.click();
    await page.keyboard.type('Terima kasih');
    expect(await comment.evaluate((element) => window.panduFixture.editorText(element))).toBe('Terima kasih');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });
});

describe('Instagram fixture', () => {
  for (const { lang, url, caption, share, shared } of [
    {
      lang: 'English',
      url: 'https://www.instagram.com/',
      caption: 'Write a caption...',
      share: 'Share',
      shared: 'Your post has been shared.',
    },
    {
      lang: 'Indonesian',
      url: 'https://www.instagram.com/?hl=id',
      caption: 'Tulis keterangan...',
      share: 'Bagikan',
      shared: 'Postingan Anda telah dibagikan.',
    },
  ]) {
    test(`caption step in ${lang}: caption reaches Lexical's state, Share shows the confirmation`, async () => {
      const page = await session.context.newPage();
      await page.goto(url);
      await openInstagramCaption(page, lang === 'English' ? 'en' : 'id');
      const textbox = page.getByRole('dialog').getByRole('textbox', { name: caption });
      await textbox.click();
      await page.keyboard.type('Coklit sudah dimulai #TemanPemilih');
      expect(await composerText(page)).toBe('Coklit sudah dimulai #TemanPemilih');
      await page.getByRole('dialog').getByRole('button', { name: share }).click();
      await page.getByText(shared).waitFor();
      expect(await published(page)).toEqual(['Coklit sudah dimulai #TemanPemilih']);
      await page.close();
    });
  }
});
