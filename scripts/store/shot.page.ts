/** Runs in the pages the store screenshots are taken of, sent there by tests/e2e/in-page.ts. */

/** Resolves once the page has rendered its next frame, and a little after. */
export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));

/** Scrolls the page by `pixels` (instantly, whatever the page's scroll-behavior). */
export function scrollDown(pixels: number): void {
  window.scrollBy({ top: pixels, behavior: 'instant' });
}
