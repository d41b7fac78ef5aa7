/**
 * Keyboard access from inside the sites' modal composers, whose focus trap pulls focus back into the dialog,
 * wraps Tab inside it, closes on Escape, and marks everything else aria-hidden and inert: Alt+Shift+P moves
 * focus to the sidebar's first control, Tab moves on inside the sidebar, and Escape returns to the
 * composer with the caret where it was (the next keys typed land there, in Lexical's state).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { composerText, openInstagramCaption, sidebarOf, withPanduOnTheSites } from './composers';

const session = withPanduOnTheSites();

/** What has focus: the host page's element, or inside Pandu's shadow root, the control's name. */
function focused(page: Page): Promise<{ inSidebar: boolean; name: string }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.tagName === 'PANDU-SIDEBAR') {
      const inner = active.shadowRoot?.activeElement;
      return { inSidebar: true, name: inner?.textContent?.trim() ?? '' };
    }
    return { inSidebar: false, name: active?.getAttribute('role') ?? active?.tagName ?? '' };
  });
}

describe.each([
  {
    name: 'Facebook’s dialog (sidebar docked, open)',
    size: { width: 1366, height: 768 },
    url: 'https://www.facebook.com/?locale=id_ID',
    open: (page: Page) => page.getByRole('button', { name: 'Apa yang Anda pikirkan, Dewi?' }).click(),
    first: 'Ciutkan Pandu',
  },
  {
    name: 'Instagram’s caption step (sidebar compact, a tab)',
    size: { width: 1366, height: 768 },
    url: 'https://www.instagram.com/?hl=id',
    open: (page: Page) => openInstagramCaption(page, 'id'),
    first: 'Buka Pandu',
  },
])('$name', ({ size, url, open, first }) => {
  test('Alt+Shift+P reaches the sidebar inside the focus trap; Escape returns to the caret', async () => {
    const page = await session().context.newPage();
    await page.setViewportSize(size);
    await page.goto(url);
    await open(page);
    const sidebar = sidebarOf(page);
    await sidebar.waitFor();
    const textbox = page.getByRole('dialog').getByRole('textbox');
    await textbox.click();
    await page.keyboard.type('Satu dua');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    // The checks for the typed text have come from the background: the panel holds still while Tab moves.
    const checksSettled = async () => {
      await expect.poll(() => sidebar.locator('.pandu-counter').textContent()).toMatch(/\b8\b/);
      await expect.poll(() => sidebar.locator('section[aria-busy="true"]').count()).toBe(0);
    };
    if (first !== 'Buka Pandu') await checksSettled();
    // The trap has marked everything outside its dialog: the sidebar stays reachable all the same.
    await expect.poll(() => page.locator('pandu-sidebar').getAttribute('aria-hidden')).toBeNull();
    expect(await page.locator('pandu-sidebar').getAttribute('inert')).toBeNull();

    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => focused(page)).toEqual({ inSidebar: true, name: first });
    // Tab moves on inside the sidebar; the site's trap does not pull focus back.
    if (first === 'Buka Pandu') {
      await page.keyboard.press('Enter');
      await sidebar.locator('#pandu-panel').waitFor();
      await checksSettled();
    }
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next.inSidebar).toBe(true);
    expect(next.name).not.toBe(first);
    expect(await page.getByRole('dialog').count()).toBe(1);

    // Escape: back in the composer (the dialog stays open), the caret where it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toEqual({ inSidebar: false, name: 'textbox' });
    expect(await page.getByRole('dialog').count()).toBe(1);
    await page.keyboard.type('X');
    await expect.poll(() => composerText(page)).toBe('Satu Xdua');
    await page.close();
  });

  test('the sidebar tells the shortcut', async () => {
    const page = await session().context.newPage();
    await page.setViewportSize(size);
    await page.goto(url);
    await open(page);
    const sidebar = sidebarOf(page);
    const tab = sidebar.getByRole('button', { name: /Pandu$/ });
    if ((await tab.getAttribute('aria-expanded')) === 'false') await tab.click();
    await sidebar.getByText('Alt+Shift+P: pindah ke Pandu dari mana saja. Esc: kembali ke postingan.').waitFor();
    await page.close();
  });
});
