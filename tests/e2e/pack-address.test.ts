/**
 * A pack KPU Kabupaten publishes at an https address: fetched, its differences shown and accepted; a day
 * later Pandu finds a changed pack there, the sidebar says so, and it is installed only once reviewed. Bad
 * addresses, unreachable sites and malformed packs are named and change nothing.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtInData } from '@/lib/workspace/defaults';
import type { TemplatePack } from '@/lib/schemas';
import { PPK_PROFILE } from '../unit/helpers';
import { launchWithExtension, seedStorage, type ExtensionSession } from './browser';
import { routeFixtureSites } from './fixtures/server';

const ADDRESS = 'https://kab-jepara.kpu.go.id/pandu/paket.json';

let session: ExtensionSession;
/** What KPU Kabupaten's server answers: a pack, other text, or no answer at all. */
let served: TemplatePack | string | 'unreachable' = 'unreachable';

beforeAll(async () => {
  session = await launchWithExtension();
  await routeFixtureSites(session.context);
  // Registered last, so it answers first for KPU Kabupaten's site.
  await session.context.route('https://kab-jepara.kpu.go.id/**', (route) =>
    served === 'unreachable'
      ? route.abort('connectionrefused')
      : route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: typeof served === 'string' ? served : JSON.stringify(served),
        }),
  );
  await seedStorage(session, { profile: PPK_PROFILE, settings: { language: 'id', simulatedDate: '2024-07-04' } });
});

afterAll(async () => {
  await session?.close();
});

function packVersion(version: string, coklitTitle: string): TemplatePack {
  const pack = structuredClone(builtInData().pack);
  pack.issuer = 'KPU Kabupaten Jepara';
  pack.version = version;
  pack.templates.find((template) => template.id === 'coklit-sisa-hari')!.title = coklitTitle;
  return pack;
}

const options = async (): Promise<Page> => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Data dari KPU Kabupaten' }).waitFor();
  return page;
};

/** As if the last look at the address was two days ago. */
const lastCheckedTwoDaysAgo = () =>
  session.serviceWorker.evaluate(async () => {
    type Local = {
      get(key: string): Promise<Record<string, { lastChecked: string }>>;
      set(items: object): Promise<void>;
    };
    const { local } = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage;
    const { packSubscription } = await local.get('packSubscription');
    const lastChecked = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
    await local.set({ packSubscription: { ...packSubscription, lastChecked } });
  });

test('an address that is not https is refused; an unreachable site offers to ask for access to it', async () => {
  const page = await options();
  await page.getByLabel('Alamat paket (https)').fill('http://kab-jepara.kpu.go.id/pandu/paket.json');
  await page.getByRole('button', { name: 'Ambil paket dari alamat' }).click();
  await page
    .getByRole('alert')
    .getByText(/^Alamat paket harus lengkap dan diawali https:\/\//)
    .waitFor();

  served = 'unreachable';
  await page.getByLabel('Alamat paket (https)').fill(ADDRESS);
  await page.getByRole('button', { name: 'Ambil paket dari alamat' }).click();
  await page.getByRole('alert').getByText(`Tidak bisa membaca ${ADDRESS}:`, { exact: false }).waitFor();
  // The browser's own prompt follows a click on this button (headless Chromium leaves it unanswered).
  await page.getByRole('button', { name: 'Izinkan Pandu membaca dari kab-jepara.kpu.go.id' }).waitFor();
  await page.getByText('Pandu (paket bawaan), versi 2024.1').waitFor();
  await page.close();
});

test('fetched, reviewed, accepted; a day later a changed pack waits for review, announced in the sidebar', async () => {
  served = packVersion('2024.2', 'Coklit segera berakhir');
  const page = await options();
  await page.getByLabel('Alamat paket (https)').fill(ADDRESS);
  await page.getByRole('button', { name: 'Ambil paket dari alamat' }).click();
  const pending = page.getByRole('region', { name: ADDRESS });
  await pending.getByText('Diubah (1): Coklit segera berakhir').waitFor();
  await pending.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
  await page.getByText('Berkas dipasang.').waitFor();
  await page.getByText(`Paket diambil dari ${ADDRESS}. Terakhir diperiksa:`, { exact: false }).waitFor();
  expect(await page.getByRole('checkbox', { name: 'Periksa alamat ini sekali sehari' }).isChecked()).toBe(true);

  // KPU Kabupaten publishes a new version; Pandu looks again once a day has passed.
  served = packVersion('2024.3', 'Coklit: hari-hari terakhir');
  await lastCheckedTwoDaysAgo();
  const facebook = await session.context.newPage();
  await facebook.goto('https://www.facebook.com/');
  await facebook.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
  const sidebar = facebook.getByRole('complementary', { name: 'Pandu' });
  await sidebar
    .getByText(
      'Ada paket templat baru dari KPU Kabupaten Jepara (versi 2024.3). Tinjau perubahannya di pengaturan sebelum dipakai.',
    )
    .waitFor();
  // Not installed before the admin has seen it.
  await sidebar.getByRole('listitem').filter({ hasText: 'Coklit segera berakhir' }).waitFor();

  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.getByText(/^Ada paket templat baru dari KPU Kabupaten Jepara \(versi 2024\.3\)/).waitFor();
  await popup.close();

  // From the sidebar to the settings: the browser opens them, or brings back the tab setup opened in.
  await page.close();
  await sidebar.getByRole('button', { name: 'Tinjau paket baru' }).click();
  const optionsTab = () => session.context.pages().find((tab) => tab.url().includes('/options.html'));
  await expect.poll(optionsTab).toBeTruthy();
  const settings = optionsTab()!;
  await settings.getByRole('link', { name: 'Tinjau paket baru' }).click();
  await settings.getByText('Paket baru di alamat itu: KPU Kabupaten Jepara, versi 2024.3. Belum dipasang.').waitFor();
  await settings.getByRole('button', { name: 'Tinjau perubahan' }).click();
  const review = settings.getByRole('region', { name: ADDRESS });
  await review.getByText('Diubah (1): Coklit: hari-hari terakhir').waitFor();
  await review.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
  await settings.getByText('Berkas dipasang.').waitFor();

  await sidebar.getByRole('listitem').filter({ hasText: 'Coklit: hari-hari terakhir' }).waitFor();
  await expect.poll(() => sidebar.getByText(/Ada paket templat baru/).count()).toBe(0);
  await facebook.close();
  await settings.close();
});

test('a malformed pack at the address lists its problems and leaves the installed pack', async () => {
  const broken = packVersion('2024.4', 'Rusak') as unknown as { templates: { stages: string[] }[] };
  broken.templates[3]!.stages = ['kampanye2'];
  served = JSON.stringify(broken);
  const page = await options();
  // The address is remembered.
  await expect.poll(() => page.getByLabel('Alamat paket (https)').inputValue()).toBe(ADDRESS);
  await page.getByRole('button', { name: 'Ambil paket dari alamat' }).click();
  await page.getByText(`Berkas "${ADDRESS}" tidak dipakai; tidak ada yang berubah:`).waitFor();
  await page.getByText("templates[3].stages: tahapan 'kampanye2' tidak dikenal").waitFor();
  await page.getByText(/KPU Kabupaten Jepara, versi 2024\.3 \(diimpor\)/).waitFor();

  await page.getByRole('button', { name: 'Lupakan alamat ini' }).click();
  await expect.poll(() => page.getByText(/Paket diambil dari/).count()).toBe(0);
  await page.close();
});
