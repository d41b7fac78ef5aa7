/**
 * Nothing breaks Pandu: a template pack with Markdown nested thousands of levels deep (which once overflowed
 * the background's stack on every load, so that no page, sidebar or log worked) is refused at import, and,
 * already stored by an older Pandu, is skipped and named while every page and the sidebar keep working. What
 * the host page can see of the sidebar is what README says, and none of it comes from the log or settings.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtInData } from '@/lib/workspace/defaults';
import type { TemplatePack } from '@/lib/schemas';
import { PPK_PROFILE, samplePost } from '../unit/helpers';
import { launchWithExtension, loggedPosts, seedStorage, type ExtensionSession } from './browser';
import { routeFixtureSites } from './fixtures/server';

let session: ExtensionSession;

const SETTINGS = { language: 'id', simulatedDate: '2024-07-04' };
const NESTED_TITLE = 'Templat bersarang';

/** The built-in pack with one more template whose body nests 5,000 blockquotes (5 kB, schema-valid). */
function nestedPack(): TemplatePack {
  const pack = structuredClone(builtInData().pack);
  pack.version = '2024.666';
  const coklit = pack.templates.find((template) => template.id === 'coklit-sisa-hari')!;
  pack.templates.push({ ...coklit, id: 'bersarang', title: NESTED_TITLE, body: `${'>'.repeat(5000)} a` });
  return pack;
}

/** Every extension page and the heading that shows it loaded. */
const PAGES: [string, string][] = [
  ['options.html', 'Pengaturan Pandu'],
  ['popup.html', 'Pandu'],
  ['practice.html', 'Latihan menulis postingan'],
  ['log.html', 'Catatan posting'],
  ['report.html?week=2024-W27', 'Laporan mingguan media sosial'],
  ['recap.html', 'Rekap kabupaten'],
  ['author.html', 'Susun paket templat, aturan, dan kalender'],
  ['drafts.html', 'Draf saya'],
];

async function openPage(path: string, heading: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
  expect(await page.getByText('Pandu tidak bisa dimuat').count()).toBe(0);
  return page;
}

/** The sidebar opens beside the Facebook composer and suggests the coklit templates. */
async function sidebarWorks(): Promise<Page> {
  const facebook = await session.context.newPage();
  await facebook.goto('https://www.facebook.com/');
  await facebook.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
  const sidebar = facebook.getByRole('complementary', { name: 'Pandu' });
  await sidebar.getByRole('listitem').filter({ hasText: 'Pantarlih datang ke rumah' }).waitFor();
  expect(await sidebar.getByText(NESTED_TITLE).count()).toBe(0);
  return facebook;
}

beforeAll(async () => {
  session = await launchWithExtension();
  await routeFixtureSites(session.context);
});

afterAll(async () => {
  await session?.close();
});

test('a pack nested 5,000 levels deep is refused at import, naming the template; every page still works', async () => {
  await seedStorage(session, { profile: PPK_PROFILE, settings: SETTINGS });
  const options = await openPage('options.html', 'Pengaturan Pandu');
  await options.getByRole('heading', { name: 'Data dari KPU Kabupaten' }).waitFor();
  await options.getByLabel('Impor paket').setInputFiles({
    name: 'paket-bersarang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(nestedPack())),
  });
  await options.getByText('Berkas "paket-bersarang.json" tidak dipakai; tidak ada yang berubah:').waitFor();
  await options
    .getByText(
      `templates[${builtInData().pack.templates.length}].body: templat 'bersarang' ("${NESTED_TITLE}"): Markdown bersarang 5.000 tingkat; paling banyak 12`,
    )
    .waitFor();
  expect(await options.getByRole('button', { name: 'Ganti dengan berkas ini' }).count()).toBe(0);
  await options.close();

  for (const [path, heading] of PAGES) await (await openPage(path, heading)).close();
  await (await sidebarWorks()).close();
});

test('the same pack already stored is skipped by name on every page; the rest of it is used; reset brings back the built-in pack', async () => {
  await seedStorage(session, { profile: PPK_PROFILE, settings: SETTINGS, pack: nestedPack() });
  const notice = `Templat ini dilewati karena tidak sah; templat lain dari paket tetap dipakai: 'bersarang' (${NESTED_TITLE}).`;
  for (const [path, heading] of PAGES) {
    const page = await openPage(path, heading);
    await page.getByText(notice).waitFor();
    await page.close();
  }
  // The sidebar still works, with the rest of the stored pack.
  await (await sidebarWorks()).close();

  const options = await openPage('options.html', 'Pengaturan Pandu');
  await options.getByText('versi 2024.666 (diimpor)', { exact: false }).waitFor();
  await options.getByRole('button', { name: 'Kembalikan bawaan: Paket templat' }).first().click();
  await expect.poll(() => options.getByText(notice).count()).toBe(0);
  await options.getByText('versi 2024.1', { exact: false }).first().waitFor();
  await options.close();
});

test('stored data that cannot be read at all falls back to the built-in data, and every page says so', async () => {
  await seedStorage(session, {
    profile: PPK_PROFILE,
    settings: SETTINGS,
    calendar: { schemaVersion: 1, id: 'rusak', stages: 'bukan daftar' },
  });
  const notice = 'Kalender tahapan: berkas yang tersimpan tidak bisa dibaca, jadi Pandu memakai yang bawaan.';
  for (const [path, heading] of PAGES) {
    const page = await openPage(path, heading);
    await page.getByText(notice, { exact: false }).waitFor();
    await page.close();
  }
  await (await sidebarWorks()).close();
});

test('the host page sees of the sidebar what README says, and nothing from the log or settings', async () => {
  const secretText = 'Catatan rahasia dari log: nomor rekening 1234';
  const address = 'https://kab-jepara.kpu.go.id/rahasia/paket.json';
  await seedStorage(session, {
    profile: PPK_PROFILE,
    settings: SETTINGS,
    packSubscription: { url: address, autoRefresh: false, lastChecked: new Date().toISOString() },
  });
  // A post in the log, with a note, as the log page would keep it (the page creates the database first).
  await (await openPage('log.html', 'Catatan posting')).close();
  await session.serviceWorker.evaluate(
    (post) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('pandu');
        request.onsuccess = () => {
          try {
            const transaction = request.result.transaction('posts', 'readwrite');
            transaction.objectStore('posts').put(post);
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
        request.onerror = () => reject(request.error);
      }),
    samplePost({ id: 'post-secret-0001', text: secretText, notes: secretText, createdAt: Date.now() }),
  );
  expect((await loggedPosts(session)).map((post) => post.id)).toContain('post-secret-0001');

  const facebook = await sidebarWorks();
  // What the page's own scripts can do: listen in the capture phase, and read the open shadow root.
  await facebook.evaluate(() => {
    const seen: { capture: string[]; bubble: string[]; target: string[] } = { capture: [], bubble: [], target: [] };
    (window as Window & { seen?: typeof seen }).seen = seen;
    window.addEventListener(
      'keydown',
      (event) => {
        seen.capture.push(event.key);
        seen.target.push((event.target as Element).localName);
      },
      true,
    );
    window.addEventListener('keydown', (event) => seen.bubble.push(event.key));
  });
  const collapse = facebook.getByRole('button', { name: 'Ciutkan Pandu' });
  await collapse.focus();
  await facebook.keyboard.press('j');
  const seen = await facebook.evaluate(
    () => (window as Window & { seen?: { capture: string[]; bubble: string[]; target: string[] } }).seen,
  );
  // Pandu's window capture listener stops the key before listeners the page adds later, in either phase.
  expect(seen).toEqual({ capture: [], bubble: [], target: [] });

  const readable = await facebook.evaluate(
    () => document.querySelector('pandu-sidebar')?.shadowRoot?.textContent ?? '',
  );
  expect(readable).toContain('Pantarlih datang ke rumah');
  for (const secret of [secretText, address, 'rahasia']) expect(readable).not.toContain(secret);
  await facebook.close();
});
