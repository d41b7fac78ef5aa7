/**
 * The sidebar never hides the site: at the screen sizes PPK/PPS admins have, the centre and corners of the
 * editor and every button of the composer stay hit-testable (`document.elementFromPoint` finds them, not
 * Pandu), with the sidebar as it first appears and with its panel open.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openInstagramCaption, sidebarOf, withPanduOnTheSites } from './composers';

const session = withPanduOnTheSites();

const SIZES = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const;

const COMPOSERS = [
  {
    name: 'Facebook’s Create post dialog',
    url: 'https://www.facebook.com/?locale=id_ID',
    open: (page: Page) => page.getByRole('button', { name: 'Apa yang Anda pikirkan, Dewi?' }).click(),
    container: '[role="dialog"]',
  },
  {
    name: 'a Facebook group’s inline composer',
    url: 'https://www.facebook.com/groups/pps-se-tahunan?flow=inline&locale=id_ID',
    open: (page: Page) => page.getByRole('button', { name: 'Tulis sesuatu…' }).click(),
    container: '.inline-composer',
  },
  {
    name: 'Instagram’s caption step',
    url: 'https://www.instagram.com/?hl=id',
    open: (page: Page) => openInstagramCaption(page, 'id'),
    container: '[role="dialog"]',
  },
];

/**
 * Points that must reach the site: the editor's centre and corners (2 px in), each button's centre. Returns
 * the ones where something else (Pandu) is hit instead.
 */
function coveredPoints(page: Page, container: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const scope = document.querySelector(selector)!;
    const editor = scope.querySelector('[role="textbox"]')!;
    const covered: string[] = [];
    const check = (target: Element, x: number, y: number, what: string) => {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === target || target.contains(hit)))
        covered.push(`${what} at ${Math.round(x)},${Math.round(y)}: ${hit?.tagName}`);
    };
    const box = editor.getBoundingClientRect();
    const visibleBottom = Math.min(box.bottom, innerHeight) - 2;
    check(editor, box.left + box.width / 2, (box.top + visibleBottom) / 2, 'editor centre');
    for (const [x, y] of [
      [box.left + 2, box.top + 2],
      [box.right - 2, box.top + 2],
      [box.left + 2, visibleBottom],
      [box.right - 2, visibleBottom],
    ] as const)
      check(editor, x, y, 'editor corner');
    for (const button of scope.querySelectorAll('[role="button"], button, [role="switch"]')) {
      const rect = button.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      check(
        button,
        rect.left + rect.width / 2,
        rect.top + rect.height / 2,
        `button "${button.textContent?.trim() || button.getAttribute('aria-label')}"`,
      );
    }
    if (covered.length === 0 && scope.querySelectorAll('[role="button"]').length === 0)
      covered.push('no buttons found');
    return covered;
  }, container);
}

describe.each(SIZES)('at %i×%i', (width, height) => {
  for (const composer of COMPOSERS) {
    test(`${composer.name}: editor and buttons stay reachable, the sidebar on screen`, async () => {
      const page = await session().context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(composer.url);
      await composer.open(page);
      const sidebar = sidebarOf(page);
      await sidebar.waitFor();
      // Placed (positioned beside the composer) once the dialog has finished growing in, then checked.
      await expect.poll(() => sidebar.getAttribute('data-mode')).toMatch(/docked|compact/);
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState === 'finished'),
      );
      await expect.poll(() => coveredPoints(page, composer.container)).toEqual([]);
      const tab = sidebar.getByRole('button', { name: /Pandu$/ });
      if ((await tab.getAttribute('aria-expanded')) === 'false') await tab.click();
      await sidebar.locator('#pandu-panel').waitFor();
      await expect.poll(() => coveredPoints(page, composer.container)).toEqual([]);
      const box = (await sidebar.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y + Math.min(box.height, 220)).toBeLessThanOrEqual(height);
      await page.close();
    });
  }
});
