/**
 * No post is lost between the page and the database. When the background cannot save (its storage fails,
 * or Chrome stops its worker in the middle of a save), the content script keeps the record in extension
 * storage, says the post is pending, and retries until it is saved, once.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PPK_PROFILE } from '../unit/helpers';
import { inExtension, launchWithExtension, seedStorage, type ExtensionSession } from './browser';
import { routeFixtureSites } from './fixtures/server';

let session: ExtensionSession;
/** An extension page: it reads the log and the extension's storage whether or not the worker runs. */
let extensionPage: Page;

beforeAll(async () => {
  session = await launchWithExtension();
  await routeFixtureSites(session.context);
  extensionPage = await session.context.newPage();
  await extensionPage.goto(`chrome-extension://${session.extensionId}/options.html`);
});

beforeEach(async () => {
  await seedStorage(session, { profile: PPK_PROFILE, settings: { language: 'id', simulatedDate: '2024-07-04' } });
});

afterAll(async () => {
  await session?.close();
});

async function loggedTexts(): Promise<string[]> {
  return (await inExtension(extensionPage, 'readPosts', false)).map((post) => String(post.text));
}

const outboxSize = () =>
  extensionPage.evaluate(async () => {
    type Local = { get(key: string): Promise<Record<string, object | undefined>> };
    const { local } = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage;
    return Object.keys((await local.get('outbox')).outbox ?? {}).length;
  });

async function publish(text: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto('https://www.facebook.com/');
  await page.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
  await page.getByRole('dialog').getByRole('textbox').click();
  await page.keyboard.type(text);
  await page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click();
  return page;
}

test('a write that fails leaves the post pending, said on the page; when writes work again it is saved once', async () => {
  await session.serviceWorker.evaluate(() => {
    const scope = globalThis as typeof globalThis & { failPostWrites?: boolean };
    scope.failPostWrites = true;
    // A full disk refuses every way of writing a record, whichever the store uses.
    for (const method of ['put', 'add'] as const) {
      const write = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (this.name === 'posts' && scope.failPostWrites)
          throw new DOMException('Simulated full disk', 'QuotaExceededError');
        return write.apply(this, args);
      };
    }
  });
  const page = await publish('Rapat pleno saat disk penuh');
  await page.getByText('Satu postingan belum masuk catatan').waitFor();
  await page.getByText('Penyimpanan perangkat penuh').waitFor();
  expect(await outboxSize()).toBe(1);
  expect(await loggedTexts()).toEqual([]);

  // A composer opened meanwhile says so too.
  await page.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
  await page.getByRole('complementary', { name: 'Pandu' }).getByText('Satu postingan belum masuk catatan').waitFor();

  await session.serviceWorker.evaluate(() => {
    (globalThis as typeof globalThis & { failPostWrites?: boolean }).failPostWrites = false;
  });
  await expect.poll(() => loggedTexts(), { timeout: 20_000 }).toEqual(['Rapat pleno saat disk penuh']);
  await expect.poll(() => outboxSize()).toBe(0);
  await expect.poll(() => page.getByText('Satu postingan belum masuk catatan').count()).toBe(0);
  await page.close();
});

test('the worker stopped in the middle of a save: the post goes in once the worker is back', async () => {
  // The save never finishes: the transaction is kept busy and the record never written.
  await session.serviceWorker.evaluate(() => {
    const neverFinish = function (this: IDBObjectStore) {
      const keepBusy = (store: IDBObjectStore) => {
        store.count().onsuccess = () => keepBusy(store);
      };
      keepBusy(this);
      return {} as IDBRequest<IDBValidKey>;
    };
    IDBObjectStore.prototype.put = neverFinish;
    IDBObjectStore.prototype.add = neverFinish;
  });
  const page = await publish('Pengumuman saat pekerja berhenti');
  await expect.poll(() => outboxSize()).toBe(1);
  const cdp = await session.context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // A fresh worker (without the stuck save) answers the retry.
  await expect.poll(() => loggedTexts(), { timeout: 20_000 }).toContain('Pengumuman saat pekerja berhenti');
  await expect.poll(() => outboxSize()).toBe(0);
  expect((await loggedTexts()).filter((text) => text === 'Pengumuman saat pekerja berhenti')).toHaveLength(1);
  await page.close();
});
