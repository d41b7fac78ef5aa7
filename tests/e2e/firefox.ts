/**
 * Debian's Firefox ESR driven over WebDriver BiDi with puppeteer-core, with Pandu's Firefox build installed
 * as a temporary add-on and the fixture sites served at their real addresses by request interception.
 * BiDi may not navigate to moz-extension: pages, so the extension's own tab (setup, which Pandu opens by
 * itself after install) is where its storage and database are read and written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { inExtension } from './browser';
import { fixtureResponse } from './fixtures/server';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path))
    throw new Error(`Firefox not found at ${path}: install Debian's package (apt-get install -y firefox-esr).`);
  return path;
}

export interface FirefoxSession {
  browser: Browser;
  /** Pandu's own tab (moz-extension:), for its storage and database. */
  extensionPage: Page;
  /** The lowest Firefox version the build's manifest admits. */
  strictMinVersion: string;
  newSitePage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  const manifestPath = resolve(FIREFOX_BUILD, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run "npm run build:firefox" first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings: { gecko: { strict_min_version: string } };
  };
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
  try {
    await browser.installExtension(FIREFOX_BUILD);
    let extensionPage: Page | undefined;
    for (const deadline = Date.now() + 30_000; !extensionPage && Date.now() < deadline;) {
      for (const page of await browser.pages()) {
        const href = String(await page.evaluate('location.href').catch(() => ''));
        if (href.startsWith('moz-extension:')) extensionPage = page;
      }
      if (!extensionPage) await new Promise((done) => setTimeout(done, 100));
    }
    if (!extensionPage) throw new Error('Pandu did not open its setup tab after install');
    return {
      browser,
      extensionPage,
      strictMinVersion: manifest.browser_specific_settings.gecko.strict_min_version,
      async newSitePage() {
        const page = await browser.newPage();
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const answer = fixtureResponse(new URL(request.url()), request.isNavigationRequest());
          void request.respond({ status: answer.status, contentType: answer.contentType, body: answer.body });
        });
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Replaces the extension's storage (profile, settings), from its own tab. */
export async function seedFirefoxStorage(session: FirefoxSession, values: Record<string, unknown>): Promise<void> {
  await inExtension(session.extensionPage, 'replaceStorage', values);
}

/** Every post in the extension's IndexedDB, read from its own tab; `clear` empties the log first. */
export async function firefoxPosts(session: FirefoxSession, clear = false): Promise<Record<string, unknown>[]> {
  return inExtension(session.extensionPage, 'readPosts', clear);
}
