// @vitest-environment jsdom
/**
 * The adapters and composer sessions on composers written apart from Pandu's fixtures (tests/unit/composer-corpus.ts):
 * each variant opens as the site would render it, plays the admin's steps, and must show the sidebar (or not) and
 * leave the log as stated. One test per variant, so a failure names the variant.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ComposerSessions } from '@/lib/content/composer-sessions';
import { facebook } from '@/lib/platforms/facebook';
import { instagram } from '@/lib/platforms/instagram';
import type { DetectedPost } from '@/lib/posts/schema';
import { FACEBOOK_VARIANTS, INSTAGRAM_VARIANTS, type Site, type Step, type Variant } from './composer-corpus';
import { testWorkspace } from './helpers';

const ADAPTERS = { facebook, instagram };

/** The pages around the composers: a search box, the main column with a feed story, a status region. */
const PAGES: Record<Site, string> = {
  facebook:
    '<div role="banner"><input type="search" aria-label="Search Facebook" /></div><div role="navigation" aria-label="Shortcuts"></div>' +
    '<div role="main"><div class="x1hc1fzr"><div data-slot></div><div role="feed"><div role="article">Cerita lain<div role="button" tabindex="0">Like</div></div></div></div></div>' +
    '<div role="status" aria-live="polite" data-toast></div>',
  instagram: '<div role="navigation"></div><main role="main"><div data-slot></div></main>',
};

const settle = () => vi.advanceTimersByTimeAsync(20);
const part = (name: string): HTMLElement => {
  const found = [...document.querySelectorAll<HTMLElement>(`[data-v="${name}"]`)].filter((e) => e.isConnected).at(-1);
  if (!found) throw new Error(`no part "${name}" on the page`);
  return found;
};
const innermost = (element: Element): Element => {
  let target = element;
  while (target.firstElementChild && target.firstElementChild.namespaceURI === element.namespaceURI)
    target = target.firstElementChild;
  return target;
};

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

async function play(variant: Variant): Promise<void> {
  vi.useFakeTimers();
  document.body.innerHTML = PAGES[variant.site];
  const detected: DetectedPost[] = [];
  let active: HTMLElement | null = null;
  const forged = new WeakSet<Event>();
  const sessions = new ComposerSessions(
    ADAPTERS[variant.site],
    document,
    () => testWorkspace({ settings: { simulatedDate: '2024-07-04' } }),
    {
      add: async (post) => {
        detected.push(post);
      },
      attachLink: async (post, postUrl) => {
        detected.push({ ...post, postUrl });
      },
    },
    { activeChanged: (composer) => (active = composer?.view.editor ?? null) },
    { isTrusted: (event) => !forged.has(event) },
  );
  sessions.start();
  const layers: HTMLElement[] = [];
  const placeholders = new Map<HTMLElement, [Element, Element | null, HTMLElement][]>();

  const open = async (html: string, inline = false) => {
    // The site renders a composer in answer to a click.
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const layer = document.createElement('div');
    layer.innerHTML = html;
    (inline ? document.querySelector('[data-slot]')! : document.body).append(layer);
    layers.push(layer);
    await settle();
  };
  const expectSidebar = () => {
    const editor = [...document.querySelectorAll<HTMLElement>('[data-v="editor"]')].at(-1);
    if (editor) expect(active, `sidebar for ${variant.id}`).toBe(variant.composer ? editor : null);
  };

  const run = async (step: Step) => {
    if ('type' in step) {
      expectSidebar();
      const editor = part('editor');
      editor.innerHTML = step.type
        .split('\n')
        .map((line) => `<p dir="auto"><span data-lexical-text="true">${line}</span></p>`)
        .join('');
      // Lexical takes its placeholder away while there is text.
      const near = editor.parentElement?.parentElement ?? editor.parentElement!;
      const gone = [...near.querySelectorAll<HTMLElement>('[data-v="placeholder"]')].map(
        (element) =>
          [element.parentElement!, element.nextElementSibling, element] as [Element, Element | null, HTMLElement],
      );
      for (const [, , element] of gone) element.remove();
      placeholders.set(editor, gone);
    } else if ('click' in step) {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true });
      if (step.forged) forged.add(event);
      innermost(part(step.click)).dispatchEvent(event);
    } else if ('key' in step) {
      part(step.on).dispatchEvent(
        new KeyboardEvent('keydown', { key: step.key, ctrlKey: step.ctrl ?? false, bubbles: true, cancelable: true }),
      );
    } else if ('enable' in step) part(step.enable).removeAttribute('aria-disabled');
    else if ('render' in step) (step.into ? part(step.into) : layers.at(-1)!).innerHTML = step.render;
    else if ('open' in step) await open(step.open);
    else if ('close' in step) for (const layer of layers.splice(0)) layer.remove();
    else if ('clear' in step) {
      const editor = part('editor');
      editor.innerHTML = '<p><br></p>';
      for (const [parent, before, element] of placeholders.get(editor) ?? []) parent.insertBefore(element, before);
    } else if ('toast' in step) document.querySelector('[data-toast]')!.innerHTML = step.toast;
    else if ('focus' in step) {
      const target = part(step.focus);
      target.focus();
      target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    } else if ('append' in step) part(step.into).insertAdjacentHTML('beforeend', step.append);
    await settle();
  };

  await open(variant.html, variant.inline);
  // A box that becomes a composer once the admin is in it is checked at its first typing.
  if (!('focus' in (variant.steps[0] ?? {}))) expectSidebar();
  for (const step of variant.steps) await run(step);
  // Every timer out (the confirmation's wait, the link's window): what is logged by now is all there will be.
  await vi.advanceTimersByTimeAsync(60_000);
  sessions.stop();

  const entries = new Map<string, DetectedPost>();
  for (const post of detected) entries.set(post.id, post);
  expect(
    [...entries.values()].map((post) => ({
      text: post.text,
      status: post.status,
      account: post.account ?? undefined,
      postUrl: post.postUrl,
    })),
    variant.id,
  ).toEqual(variant.logged.map((entry) => ({ account: undefined, postUrl: undefined, ...entry })));
}

describe.each([
  ['Facebook', FACEBOOK_VARIANTS],
  ['Instagram', INSTAGRAM_VARIANTS],
])('%s composers written apart from the fixtures', (_site, variants) => {
  test.each(variants.map((variant) => [variant.id, variant.title, variant] as const))(
    '%s: %s',
    async (_id, _title, variant) => {
      await play(variant);
    },
  );
});

test('the corpus is large and every variant says where its shape was seen', () => {
  const all = [...FACEBOOK_VARIANTS, ...INSTAGRAM_VARIANTS];
  expect(all.length).toBeGreaterThanOrEqual(40);
  expect(new Set(all.map((variant) => variant.id)).size).toBe(all.length);
  for (const variant of all) expect(variant.seen.length, variant.id).toBeGreaterThan(5);
});
