/**
 * The sidebar on the fixtures at the real addresses, as an admin uses it: it appears with the composer,
 * inserts an approved template so that Lexical's own state holds it, checks and fixes, and logs a publish
 * exactly once. What the editor holds is read from Lexical's editor state, not the DOM.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Platform } from '@/lib/platforms/platform';
import { PPK_PROFILE } from '../unit/helpers';
import { clearPosts, launchWithExtension, loggedPosts, seedStorage, type ExtensionSession } from './browser';
import { expectedTemplateText as expectedFilled, openInstagramCaption, showSidebar } from './composers';
import { routeFixtureSites } from './fixtures/server';

let session: ExtensionSession;
const SIMULATED = '2024-07-04';

beforeAll(async () => {
  session = await launchWithExtension();
  await routeFixtureSites(session.context);
});

beforeEach(async () => {
  await seedStorage(session, { profile: PPK_PROFILE, settings: { language: 'id', simulatedDate: SIMULATED } });
  await clearPosts(session);
});

afterAll(async () => {
  await session?.close();
});

const expectedTemplateText = (templateId: string, platform: Platform) =>
  expectedFilled(templateId, platform, PPK_PROFILE, SIMULATED);

const composerText = (page: Page) => page.evaluate(() => window.panduFixture.composerText());

const SITES = [
  {
    name: 'Facebook, English',
    platform: 'facebook',
    url: 'https://www.facebook.com/',
    open: (page: Page) => page.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click(),
    submit: 'Post',
    account: 'Dewi Lestari',
  },
  {
    name: 'Facebook, Indonesian',
    platform: 'facebook',
    url: 'https://web.facebook.com/?locale=id_ID',
    open: (page: Page) => page.getByRole('button', { name: 'Apa yang Anda pikirkan, Dewi?' }).click(),
    submit: 'Posting',
    account: 'Dewi Lestari',
  },
  {
    name: 'Instagram, English',
    platform: 'instagram',
    url: 'https://www.instagram.com/',
    open: (page: Page) => openInstagramCaption(page, 'en'),
    submit: 'Share',
    account: 'dewi.lestari',
  },
  {
    name: 'Instagram, Indonesian',
    platform: 'instagram',
    url: 'https://www.instagram.com/?hl=id',
    open: (page: Page) => openInstagramCaption(page, 'id'),
    submit: 'Bagikan',
    account: 'dewi.lestari',
  },
] as const;

for (const site of SITES) {
  describe(site.name, () => {
    async function openComposer(): Promise<Page> {
      const page = await session.context.newPage();
      await page.goto(site.url);
      await site.open(page);
      await showSidebar(page);
      return page;
    }

    test('the sidebar appears with the composer, names the stage, and leaves when it closes', async () => {
      const page = await session.context.newPage();
      await page.goto(site.url);
      await page.waitForTimeout(300);
      expect(await page.getByRole('complementary', { name: 'Pandu' }).count()).toBe(0);
      await site.open(page);
      const sidebar = page.getByRole('complementary', { name: 'Pandu' });
      await showSidebar(page);
      const stage = sidebar.getByRole('region', { name: 'Tahapan' });
      await stage.getByRole('heading', { name: 'Tahapan' }).waitFor();
      await stage
        .getByRole('listitem')
        .filter({ hasText: 'Pencocokan dan penelitian (coklit) (21 hari lagi)' })
        .waitFor();
      await sidebar.getByText('Tanggal simulasi: Kamis, 4 Juli 2024').waitFor();
      // Close the composer as the admin would: the dialog goes away, and so does the sidebar.
      await page.evaluate(() => document.querySelector('[role="dialog"]')?.remove());
      await expect.poll(() => sidebar.count()).toBe(0);
      await page.close();
    });

    test('inserting a multi-line template leaves exactly that text in Lexical’s state', async () => {
      const page = await openComposer();
      const sidebar = page.getByRole('complementary', { name: 'Pandu' });
      const item = sidebar.getByRole('listitem').filter({ hasText: 'Pantarlih datang ke rumah' });
      await item.getByRole('button', { name: 'Sisipkan' }).click();
      const expected = expectedTemplateText('coklit-pantarlih-datang', site.platform);
      expect(expected.split('\n').length).toBeGreaterThan(4);
      await expect.poll(() => composerText(page)).toBe(expected);
      await sidebar.getByText('Templat disisipkan.').waitFor();
      if (site.platform === 'facebook') {
        const post = page.getByRole('dialog').getByRole('button', { name: site.submit, exact: true });
        expect(await post.getAttribute('aria-disabled')).toBe('false');
      }
      // The inserted template carries every required tag: no error is left.
      await expect.poll(() => sidebar.getByText('Galat:').count()).toBe(0);
      await page.close();
    });

    test('typing without the required hashtags shows them by name, and the fix adds them', async () => {
      const page = await openComposer();
      const sidebar = page.getByRole('complementary', { name: 'Pandu' });
      await page.getByRole('dialog').getByRole('textbox').click();
      await page.keyboard.type('Coklit berlangsung sampai 24 Juli.');
      const tags =
        site.platform === 'facebook'
          ? '#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri #Coklit'
          : '#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan';
      const checks = sidebar.getByRole('list').filter({ hasText: 'Tagar wajib belum ada' });
      await checks
        .getByRole('listitem')
        .filter({ hasText: `Tagar wajib belum ada: ${tags}` })
        .waitFor();
      await sidebar.getByRole('button', { name: `Tambahkan ${tags}` }).click();
      await expect.poll(() => composerText(page)).toBe(`Coklit berlangsung sampai 24 Juli.\n\n${tags}`);
      await expect.poll(() => sidebar.getByText('Tagar wajib belum ada').count()).toBe(0);
      await page.close();
    });

    test('publishing stores exactly one log entry, even when the button is clicked twice', async () => {
      const page = await openComposer();
      const sidebar = page.getByRole('complementary', { name: 'Pandu' });
      await sidebar
        .getByRole('listitem')
        .filter({ hasText: 'Coklit tinggal beberapa hari' })
        .getByRole('button', { name: 'Sisipkan' })
        .click();
      const expected = expectedTemplateText('coklit-sisa-hari', site.platform);
      await expect.poll(() => composerText(page)).toBe(expected);
      const before = Date.now();
      await page.getByRole('dialog').getByRole('button', { name: site.submit, exact: true }).dblclick();
      await expect.poll(() => loggedPosts(session).then((posts) => posts.length)).toBe(1);
      await page.waitForTimeout(500);
      const [post] = await loggedPosts(session);
      expect(post).toMatchObject({
        platform: site.platform,
        account: site.account,
        text: expected,
        stageIds: ['coklit', 'pemutakhiran-data-pemilih', 'pembentukan-badan-adhoc'],
        templateId: 'coklit-sisa-hari',
        status: 'published',
        source: 'detected',
        findings: { errors: 0 },
      });
      expect(String(post!.hostUrl)).toBe(site.url);
      expect(post!.hashtags).toEqual(expected.split('\n').at(-1)!.split(' '));
      expect(Number(post!.createdAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(await page.evaluate(() => window.panduFixture.publishedPosts())).toEqual([expected]);
      expect(await loggedPosts(session)).toHaveLength(1);
      await page.close();
    });
  });
}

describe('not composers, and other Facebook composers', () => {
  test('typing in a comment box shows no sidebar', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/dewi.lestari/posts/123');
    await page.getByRole('textbox', { name: 'Write a comment…' }).click();
    await page.keyboard.type('Terima kasih infonya');
    await page.waitForTimeout(800);
    expect(await page.getByRole('complementary', { name: 'Pandu' }).count()).toBe(0);
    await page.close();
  });

  test('the feed’s comment box and the Messenger box do not open the sidebar either', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.facebook.com/');
    await page.getByRole('textbox', { name: 'Write a comment…' }).click();
    await page.keyboard.type('Siap');
    await page.getByRole('textbox', { name: 'Message' }).click();
    await page.keyboard.type('Halo');
    await page.waitForTimeout(800);
    expect(await page.getByRole('complementary', { name: 'Pandu' }).count()).toBe(0);
    await page.close();
  });

  test.each([
    ['a Page', 'https://www.facebook.com/ppktahunan', "What's on your mind, PPK Tahunan?", 'PPK Tahunan'],
    ['a group', 'https://www.facebook.com/groups/pps-se-tahunan', 'Write something...', 'Dewi Lestari'],
    [
      'a group, Indonesian',
      'https://www.facebook.com/groups/pps-se-tahunan?locale=id_ID',
      'Tulis sesuatu…',
      'Dewi Lestari',
    ],
  ])('Create post on %s opens the sidebar and logs as its account', async (_name, url, label, account) => {
    const page = await session.context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: label }).click();
    await page.getByRole('complementary', { name: 'Pandu' }).waitFor();
    await page.getByRole('dialog').getByRole('textbox', { name: label }).click();
    await page.keyboard.type('Rapat pleno terbuka');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => loggedPosts(session).then((posts) => posts.length)).toBe(1);
    expect((await loggedPosts(session))[0]).toMatchObject({ account, text: 'Rapat pleno terbuka' });
    await page.close();
  });
});
