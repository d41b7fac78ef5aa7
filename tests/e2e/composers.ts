/**
 * How an admin opens and publishes each composer on the fixture sites, shared by the end-to-end tests. The
 * words are the sites' (tests/e2e/fixtures/pages.ts), found by role and name as a person would.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { resolveNow, StageClock } from '@/lib/calendar';
import { builtInData } from '@/lib/workspace/defaults';
import { markdownToPlainText } from '@/lib/templates/markdown';
import type { Platform } from '@/lib/platforms/platform';
import type { Profile } from '@/lib/schemas';
import { fillTemplate } from '@/lib/templates';
import { PPK_PROFILE } from '../unit/helpers';
import { launchWithExtension, onFixtureSite, seedStorage, type ExtensionSession } from './browser';
import type { FixtureLanguage } from './fixtures/pages';
import { routeFixtureSites } from './fixtures/server';

const INSTAGRAM = {
  en: {
    create: 'New post',
    select: 'Select from computer',
    next: 'Next',
    share: 'Share',
    shared: 'Your post has been shared.',
  },
  id: {
    create: 'Postingan baru',
    select: 'Pilih dari komputer',
    next: 'Berikutnya',
    share: 'Bagikan',
    shared: 'Postingan Anda telah dibagikan.',
  },
} as const;

/** Instagram's "Create new post" from the sidebar link through media, crop and edit to the caption step. */
export async function openInstagramCaption(page: Page, language: FixtureLanguage): Promise<void> {
  const words = INSTAGRAM[language];
  await page.getByRole('link', { name: words.create }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: words.select }).click();
  await dialog.getByRole('button', { name: words.next, exact: true }).click();
  await dialog.getByRole('button', { name: words.next, exact: true }).click();
  await dialog.getByRole('textbox').waitFor();
}

/** Share, then the confirmation Instagram shows. */
export async function shareOnInstagram(page: Page, language: FixtureLanguage): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: INSTAGRAM[language].share, exact: true }).click();
  await page.getByText(INSTAGRAM[language].shared).waitFor();
}

/** Pandu's sidebar, found as assistive technology finds it. */
export const sidebarOf = (page: Page) => page.getByRole('complementary', { name: 'Pandu' });

/** The text of the open composer, from Lexical's own editor state. */
export const composerText = (page: Page) => onFixtureSite(page, 'composerText');

/**
 * Waits for the sidebar and opens its panel when it came as a tab (its compact form, where no side of the
 * composer has room).
 */
export async function showSidebar(page: Page): Promise<void> {
  const sidebar = sidebarOf(page);
  await sidebar.waitFor();
  const tab = sidebar.getByRole('button', { name: /^(Buka|Open) Pandu$/ });
  if ((await tab.count()) > 0) await tab.click();
  await sidebar.locator('#pandu-panel').waitFor();
}

/** The text an insert must leave: the built-in template filled as the sidebar fills it, as plain text. */
export function expectedTemplateText(templateId: string, platform: Platform, profile: Profile, day: string): string {
  const { calendar, rules, pack } = builtInData();
  const template = pack.templates.find((entry) => entry.id === templateId);
  if (!template) throw new Error(`No built-in template "${templateId}"`);
  const filled = fillTemplate(template, {
    profile,
    platform,
    now: resolveNow(day, 'Asia/Jakarta'),
    clock: new StageClock(calendar),
    rules,
  });
  return markdownToPlainText(filled.text);
}

/**
 * For a test file: Chromium with Pandu, the fixture sites routed, the PPK profile set up in Indonesian on a
 * coklit day; closed after the file. Returns the session's getter (it exists once `beforeAll` ran).
 */
export function withPanduOnTheSites(): () => ExtensionSession {
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    session = await launchWithExtension();
    await routeFixtureSites(session.context);
    await seedStorage(session, { profile: PPK_PROFILE, settings: { language: 'id', simulatedDate: '2024-07-04' } });
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('The browser has not started yet');
    return session;
  };
}
