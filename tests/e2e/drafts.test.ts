/**
 * An admin adapts an approved template: the copy is a draft, marked unapproved wherever it shows, listed
 * apart from the approved templates, and inserted like them.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PPK_PROFILE } from '../unit/helpers';
import { launchWithExtension, seedStorage, type ExtensionSession } from './browser';
import { routeFixtureSites } from './fixtures/server';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await routeFixtureSites(session.context);
  await seedStorage(session, { profile: PPK_PROFILE, settings: { language: 'id', simulatedDate: '2024-07-04' } });
});

afterAll(async () => {
  await session?.close();
});

test('a draft copied from an approved template is marked and listed apart in the sidebar', async () => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/drafts.html`);
  await page.getByText('Belum ada draf.').waitFor();
  await page.getByLabel('Templat yang disetujui').selectOption('coklit-sisa-hari');
  await page.getByRole('button', { name: 'Salin ke draf' }).click();
  const draft = page.getByRole('region', { name: 'Coklit tinggal beberapa hari (draf)' });
  await draft.getByText('DRAF — belum disetujui KPU').waitFor();
  await draft
    .getByLabel('Isi (Markdown, boleh memakai isian)')
    .fill('Warga Kecamatan {{kecamatan}}, coklit tinggal **{{sisa_hari}} hari**.\n\n{{tagar}}');

  const facebook = await session.context.newPage();
  await facebook.goto('https://www.facebook.com/');
  await facebook.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
  const sidebar = facebook.getByRole('complementary', { name: 'Pandu' });
  const drafts = sidebar.getByRole('region', { name: 'Draf saya (belum disetujui)' });
  const item = drafts.getByRole('listitem').filter({ hasText: 'Coklit tinggal beberapa hari (draf)' });
  await item.getByText('DRAF — belum disetujui KPU').waitFor();
  // Never among the approved templates.
  const approved = sidebar.getByRole('region', { name: 'Templat' });
  expect(await approved.getByText('(draf)').count()).toBe(0);
  await item.getByRole('button', { name: 'Sisipkan draf' }).click();
  await expect
    .poll(() => facebook.evaluate(() => window.panduFixture.composerText()))
    .toMatch(/^Warga Kecamatan Tahunan, coklit tinggal 21 hari\.\n\n#TemanPemilih /);
  await facebook.close();
  await page.close();
});
