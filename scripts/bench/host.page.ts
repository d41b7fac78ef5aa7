/**
 * Runs in the benchmark's pages (the fixture sites, Pandu's settings page), sent there by
 * tests/e2e/in-page.ts: timings taken inside the page, so the automation protocol's own delays are not counted.
 */

/** Milliseconds from the Create post dialog entering the DOM to Pandu's sidebar being in its shadow root. */
export function timeToSidebar(): Promise<number> {
  return new Promise<number>((resolve) => {
    document.querySelector('[data-fixture-overlay]')?.remove();
    const start = performance.now();
    const found = () => document.querySelector('pandu-sidebar')?.shadowRoot?.querySelector('aside[aria-label="Pandu"]');
    const poll = () => (found() ? resolve(performance.now() - start) : requestAnimationFrame(poll));
    window.panduFixture.openComposer();
    poll();
  });
}

/**
 * Milliseconds from the sidebar's character counter changing (it takes the new text once typing pauses) to
 * its findings changing: started before the text is typed.
 */
export function counterToFindings(): Promise<number> {
  return new Promise<number>((resolve) => {
    const root = document.querySelector('pandu-sidebar')?.shadowRoot;
    const section = root?.querySelector('.pandu-counter')?.parentElement;
    if (!root || !section) throw new Error('no sidebar checks section');
    const counter = () => section.querySelector('.pandu-counter')?.textContent;
    const findings = () =>
      [...section.children]
        .slice(2)
        .map((element) => element.outerHTML)
        .join('');
    const [counterBefore, findingsBefore] = [counter(), findings()];
    let counted = 0;
    const observer = new MutationObserver(() => {
      if (!counted && counter() !== counterBefore) counted = performance.now();
      if (counted && findings() !== findingsBefore) {
        observer.disconnect();
        resolve(performance.now() - counted);
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** The page's mark, on its window (read when called: a page module does nothing as it loads). */
const marks = () => window as unknown as { panduMark?: number };

/** From now on, every `type` event anywhere in the page (capture phase) sets the mark to its time. */
export function markEach(type: 'change' | 'click'): void {
  document.addEventListener(type, () => (marks().panduMark = performance.now()), true);
}

/** Milliseconds since the last mark. */
export const sinceMark = (): number => performance.now() - (marks().panduMark ?? 0);
