import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type * as ExtensionPage from './extension.page';
import type * as FixtureSitePage from './fixture-site.page';
import { inPage } from './in-page';

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

/** Pandu's storage and post log, from inside its own origin (tests/e2e/extension.page.ts). */
export const inExtension = inPage<typeof ExtensionPage>(resolve(import.meta.dirname, 'extension.page.ts'));

/** What the fixture sites' own script offers, on one of their pages (tests/e2e/fixture-site.page.ts). */
export const onFixtureSite = inPage<typeof FixtureSitePage>(resolve(import.meta.dirname, 'fixture-site.page.ts'));

/** For `waitForFunction`: the fixture site's script has loaded (an expression, as tests/e2e/in-page.ts says why). */
export const FIXTURE_READY = "'panduFixture' in window";

/** Writes the extension's storage (profile, settings) from its service worker, before pages load. */
export async function seedStorage(session: ExtensionSession, values: Record<string, unknown>): Promise<void> {
  await inExtension(session.serviceWorker, 'replaceStorage', values);
}

/** Every post in the extension's own IndexedDB, read from its service worker (the database's origin). */
export async function loggedPosts(session: ExtensionSession): Promise<Record<string, unknown>[]> {
  return inExtension(session.serviceWorker, 'readPosts', false);
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
    await inExtension(page, 'putPosts', posts);
  } finally {
    await page.close();
  }
}

/** Empties the post log between tests. */
export async function clearPosts(session: ExtensionSession): Promise<void> {
  await inExtension(session.serviceWorker, 'readPosts', true);
}
