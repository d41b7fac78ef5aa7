/**
 * "Sudah saya periksa": in the sidebar an admin answers a finding with a short reason; the finding stays
 * listed, the post is logged with the reason, counts as compliant in the log and the weekly files, and the
 * recap shows KPU Kabupaten the reason.
 */
import { readFile } from 'node:fs/promises';
import { read, utils } from '@e965/xlsx';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { weekOf } from '@/lib/report/weeks';
import { weeklyReportSchema } from '@/lib/schemas/report';
import { PPK_PROFILE } from '../unit/helpers';
import { clearPosts, launchWithExtension, loggedPosts, seedStorage, type ExtensionSession } from './browser';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await session.context.route(/^https?:\/\//, (route) => route.abort());
  // Practice posts count in reports here, so the whole path runs without the sites.
  await seedStorage(session, {
    profile: PPK_PROFILE,
    settings: { language: 'id', simulatedDate: '2024-10-01', includePracticeInReports: true },
  });
  await clearPosts(session);
});

afterAll(async () => {
  await session?.close();
});

const REASON = 'Contoh surat suara untuk simulasi KPPS, bukan ajakan.';
const TAGS = '#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri';

async function downloadOf(page: Page, button: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFile((await download.path()) as string);
}

test('a finding answered in the sidebar reaches the log, the weekly files and the recap', async () => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/practice.html`);
  await page.getByRole('textbox', { name: 'Apa yang Anda pikirkan, PPK Tahunan?' }).click();
  await page.keyboard.type(
    `Simulasi KPPS memakai contoh surat suara bertuliskan "coblos nomor 2" untuk latihan. ${TAGS}`,
  );

  const sidebar = page.getByRole('complementary', { name: 'Pandu' });
  const finding = sidebar.getByRole('listitem').filter({ hasText: 'mengajak memilih satu peserta' });
  await finding.getByRole('button', { name: 'Sudah saya periksa' }).click();
  // An empty reason is refused with a message; nothing is marked.
  await finding.getByRole('button', { name: 'Simpan alasan' }).click();
  await finding.getByRole('alert').getByText('Tulis alasan singkat dulu.').waitFor();
  await finding.getByLabel('Alasan singkat').fill(REASON);
  await finding.getByRole('button', { name: 'Simpan alasan' }).click();
  // The finding stays listed, with the answer under it.
  await finding.getByText(`Sudah diperiksa: ${REASON}`).waitFor();
  await finding.getByText(/Galat:/).waitFor();

  await page.getByRole('button', { name: 'Posting' }).click();
  await expect.poll(() => loggedPosts(session).then((posts) => posts.length)).toBe(1);
  const [logged] = await loggedPosts(session);
  expect(logged).toMatchObject({
    findings: { errors: 1 },
    reviews: [
      { rule: 'neutrality-campaigning', subject: 'coblos nomor 2', severity: 'error', count: 1, reason: REASON },
    ],
  });

  const log = await session.context.newPage();
  await log.goto(`chrome-extension://${session.extensionId}/log.html`);
  const week = weekOf(new Date(), 'Asia/Jakarta');
  await log.getByLabel('Minggu', { exact: true }).fill(week.label);
  const row = log.getByRole('table').getByRole('row').filter({ hasText: 'Simulasi KPPS' });
  await row.getByText('Sesuai pedoman (temuan diperiksa: 1)').waitFor();
  // The report's week is the last complete one by default: this test reports this week.
  await log.getByLabel('Minggu laporan').fill(week.label);

  const report = weeklyReportSchema.parse(JSON.parse((await downloadOf(log, 'Ekspor JSON')).toString('utf8')));
  expect(report.posts[0]).toMatchObject({
    compliant: true,
    errors: 1,
    reviews: [{ rule: 'neutrality-campaigning', subject: 'coblos nomor 2', reason: REASON }],
  });
  const book = read(await downloadOf(log, 'Ekspor XLSX'));
  const rows = utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Postingan!);
  expect(rows[0]).toMatchObject({
    'Sesuai pedoman': 'Ya',
    'Temuan yang diperiksa admin': `Ajakan memilih satu peserta: ${REASON}`,
  });

  // Withdrawn in the log, the post is not compliant any more; answered again, it is.
  await row.getByText('Temuan pemeriksa dan alasan Anda').click();
  await row.getByRole('button', { name: 'Tarik kembali' }).click();
  await row.getByText('Tidak sesuai (1 galat)').waitFor();
  await row.getByRole('button', { name: 'Sudah saya periksa' }).click();
  await row.getByLabel('Alasan singkat').fill(REASON);
  await row.getByRole('button', { name: 'Simpan alasan' }).click();
  await row.getByText('Sesuai pedoman (temuan diperiksa: 1)').waitFor();

  const json = await downloadOf(log, 'Ekspor JSON');
  const recap = await session.context.newPage();
  await recap.goto(`chrome-extension://${session.extensionId}/recap.html`);
  await recap
    .getByLabel('Laporan PPK/PPS (JSON)')
    .setInputFiles({ name: 'laporan.json', mimeType: 'application/json', buffer: json });
  const reasons = recap.getByRole('region', { name: 'Temuan yang dijawab admin' });
  const reasonRow = reasons.getByRole('row').filter({ hasText: REASON });
  await reasonRow.waitFor();
  expect(await reasonRow.getByRole('cell').first().innerText()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await reasonRow.getByText('Ajakan memilih satu peserta').waitFor();
});
