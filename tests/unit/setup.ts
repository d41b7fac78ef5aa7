// IndexedDB for Dexie in Node, and WXT's fake browser reset between tests.
import 'fake-indexeddb/auto';
import { afterAll, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// Preact's hooks run a render's effects after the next frame, or after 35 ms at the latest, by a timer that
// then calls cancelAnimationFrame. On a loaded machine that timer could fire after a jsdom file's window was
// gone ("ReferenceError: cancelAnimationFrame is not defined", an unhandled error that fails the run). Node
// fires timers in the order they fall due, so waiting on a later one, then on one more turn for the effects
// it schedules, keeps them inside the file.
afterAll(async () => {
  if (typeof window === 'undefined') return;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => setTimeout(resolve, 0));
});
