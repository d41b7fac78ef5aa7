import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** Flags for Debian's Chromium on a closed network, as root, with no GPU (README, "Notes for developers"). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}: install Debian's package (apt-get install -y chromium).`);
  return path;
}

export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension loaded in a fresh profile. */
export async function launchWithExtension(extensionPath = CHROME_BUILD): Promise<ExtensionSession> {
  if (!existsSync(join(extensionPath, 'manifest.json')))
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'pandu-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Writes the extension's storage (profile, settings) from its service worker, before pages load. */
export async function seedStorage(session: ExtensionSession, values: Record<string, unknown>): Promise<void> {
  await session.serviceWorker.evaluate(async (items) => {
    type LocalStorage = { clear(): Promise<void>; set(items: object): Promise<void> };
    const { local } = (globalThis as unknown as { chrome: { storage: { local: LocalStorage } } }).chrome.storage;
    await local.clear();
    await local.set(items);
  }, values);
}

/**
 * Every post in Pandu's IndexedDB, emptying the log first when `clear` is set. Runs inside the extension's
 * origin (its worker, or one of its pages in Chromium or Firefox), so it is self-contained: it is sent there
 * as source.
 */
export function readPanduPosts(clear: boolean): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('pandu');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('posts')) {
        db.close();
        resolve([]);
        return;
      }
      const transaction = db.transaction('posts', clear ? 'readwrite' : 'readonly');
      const store = transaction.objectStore('posts');
      if (clear) store.clear();
      const all = store.getAll();
      all.onerror = () => reject(all.error);
      transaction.oncomplete = () => {
        db.close();
        resolve(all.result as Record<string, unknown>[]);
      };
    };
  });
}

/** Every post in the extension's own IndexedDB, read from its service worker (the database's origin). */
export async function loggedPosts(session: ExtensionSession): Promise<Record<string, unknown>[]> {
  return session.serviceWorker.evaluate(readPanduPosts, false);
}

/**
 * Puts posts straight into the extension's post log, as if they had been logged on their own days (the
 * background's `logPost` takes only posts from the sites, timed now). The log page opens first, so Dexie
 * has created the database's current schema.
 */
export async function seedPosts(session: ExtensionSession, posts: readonly Record<string, unknown>[]): Promise<void> {
  // Written from the log page, which opens (and on a fresh profile creates) the database as it loads; the
  // page stays open until the posts are in, so an open from here that came first is upgraded by the page's.
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/log.html`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.evaluate(
      (records) =>
        new Promise<void>((resolve, reject) => {
          const deadline = Date.now() + 30_000;
          const attempt = () => {
            const request = indexedDB.open('pandu');
            request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
            request.onsuccess = () => {
              const db = request.result;
              if (!db.objectStoreNames.contains('posts')) {
                db.close();
                if (Date.now() > deadline) reject(new Error("Pandu's database has no 'posts' store"));
                else setTimeout(attempt, 200);
                return;
              }
              try {
                const transaction = db.transaction('posts', 'readwrite');
                for (const record of records) transaction.objectStore('posts').put(record);
                transaction.oncomplete = () => {
                  db.close();
                  resolve();
                };
                transaction.onerror = () => reject(transaction.error ?? new Error('seeding posts failed'));
                transaction.onabort = () => reject(transaction.error ?? new Error('seeding posts aborted'));
              } catch (error) {
                db.close();
                reject(error instanceof Error ? error : new Error(String(error)));
              }
            };
          };
          attempt();
        }),
      posts,
    );
  } finally {
    await page.close();
  }
}

/** Empties the post log between tests. */
export async function clearPosts(session: ExtensionSession): Promise<void> {
  await session.serviceWorker.evaluate(readPanduPosts, true);
}
