// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { facebook } from '@/lib/platforms/facebook';
import { ComposerWatcher } from '@/lib/platforms/watcher';

/** Lets the MutationObserver deliver its records (a microtask), under fake timers. */
const flush = () => Promise.resolve();

function composerDialog(): HTMLElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.innerHTML = '<div contenteditable="true" role="textbox" aria-label="What’s on your mind, Dewi?"></div>';
  return dialog;
}

describe('ComposerWatcher', () => {
  let events: string[];
  let watcher: ComposerWatcher;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div role="feed"></div>';
    // Each watcher writes to its own list, so a watcher left running by an earlier test would show.
    const log: string[] = [];
    events = log;
    watcher = new ComposerWatcher(facebook, document, {
      opened: (editor) => log.push(`opened ${editor.getAttribute('aria-label')}`),
      closed: () => log.push('closed'),
    });
    watcher.start();
  });

  afterEach(() => {
    watcher.stop();
    vi.useRealTimers();
  });

  test('a composer appearing after a click is found, and its closing is seen', async () => {
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const dialog = composerDialog();
    document.body.append(dialog);
    await flush();
    expect(events).toEqual(['opened What’s on your mind, Dewi?']);
    // Open composers keep the page observed beyond the armed window.
    vi.advanceTimersByTime(60_000);
    dialog.remove();
    await flush();
    expect(events).toEqual(['opened What’s on your mind, Dewi?', 'closed']);
  });

  test('with nobody acting, the feed’s mutations are not observed at all', async () => {
    vi.advanceTimersByTime(10_000);
    document.body.append(composerDialog());
    await flush();
    expect(events).toEqual([]);
    // Focus moving into it is an action: it is found at once.
    document
      .querySelector<HTMLElement>('[role="textbox"]')
      ?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(events).toEqual(['opened What’s on your mind, Dewi?']);
  });

  test('key presses keep the window open; it closes 5 s after the last one', async () => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    vi.advanceTimersByTime(4000);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    vi.advanceTimersByTime(4000);
    document.body.append(composerDialog());
    await flush();
    expect(events).toEqual(['opened What’s on your mind, Dewi?']);
    events.length = 0;
    document.querySelector('[role="dialog"]')?.remove();
    await flush();
    vi.advanceTimersByTime(6000);
    document.body.append(composerDialog());
    await flush();
    expect(events).toEqual(['closed']);
  });

  test('with a composer open and nobody acting, only the elements holding it are watched, not the feed', async () => {
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const layer = document.createElement('div');
    document.body.append(layer);
    const dialog = composerDialog();
    layer.append(dialog);
    await flush();
    vi.advanceTimersByTime(6000);
    // The feed churns, even with a textbox that would be a composer: not looked at.
    document.querySelector('[role="feed"]')!.append(composerDialog());
    await flush();
    expect(events).toEqual(['opened What’s on your mind, Dewi?']);
    // The composer's own holder taken away is seen at once.
    layer.remove();
    await flush();
    expect(events).toEqual(['opened What’s on your mind, Dewi?', 'closed']);
  });

  test('once stopped, it observes nothing, even right after an action with a composer open', async () => {
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.body.append(composerDialog());
    await flush();
    watcher.stop();
    expect(events).toEqual(['opened What’s on your mind, Dewi?', 'closed']);
    document.body.append(composerDialog());
    await flush();
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.body.append(composerDialog());
    await flush();
    expect(events).toEqual(['opened What’s on your mind, Dewi?', 'closed']);
  });
});
