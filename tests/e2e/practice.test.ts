/**
 * The practice page works like the sites, with no network at all: its composer is a real Lexical editor,
 * the same sidebar inserts and fixes, a trainer sets a simulated date, and a practice post is logged as
 * practice.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PPK_PROFILE } from '../unit/helpers';
import { clearPosts, launchWithExtension, loggedPosts, seedStorage, type ExtensionSession } from './browser';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchWithExtension();
  // No network: every request that leaves the browser fails, so the page must need none.
  await session.context.route(/^https?:\/\//, (route) => route.abort());
});

beforeEach(async () => {
  await seedStorage(session, { profile: PPK_PROFILE, settings: { language: 'id' } });
  await clearPosts(session);
  page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/practice.html`);
});

afterAll(async () => {
  await session?.close();
});

/** Lexical's own editor state, as the lines the sites would post. */
const editorText = (page: Page) =>
  page.getByRole('textbox', { name: /Apa yang Anda pikirkan|Tulis keterangan/ }).evaluate((element) => {
    interface Node {
      text?: string;
      type: string;
      children?: Node[];
    }
    const editor = (element as unknown as { __lexicalEditor: { getEditorState(): { toJSON(): { root: Node } } } })
      .__lexicalEditor;
    const inline = (node: Node): string =>
      node.type === 'linebreak' ? '\n' : (node.text ?? (node.children ?? []).map(inline).join(''));
    return (editor.getEditorState().toJSON().root.children ?? []).map(inline).join('\n');
  });

test('a trainer sets a simulated date; the sidebar follows it and marks it', async () => {
  const sidebar = page.getByRole('complementary', { name: 'Pandu' });
  await sidebar.getByText('Tidak ada tahapan yang sedang berjalan.').waitFor();
  await page.getByLabel('Tanggal simulasi').fill('2024-11-24');
  await sidebar.getByText('Tanggal simulasi: Minggu, 24 November 2024').waitFor();
  await sidebar.getByRole('region', { name: 'Tahapan' }).getByText('Masa tenang').waitFor();
  await sidebar.getByRole('listitem').filter({ hasText: 'Masa tenang' }).first().waitFor();
  expect(await sidebar.getByText('Latihan: tidak ada yang benar-benar diposting.').count()).toBe(1);
});

test('insert, fix and publish a practice post; it is logged as practice', async () => {
  await page.getByLabel('Tanggal simulasi').fill('2024-07-04');
  const sidebar = page.getByRole('complementary', { name: 'Pandu' });
  await sidebar
    .getByRole('listitem')
    .filter({ hasText: 'Coklit tinggal beberapa hari' })
    .getByRole('button', { name: 'Sisipkan' })
    .click();
  await expect.poll(() => editorText(page)).toMatch(/^Coklit tinggal 21 hari lagi, sampai Rabu, 24 Juli 2024\.\n\n/);
  const inserted = await editorText(page);
  expect(inserted.split('\n').at(-1)).toBe(
    '#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri #Coklit',
  );

  await page.getByRole('textbox', { name: 'Apa yang Anda pikirkan, PPK Tahunan?' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Ayo ke TPS yangg terdekat.');
  await sidebar.getByRole('button', { name: 'Ganti dengan "yang"' }).click();
  await expect.poll(() => editorText(page)).toBe(`${inserted} Ayo ke TPS yang terdekat.`);

  await page.getByRole('button', { name: 'Posting' }).click();
  await expect.poll(() => loggedPosts(session).then((posts) => posts.length)).toBe(1);
  expect((await loggedPosts(session))[0]).toMatchObject({
    platform: 'facebook',
    status: 'practice',
    account: 'PPK Tahunan',
    text: `${inserted} Ayo ke TPS yang terdekat.`,
    templateId: 'coklit-sisa-hari',
    stageIds: ['coklit', 'pemutakhiran-data-pemilih', 'pembentukan-badan-adhoc'],
  });
  await page.getByRole('article').filter({ hasText: 'Ayo ke TPS yang terdekat.' }).waitFor();
  await sidebar.getByText('Postingan latihan dicatat sebagai latihan; tidak masuk laporan mingguan.').waitFor();
  // A fresh composer for the next post.
  await expect.poll(() => editorText(page)).toBe('');
});

test('Instagram practice: the caption composer and its limits', async () => {
  await page.getByLabel('Tanggal simulasi').fill('2024-07-04');
  await page.getByRole('radio', { name: 'Instagram' }).check();
  const sidebar = page.getByRole('complementary', { name: 'Pandu' });
  await page.getByRole('textbox', { name: 'Tulis keterangan...' }).click();
  await page.keyboard.type('Cek DPT #A #B #C #D #E #F');
  await sidebar.getByText('6 dari 5 tagar').waitFor();
  await sidebar.getByRole('listitem').filter({ hasText: 'melebihi batas Instagram 5 tagar per postingan' }).waitFor();
  expect(await page.getByRole('button', { name: 'Bagikan' }).isEnabled()).toBe(true);
});
