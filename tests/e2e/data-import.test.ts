/**
 * KPU Kabupaten's files reaching a PPK: a changed pack shows its differences and, once accepted, the
 * sidebar suggests the new templates; a malformed pack is refused with its problems and nothing changes;
 * a pack exported by one Pandu imports into a fresh one unchanged.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtInData } from '@/lib/workspace/defaults';
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

const options = async (target: ExtensionSession = session): Promise<Page> => {
  const page = await target.context.newPage();
  await page.goto(`chrome-extension://${target.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Data dari KPU Kabupaten' }).waitFor();
  return page;
};

const file = (name: string, json: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
});

function changedPack() {
  const pack = structuredClone(builtInData().pack);
  pack.version = '2024.2';
  pack.approval = {
    approvedBy: 'Divisi Sosdiklih Parmas KPU Kabupaten Jepara',
    date: '2024-07-01',
    reference: '123/PP.01-SD/3320/2024',
  };
  const coklit = pack.templates.find((template) => template.id === 'coklit-sisa-hari')!;
  coklit.title = 'Coklit segera berakhir';
  pack.templates = pack.templates.filter((template) => template.id !== 'coklit-pantarlih-datang');
  pack.templates.push({
    ...coklit,
    id: 'coklit-stiker',
    title: 'Arti stiker coklit',
    body: 'Rumah yang sudah dicoklit ditempeli **stiker coklit** oleh Pantarlih.\n\n{{tagar}}',
  });
  return pack;
}

test('a malformed pack lists its problems and leaves everything as it was', async () => {
  const page = await options();
  const before = await page.getByText('Pandu (paket bawaan), versi 2024.1').textContent();
  const broken = structuredClone(builtInData().pack) as unknown as { templates: { stages: string[] }[] };
  broken.templates[3]!.stages = ['kampanye2'];
  await page.getByLabel('Impor paket').setInputFiles(file('paket-rusak.json', broken));
  await page.getByText('Berkas "paket-rusak.json" tidak dipakai; tidak ada yang berubah:').waitFor();
  await page.getByText("templates[3].stages: tahapan 'kampanye2' tidak dikenal").waitFor();
  await page.getByLabel('Impor paket').setInputFiles(file('bukan-json.json', '{"templates": ['));
  await page.getByText(/^\(berkas\): bukan JSON yang sah/).waitFor();
  expect(await page.getByText('Pandu (paket bawaan), versi 2024.1').textContent()).toBe(before);
  expect(before).toContain('(bawaan Pandu)');
  await page.close();
});

test('a changed pack shows its differences; once accepted the sidebar suggests the new templates', async () => {
  const page = await options();
  await page.getByLabel('Impor paket').setInputFiles(file('paket-jepara.json', changedPack()));
  const pending = page.getByRole('region', { name: 'paket-jepara.json' });
  await pending
    .getByText(
      'Berkas "paket-jepara.json": Pandu (paket bawaan), versi 2024.2. Disetujui oleh Divisi Sosdiklih Parmas KPU Kabupaten Jepara, 2024-07-01, nomor 123/PP.01-SD/3320/2024.',
    )
    .waitFor();
  await pending.getByText('Ditambahkan (1): Arti stiker coklit').waitFor();
  await pending.getByText('Diubah (1): Coklit segera berakhir').waitFor();
  await pending.getByText('Dihapus (1): Pantarlih datang ke rumah').waitFor();
  await pending.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
  await page.getByText('Berkas dipasang.').waitFor();
  await page.getByText(/versi 2024\.2 \(diimpor\)/).waitFor();

  const facebook = await session.context.newPage();
  await facebook.goto('https://www.facebook.com/');
  await facebook.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
  const sidebar = facebook.getByRole('complementary', { name: 'Pandu' });
  await sidebar.getByRole('listitem').filter({ hasText: 'Arti stiker coklit' }).waitFor();
  await sidebar.getByRole('listitem').filter({ hasText: 'Coklit segera berakhir' }).waitFor();
  expect(await sidebar.getByRole('listitem').filter({ hasText: 'Pantarlih datang ke rumah' }).count()).toBe(0);
  await facebook.close();
  await page.close();
});

test('a pack exported by one Pandu imports into a fresh one unchanged', async () => {
  const page = await options();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspor paket', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pandu-paket_pandu-bawaan-pilkada-2024_2024.2.json');
  const exported = await readFile((await download.path()) as string);
  await page.close();

  const fresh = await launchWithExtension();
  try {
    const target = await options(fresh);
    await target.getByLabel('Impor paket').setInputFiles(file('dari-pandu-lain.json', exported.toString('utf8')));
    await target.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
    await target.getByText('Berkas dipasang.').waitFor();
    const stored = await fresh.serviceWorker.evaluate(async () => {
      const storage = (
        globalThis as unknown as {
          chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage;
      return (await storage.local.get('pack')).pack;
    });
    expect(stored).toEqual(JSON.parse(exported.toString('utf8')));
    expect(stored).toEqual(changedPack());
  } finally {
    await fresh.close();
  }
});

test.each([
  { kind: 'calendar', exportButton: 'Ekspor kalender', importLabel: 'Impor kalender' },
  { kind: 'rules', exportButton: 'Ekspor aturan', importLabel: 'Impor aturan' },
])(
  'the $kind exported by one Pandu imports into a fresh one unchanged',
  async ({ kind, exportButton, importLabel }) => {
    const page = await options();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: exportButton, exact: true }).click(),
    ]);
    const exported = (await readFile((await download.path()) as string)).toString('utf8');
    await page.close();

    const fresh = await launchWithExtension();
    try {
      const target = await options(fresh);
      await target.getByLabel(importLabel).setInputFiles(file(download.suggestedFilename(), exported));
      await target.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
      await target.getByText('Berkas dipasang.').waitFor();
      const stored = await fresh.serviceWorker.evaluate(async (key) => {
        const storage = (
          globalThis as unknown as {
            chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage;
        return (await storage.local.get(key))[key];
      }, kind);
      expect(stored).toEqual(JSON.parse(exported));
    } finally {
      await fresh.close();
    }
  },
);
