/**
 * The week's report as an admin makes it: two posts published on the fixtures, one added by hand, then
 * the week exported from the log page as XLSX, CSV and JSON. Each file must hold exactly those three.
 */
import { readFile } from 'node:fs/promises';
import { read, utils } from '@e965/xlsx';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { weekOf } from '@/lib/report/weeks';
import { weeklyReportSchema } from '@/lib/schemas/report';
import { PPK_PROFILE } from '../unit/helpers';
import { clearPosts, launchWithExtension, loggedPosts, seedStorage, type ExtensionSession } from './browser';
import { openInstagramCaption, showSidebar } from './composers';
import { routeFixtureSites } from './fixtures/server';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await routeFixtureSites(session.context);
  await seedStorage(session, { profile: PPK_PROFILE, settings: { language: 'id', simulatedDate: '2024-07-04' } });
  await clearPosts(session);
});

afterAll(async () => {
  await session?.close();
});

async function publish(url: string, open: (page: Page) => Promise<void>, template: string, submit: string) {
  const page = await session.context.newPage();
  await page.goto(url);
  await open(page);
  await showSidebar(page);
  const sidebar = page.getByRole('complementary', { name: 'Pandu' });
  await sidebar.getByRole('listitem').filter({ hasText: template }).getByRole('button', { name: 'Sisipkan' }).click();
  await sidebar.getByText('Templat disisipkan.').waitFor();
  const text = (await page.evaluate(() => window.panduFixture.composerText())) as string;
  await page.getByRole('dialog').getByRole('button', { name: submit, exact: true }).click();
  // Logged once the site confirms: Pandu says so.
  await page.getByText('Postingan dicatat untuk laporan mingguan.').waitFor();
  await page.close();
  return text;
}

async function downloadOf(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path()) as string) };
}

test('two published posts and one added by hand make the week, in every export format', async () => {
  const facebookText = await publish(
    'https://www.facebook.com/',
    (page) => page.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click(),
    'Pantarlih datang ke rumah',
    'Post',
  );
  const instagramText = await publish(
    'https://www.instagram.com/?hl=id',
    (page) => openInstagramCaption(page, 'id'),
    'Coklit tinggal beberapa hari',
    'Bagikan',
  );
  await expect.poll(() => loggedPosts(session).then((posts) => posts.length)).toBe(2);

  const week = weekOf(new Date(), 'Asia/Jakarta');
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByRole('link', { name: 'Catatan posting' }).click();
  const page = options;
  await page.getByRole('heading', { name: 'Catatan posting' }).waitFor();

  const phoneText = 'Sosialisasi coklit di balai desa bersama PPS.\n\n#TemanPemilih #PilkadaSerentak2024';
  await page.getByLabel('Platform').last().selectOption('instagram');
  await page.getByLabel('Akun', { exact: true }).fill('ppk.tahunan');
  await page.getByLabel('Tanggal dan jam terbit').fill(`${week.firstDay}T08:00`);
  await page.getByLabel('Tautan postingan').fill('https://www.instagram.com/p/dari-ponsel');
  await page.getByLabel('Teks postingan').fill(phoneText);
  // The same checker runs on a post added by hand.
  await page.getByText('Tagar wajib belum ada: #KPUJepara #PPKTahunan').waitFor();
  await page.getByRole('button', { name: 'Tambah postingan' }).click();
  await page.getByText('Postingan ditambahkan.').waitFor();

  // The log shows the added post's week: this week, with all three posts, each a table row with its text.
  await expect.poll(() => page.getByLabel('Minggu', { exact: true }).inputValue()).toBe(week.label);
  const rows = page.getByRole('table').getByRole('row');
  await expect.poll(() => rows.count()).toBe(4);
  for (const text of [facebookText, instagramText, phoneText])
    await rows.filter({ hasText: text.split('\n')[0] as string }).waitFor();

  const expected = [phoneText, facebookText, instagramText].sort();
  // The report's week is the last complete one by default: this test reports this week.
  await page.getByLabel('Minggu laporan').fill(week.label);
  const fileName = `pandu_jepara_tahunan_${week.label}`;

  const xlsx = await downloadOf(page, 'Ekspor XLSX');
  expect(xlsx.name).toBe(`${fileName}.xlsx`);
  const book = read(xlsx.bytes);
  const sheet = utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Postingan!);
  expect(sheet.map((row) => row.Teks).sort()).toEqual(expected);

  const csv = await downloadOf(page, 'Ekspor CSV');
  expect(csv.name).toBe(`${fileName}.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvBook = read(csv.bytes.toString('utf8'), { type: 'string', FS: ';' });
  const csvRows = utils.sheet_to_json<Record<string, unknown>>(csvBook.Sheets[csvBook.SheetNames[0]!]!);
  expect(csvRows.map((row) => row.Teks).sort()).toEqual(expected);

  const json = await downloadOf(page, 'Ekspor JSON');
  expect(json.name).toBe(`${fileName}.json`);
  const report = weeklyReportSchema.parse(JSON.parse(json.bytes.toString('utf8')));
  expect(report.posts.map((post) => post.text).sort()).toEqual(expected);
  expect(report.posts.map((post) => post.source).sort()).toEqual(['detected', 'detected', 'manual']);
  expect(report.summary.perPlatform).toEqual({ facebook: 1, instagram: 2 });
});

test('deleting a post can be undone', async () => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/log.html`);
  await page.getByLabel('Minggu', { exact: true }).fill(weekOf(new Date(), 'Asia/Jakarta').label);
  const rows = page.getByRole('table').getByRole('row');
  await expect.poll(() => rows.count()).toBe(4);
  await rows.nth(1).getByRole('button', { name: 'Hapus' }).click();
  await expect.poll(() => rows.count()).toBe(3);
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect.poll(() => rows.count()).toBe(4);
  expect(await loggedPosts(session)).toHaveLength(3);
});

test('a malformed backup is refused with its problem and changes nothing', async () => {
  const before = await loggedPosts(session);
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/log.html`);
  await page.getByLabel('Pulihkan dari cadangan').setInputFiles({
    name: 'cadangan-rusak.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"kind":"pandu-backup","schemaVersion":1,"exportedAt":"2024-07-08T00:00:00Z","posts":[{"id":"x"}]}',
    ),
  });
  await page.getByText('Berkas "cadangan-rusak.json" tidak dipakai; tidak ada yang berubah:').waitFor();
  await page.getByText('posts[0].id: minimal 8').waitFor();
  expect(await loggedPosts(session)).toEqual(before);
});

test('the printable report shows the week’s posts, rendered inert', async () => {
  const page = await session.context.newPage();
  await page.goto(
    `chrome-extension://${session.extensionId}/report.html?week=${weekOf(new Date(), 'Asia/Jakarta').label}`,
  );
  await page.getByRole('heading', { name: 'Laporan mingguan media sosial' }).waitFor();
  await page.getByRole('row', { name: 'Jumlah postingan 3' }).waitFor();
  await page.getByRole('row', { name: 'Instagram 2' }).waitFor();
  await page.getByText('Sosialisasi coklit di balai desa bersama PPS.').waitFor();
  expect(await page.locator('article script, article img').count()).toBe(0);
  await page.getByRole('button', { name: 'Cetak atau simpan sebagai PDF' }).waitFor();
});

test('the recap reads reports, names a bad file, and totals per body', async () => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/log.html`);
  await page.getByLabel('Minggu laporan').fill(weekOf(new Date(), 'Asia/Jakarta').label);
  const json = await downloadOf(page, 'Ekspor JSON');
  const recap = await session.context.newPage();
  await recap.goto(`chrome-extension://${session.extensionId}/recap.html`);
  await recap.getByLabel('Laporan PPK/PPS (JSON)').setInputFiles([
    { name: json.name, mimeType: 'application/json', buffer: json.bytes },
    { name: 'salinan.json', mimeType: 'application/json', buffer: json.bytes },
    { name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"pandu-weekly-report"}') },
  ]);
  await recap.getByText('1 laporan dari 1 badan dibaca.').waitFor();
  await recap.getByText('Berkas "rusak.json" tidak dipakai; tidak ada yang berubah:').waitFor();
  await recap.getByText('salinan.json: sama dengan berkas lain, diabaikan.').waitFor();
  const row = recap.getByRole('row').filter({ hasText: 'PPK Tahunan' });
  await row.waitFor();
  expect(await row.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining(['Tahunan', '1', '3']));
  const exported = await downloadOf(recap, 'Ekspor XLSX rekap');
  const rows = utils.sheet_to_json<unknown[]>(read(exported.bytes).Sheets.Rekap!, { header: 1 });
  expect(rows[1]?.slice(0, 6)).toEqual(['Tahunan', 'PPK Tahunan', 1, 3, 1, 2]);
});

test('a deleted post waits in the bin across a reload until the bin is emptied; a restore keeps newer edits', async () => {
  const week = weekOf(new Date(), 'Asia/Jakarta').label;
  const page = await session.context.newPage();
  const open = async () => {
    await page.goto(`chrome-extension://${session.extensionId}/log.html`);
    await page.getByLabel('Minggu', { exact: true }).fill(week);
  };
  await open();
  const rows = page.getByRole('table').getByRole('row');
  await expect.poll(() => rows.count()).toBe(4);
  const backup = await downloadOf(page, 'Ekspor cadangan (semua postingan, JSON)');

  // After the backup: one post edited, another deleted.
  const edited = rows.nth(1);
  const editedText = ((await edited.getByRole('cell').nth(4).innerText()).split('\n')[0] ?? '').trim();
  await edited.getByRole('button', { name: 'Ubah' }).click();
  await edited.getByLabel('Catatan').fill('Diperiksa setelah cadangan');
  await edited.getByRole('button', { name: 'Simpan' }).click();
  await page.getByText('Perubahan disimpan.').waitFor();
  await rows.nth(2).getByRole('button', { name: 'Hapus' }).click();
  await expect.poll(() => rows.count()).toBe(3);

  // A reload (the undo used to live in page memory): the post is in the bin, and comes back from it.
  await open();
  await expect.poll(() => rows.count()).toBe(3);
  await page.getByRole('heading', { name: 'Tempat sampah (1)' }).waitFor();
  await page.getByRole('button', { name: 'Kembalikan' }).click();
  await expect.poll(() => rows.count()).toBe(4);
  await rows.nth(2).getByRole('button', { name: 'Hapus' }).click();
  await page.getByRole('button', { name: 'Kosongkan tempat sampah' }).click();
  await page.getByRole('button', { name: 'Ya, hapus 1 postingan selamanya' }).click();
  await page.getByText('Tempat sampah dikosongkan.', { exact: true }).waitFor();
  await expect.poll(() => loggedPosts(session).then((posts) => posts.length)).toBe(2);

  // The backup brings back the deleted post and leaves the newer edit, listing it before anything is written.
  await page.getByLabel('Pulihkan dari cadangan').setInputFiles({
    name: backup.name,
    mimeType: 'application/json',
    buffer: backup.bytes,
  });
  const plan = page.getByRole('region', { name: 'Pulihkan dari cadangan' });
  await plan.getByText('Cadangan berisi 3 postingan: 1 baru, 0 akan diganti, 1 sudah sama.').waitFor();
  await plan.getByText('1 dibiarkan karena salinan di catatan lebih baru.').waitFor();
  await plan
    .getByRole('listitem')
    .filter({ hasText: editedText.slice(0, 30) })
    .waitFor();
  await plan.getByRole('button', { name: 'Pulihkan sekarang' }).click();
  await page.getByText('Cadangan dipulihkan: 1 postingan ditulis.').waitFor();
  const posts = await loggedPosts(session);
  expect(posts).toHaveLength(3);
  expect(posts.filter((post) => post.notes === 'Diperiksa setelah cadangan')).toHaveLength(1);
  await expect.poll(() => rows.count()).toBe(4);
});
