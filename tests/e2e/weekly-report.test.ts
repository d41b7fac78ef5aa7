/**
 * Issue 13, as an admin meets it: the log open in one tab shows a post published in another without a
 * reload; the XLSX the log page writes opens in LibreOffice (headless) with date cells, numbers and
 * hyperlinks, and in ExcelJS; the printable report prints to an A4 portrait PDF with no table wider than
 * the page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { weekOf } from '@/lib/report/weeks';
import { clearPosts, loggedPosts, seedPosts } from './browser';
import { showSidebar, withPanduOnTheSites } from './composers';

const session = withPanduOnTheSites();
const week = () => weekOf(new Date(), 'Asia/Jakarta');

/** LibreOffice's command line: Debian's `libreoffice-calc` (scripts/setup.sh installs it). */
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

beforeAll(async () => {
  await clearPosts(session());
});

async function openLog(): Promise<Page> {
  const page = await session().context.newPage();
  await page.goto(`chrome-extension://${session().extensionId}/log.html`);
  await page.getByRole('heading', { name: 'Catatan posting' }).waitFor();
  return page;
}

test('the log opens on this week and shows a post published in another tab, without a reload', async () => {
  const log = await openLog();
  // This week, not the last complete one: what was just published is in view.
  expect(await log.getByLabel('Minggu', { exact: true }).inputValue()).toBe(week().label);
  await log.getByText('Tidak ada postingan yang cocok pada minggu ini.').waitFor();
  let navigations = 0;
  log.on('framenavigated', () => navigations++);

  const site = await session().context.newPage();
  await site.goto('https://www.facebook.com/');
  await site.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
  await showSidebar(site);
  const sidebar = site.getByRole('complementary', { name: 'Pandu' });
  await sidebar
    .getByRole('listitem')
    .filter({ hasText: 'Pantarlih datang ke rumah' })
    .getByRole('button', { name: 'Sisipkan' })
    .click();
  await sidebar.getByText('Templat disisipkan.').waitFor();
  await site.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click();
  await site.getByText('Postingan dicatat untuk laporan mingguan.').waitFor();

  // The row appears in the open log (liveQuery), newest first, with the template's theme.
  const rows = log.getByRole('table').getByRole('row');
  await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(2);
  await rows.nth(1).getByText('Tema: Sosialisasi tahapan').waitFor();
  expect(navigations).toBe(0);
  await site.close();
  await log.close();
});

test('“Laporan minggu lalu” shows last week and makes it the report’s week, which is the default', async () => {
  const log = await openLog();
  const lastWeek = weekOf(new Date(week().start.getTime() - 1), 'Asia/Jakarta').label;
  expect(await log.getByLabel('Minggu laporan').inputValue()).toBe(lastWeek);
  await log.getByLabel('Minggu laporan').fill(week().label);
  await log.getByRole('button', { name: 'Laporan minggu lalu' }).click();
  expect(await log.getByLabel('Minggu', { exact: true }).inputValue()).toBe(lastWeek);
  expect(await log.getByLabel('Minggu laporan').inputValue()).toBe(lastWeek);
  await log.close();
});

test('the XLSX from the log page opens in LibreOffice and ExcelJS with dates, numbers and links', async () => {
  if (!existsSync(SOFFICE))
    throw new Error(
      `LibreOffice is missing (${SOFFICE}): this test checks the XLSX in it. Install Debian's package: ` +
        'sudo apt-get install -y libreoffice-calc (npm test does it as root), or set SOFFICE_PATH.',
    );
  const log = await openLog();
  const rows = log.getByRole('table').getByRole('row');
  await expect.poll(() => rows.count()).toBe(2);
  // The admin adds the link, content type and engagement read on the site.
  await rows.nth(1).getByRole('button', { name: 'Ubah' }).click();
  await rows.nth(1).getByLabel('Tautan postingan').fill('https://evil.example/posts/1');
  await rows.nth(1).getByRole('button', { name: 'Simpan' }).click();
  await rows
    .nth(1)
    .getByText(
      'Tautan postingan harus alamat https:// di facebook.com atau instagram.com (tertulis “https://evil.example/posts/1”).',
    )
    .waitFor();
  const link = 'https://www.facebook.com/ppk.tahunan/posts/pfbid02xyz';
  await rows.nth(1).getByLabel('Tautan postingan').fill(link);
  await rows.nth(1).getByLabel('Jenis konten').selectOption('foto');
  await rows.nth(1).getByLabel('Suka/reaksi').fill('1.200');
  await rows.nth(1).getByRole('button', { name: 'Simpan' }).click();
  await rows.nth(1).getByText('Suka/reaksi: tulis bilangan bulat 0 atau lebih').waitFor();
  await rows.nth(1).getByLabel('Suka/reaksi').fill('1200');
  await rows.nth(1).getByLabel('Komentar').fill('35');
  await rows.nth(1).getByRole('button', { name: 'Simpan' }).click();
  await log.getByText('Perubahan disimpan.').waitFor();
  await rows.nth(1).getByText('Jenis konten: Foto').waitFor();
  const [post] = await loggedPosts(session());
  expect(post).toMatchObject({ postUrl: link, contentType: 'foto', engagement: { likes: 1200, comments: 35 } });

  await log.getByLabel('Minggu laporan').fill(week().label);
  await log.getByLabel('Pengikut/teman Facebook Dewi').fill('1520');
  await log.getByRole('button', { name: 'Simpan jumlah pengikut' }).click();
  await log.getByText('Jumlah pengikut disimpan.').waitFor();
  const [download] = await Promise.all([
    log.waitForEvent('download'),
    log.getByRole('button', { name: 'Ekspor XLSX' }).click(),
  ]);
  const bytes = await readFile((await download.path()) as string);

  // ExcelJS: the cells' types.
  const book = new Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = book.getWorksheet('Postingan') as Worksheet;
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const cell = (name: string) => sheet.getCell(2, header.indexOf(name) + 1);
  expect(cell('Waktu (Asia/Jakarta)').value).toBeInstanceOf(Date);
  expect(cell('Suka/reaksi').value).toBe(1200);
  expect(cell('Galat').type).toBe(2 /* ValueType.Number */);
  expect(cell('Tautan').value).toEqual({ text: link, hyperlink: link });
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

  // LibreOffice: converted to CSV (as shown) and to flat ODS (the cells' types, links).
  const dir = await mkdtemp(join(tmpdir(), 'pandu-soffice-'));
  try {
    const xlsx = join(dir, 'laporan.xlsx');
    await writeFile(xlsx, bytes);
    const convert = (to: string) =>
      execFileSync(
        SOFFICE,
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', dir, xlsx],
        { timeout: 120_000, stdio: 'pipe' },
      );
    convert('csv');
    convert('fods');
    const csv = await readFile(join(dir, 'laporan.csv'), 'utf8');
    const published = new Date((post as { createdAt: number }).createdAt);
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Jakarta',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(published);
    expect(csv).toContain(local);
    expect(csv).toContain(link);
    expect(csv).toContain(',1200,35,');
    const fods = await readFile(join(dir, 'laporan.fods'), 'utf8');
    expect(fods).toContain(`office:value-type="date" office:date-value="${local.replace(' ', 'T')}:00"`);
    expect(fods).toMatch(/office:value-type="float" office:value="1200"/);
    expect(fods).toContain(`xlink:href="${link}"`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await log.close();
});

test('the printable report prints on A4 portrait with no table wider than the page', async () => {
  // A week with a long link and an unbroken word, the things that push a table past the page.
  const start = week().start.getTime();
  await seedPosts(
    session(),
    Array.from({ length: 6 }, (_, index) => ({
      id: `post-print-${index}-abcdef`,
      platform: index % 2 ? 'instagram' : 'facebook',
      account: 'PPK Tahunan',
      hostUrl: 'https://www.facebook.com/',
      postUrl: `https://www.facebook.com/ppk.tahunan/posts/pfbid0${'x'.repeat(120)}${index}`,
      text: `Pengumuman ${index}: ${'Sangatpanjangtanpaspasi'.repeat(12)}\n\n#TemanPemilih`,
      hashtags: ['#TemanPemilih'],
      stageIds: ['coklit'],
      theme: 'pengumuman',
      contentType: 'infografis',
      engagement: { likes: 10 * index, comments: index, readAt: start + 3_600_000 },
      findings: { errors: 0, warnings: 0, infos: 0, rules: [] },
      status: 'published',
      source: 'manual',
      createdAt: start + (index + 1) * 3_600_000,
      updatedAt: start + (index + 1) * 3_600_000,
    })),
  );
  const page = await session().context.newPage();
  // The printable width of A4 with 15 mm margins: 180 mm at 96 px per inch.
  const printableWidth = Math.floor((180 / 25.4) * 96);
  await page.setViewportSize({ width: printableWidth, height: 1000 });
  await page.goto(`chrome-extension://${session().extensionId}/report.html?week=${week().label}`);
  await page.getByRole('heading', { name: 'Laporan mingguan media sosial' }).waitFor();
  await page.getByText('Panitia Pemilihan Kecamatan Tahunan').waitFor();
  await page.getByText('Mengetahui,').waitFor();
  await page.getByText('Ketua PPK Tahunan').waitFor();
  await page.getByRole('link', { name: /pfbid0x+5$/ }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const widths = await page.evaluate(() =>
    [...document.querySelectorAll('table')].map((table) => ({
      caption: table.caption?.textContent ?? table.className,
      right: table.getBoundingClientRect().right,
      scroll: table.scrollWidth,
      client: table.clientWidth,
    })),
  );
  expect(widths.length).toBeGreaterThanOrEqual(9);
  for (const table of widths) {
    expect(table.right, table.caption).toBeLessThanOrEqual(printableWidth);
    expect(table.scroll, table.caption).toBeLessThanOrEqual(table.client);
  }
  const pdf = await page.pdf({ format: 'A4', landscape: false, preferCSSPageSize: true });
  // Every page of the PDF is A4 portrait: 595 × 842 points.
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, width, height] of boxes) {
    expect(Math.round(Number(width))).toBe(595);
    expect(Math.round(Number(height))).toBe(842);
  }
  await page.close();
});
