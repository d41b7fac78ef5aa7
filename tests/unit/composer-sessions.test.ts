// @vitest-environment jsdom
/**
 * A post followed from its composer to the log, through each flow: the record is handed over once, with
 * the text the admin had, only for the admin's own (trusted) clicks, and only when the site confirms.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ComposerSessions } from '@/lib/content/composer-sessions';
import { facebook } from '@/lib/platforms/facebook';
import { instagram } from '@/lib/platforms/instagram';
import type { SiteAdapter } from '@/lib/platforms/types';
import { acceptDetectedPost, acceptPostLink } from '@/lib/posts/accept';
import type { PostRecord } from '@/lib/posts/schema';
import { testWorkspace } from './helpers';

/** Lets MutationObservers and microtasks run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

const workspace = () => testWorkspace({ settings: { simulatedDate: '2024-07-04' } });

/** jsdom has no trusted events: forged ones are marked, and everything else stands for the admin. */
const forged = new WeakSet<Event>();

let records: PostRecord[];
let sessions: ComposerSessions;
let active: (HTMLElement | null)[];

function start(adapter: SiteAdapter): void {
  records = [];
  active = [];
  sessions = new ComposerSessions(
    adapter,
    document,
    workspace,
    // What the background stores: the post completed (checked, its stages and hashtags) from what it is sent,
    // and the stored post with the link found later.
    {
      add: async (post) => {
        records.push(
          acceptDetectedPost(
            post,
            { kind: 'site', platform: adapter.platform, url: post.hostUrl },
            workspace(),
            post.createdAt,
          ),
        );
      },
      attachLink: async (post, postUrl) => {
        const link = acceptPostLink(
          { id: post.id, postUrl },
          { kind: 'site', platform: adapter.platform, url: post.hostUrl },
        );
        const stored = records.find((record) => record.id === link?.id);
        if (stored && link) records.push({ ...stored, postUrl: link.postUrl });
      },
    },
    { activeChanged: (composer) => active.push(composer?.view.editor ?? null) },
    { isTrusted: (event) => !forged.has(event) },
  );
  sessions.start();
}

function press(element: Element, { trusted = true } = {}): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  if (!trusted) forged.add(event);
  element.dispatchEvent(event);
}

function type(editor: HTMLElement, text: string): void {
  editor.innerHTML = text
    .split('\n')
    .map((line) => `<p dir="auto"><span data-lexical-text="true">${line}</span></p>`)
    .join('');
}

const textbox = (label: string, attribute = 'aria-label') =>
  `<div contenteditable="true" role="textbox" data-lexical-editor="true" ${attribute}="${label}"><p><br></p></div>`;

/** Opens a composer the way the site does: after a click, its markup arrives. */
async function open(html: string, into: Element = document.body): Promise<HTMLElement> {
  document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  const holder = document.createElement('div');
  holder.className = 'layer';
  holder.innerHTML = html;
  into.append(holder);
  await settle();
  return holder;
}

beforeEach(() => {
  document.body.innerHTML =
    '<div role="main"><div class="column" data-slot></div><div role="feed"></div></div><div role="status"></div>';
});

afterEach(() => {
  sessions.stop();
  vi.useRealTimers();
});

describe('Facebook, one step', () => {
  test('Post logs once, with the text, when the dialog closes; a double click is the same post', async () => {
    start(facebook);
    const layer = await open(
      `<div role="dialog" aria-label="Create post">${textbox('What’s on your mind, Dewi?')}<div role="button" aria-label="Post">Post</div></div>`,
    );
    const editor = layer.querySelector<HTMLElement>('[role="textbox"]')!;
    expect(active.at(-1)).toBe(editor);
    type(editor, 'Rapat pleno terbuka\n#TemanPemilih');
    const post = layer.querySelector('[aria-label="Post"]')!;
    press(post);
    press(post);
    await settle();
    expect(records).toEqual([]);
    // The site empties the editor, then closes the dialog.
    type(editor, '');
    layer.remove();
    await settle();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      platform: 'facebook',
      text: 'Rapat pleno terbuka\n#TemanPemilih',
      status: 'published',
    });
    expect(records[0]!.hashtags).toEqual(['#TemanPemilih']);
    expect(active.at(-1)).toBeNull();
  });

  test('forged clicks and keys from a page script log nothing', async () => {
    start(facebook);
    const layer = await open(
      `<div role="dialog" aria-label="Buat postingan">${textbox('Apa yang Anda pikirkan, Dewi?')}<div role="button" aria-label="Posting">Posting</div></div>`,
    );
    const editor = layer.querySelector<HTMLElement>('[role="textbox"]')!;
    type(editor, 'Teks palsu');
    press(layer.querySelector('[aria-label="Posting"]')!, { trusted: false });
    const ctrlEnter = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true });
    forged.add(ctrlEnter);
    editor.dispatchEvent(ctrlEnter);
    layer.remove();
    await settle();
    expect(records).toEqual([]);
  });

  test('closing the dialog without posting logs nothing', async () => {
    start(facebook);
    const layer = await open(
      `<div role="dialog" aria-label="Create post">${textbox('What’s on your mind, Dewi?')}</div>`,
    );
    type(layer.querySelector<HTMLElement>('[role="textbox"]')!, 'Draf');
    layer.remove();
    await settle();
    expect(records).toEqual([]);
  });

  test('a link to the new post shown after publishing is recorded, under the same id', async () => {
    start(facebook);
    const layer = await open(
      `<div role="dialog" aria-label="Create post">${textbox('What’s on your mind, Dewi?')}<div role="button">Post</div></div>`,
    );
    document.querySelector('[role="status"]')!.innerHTML =
      '<a href="https://www.facebook.com/old/posts/1">View post</a>';
    type(layer.querySelector<HTMLElement>('[role="textbox"]')!, 'Coklit dimulai');
    press(layer.querySelector('[role="button"]')!);
    layer.remove();
    await settle();
    expect(records).toHaveLength(1);
    expect(records[0]!.postUrl).toBeUndefined();
    document.querySelector('[role="status"]')!.innerHTML =
      'Your post is now published. <a href="https://www.facebook.com/dewi.lestari/posts/pfbid02abc">View post</a>';
    await settle();
    expect(records).toHaveLength(2);
    expect(records[1]).toEqual({ ...records[0], postUrl: 'https://www.facebook.com/dewi.lestari/posts/pfbid02abc' });
  });
});

describe('Facebook, two steps', () => {
  async function twoStep(replaceDialog: boolean) {
    const layer = await open(
      `<div role="dialog" aria-label="Create post">${textbox('What’s on your mind, PPK Tahunan?')}<div role="button" aria-label="Next">Next</div></div>`,
    );
    const editor = layer.querySelector<HTMLElement>('[role="textbox"]')!;
    type(editor, 'Pengumuman DPS\nSilakan cek');
    press(layer.querySelector('[aria-label="Next"]')!);
    const settings =
      '<div role="button" aria-label="Back">←</div><h2>Post settings</h2><div role="switch" aria-checked="false">Boost</div><div role="button"><span>Post</span></div>';
    // The editor leaves the DOM (emptied first, as React may do).
    type(editor, '');
    if (replaceDialog) {
      layer.remove();
      await settle();
      const next = await open(`<div role="dialog" aria-label="Post settings">${settings}</div>`);
      return { layer: next, editor };
    }
    layer.querySelector('[role="dialog"]')!.setAttribute('aria-label', 'Post settings');
    layer.querySelector('[role="dialog"]')!.innerHTML = settings;
    await settle();
    return { layer, editor };
  }

  test.each([false, true])(
    'the text at Next is logged once at the final Post (settings as a new dialog: %s)',
    async (replace) => {
      start(facebook);
      const { layer } = await twoStep(replace);
      expect(active.at(-1)).toBeNull();
      expect(records).toEqual([]);
      press(layer.querySelector('[role="switch"]')!);
      await settle();
      expect(records).toEqual([]);
      const post = [...layer.querySelectorAll('[role="button"]')].find((button) => button.textContent === 'Post')!;
      press(post.firstElementChild!);
      layer.remove();
      await settle();
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({
        text: 'Pengumuman DPS\nSilakan cek',
        status: 'published',
        account: 'PPK Tahunan',
      });
    },
  );

  test('closing at the settings step logs nothing; Back brings the same post to a new editor', async () => {
    start(facebook);
    const { layer } = await twoStep(false);
    const dialog = layer.querySelector('[role="dialog"]')!;
    // Back: a new editor with the text.
    press(dialog.querySelector('[aria-label="Back"]')!);
    dialog.setAttribute('aria-label', 'Create post');
    dialog.innerHTML = `${textbox('What’s on your mind, PPK Tahunan?')}<div role="button" aria-label="Next">Next</div>`;
    await settle();
    const again = dialog.querySelector<HTMLElement>('[role="textbox"]')!;
    expect(active.at(-1)).toBe(again);
    type(again, 'Pengumuman DPS (diperbaiki)');
    press(dialog.querySelector('[aria-label="Next"]')!);
    dialog.innerHTML = '<h2>Post settings</h2><div role="button">Post</div>';
    await settle();
    press(dialog.querySelector('[role="button"]')!);
    layer.remove();
    await settle();
    expect(records.map((record) => record.text)).toEqual(['Pengumuman DPS (diperbaiki)']);

    // Another composer, abandoned at its settings step.
    const second = await twoStep(false);
    second.layer.remove();
    await settle();
    expect(records).toHaveLength(1);
  });
});

describe('Facebook, inline group composer', () => {
  test('Post logs once when the composer empties; the anonymous switch logs nothing; the next post is new', async () => {
    start(facebook);
    const slot = document.querySelector('[data-slot]')!;
    const block = await open(
      `<div>${textbox('Buat postingan publik...', 'aria-placeholder')}</div><div role="switch" aria-checked="false"><span>Posting sebagai anonim</span></div><div role="button"><span>Posting</span></div>`,
      slot,
    );
    const editor = block.querySelector<HTMLElement>('[role="textbox"]')!;
    expect(active.at(-1)).toBe(editor);
    type(editor, 'Rapat pleno PPS');
    press(block.querySelector('[role="switch"] span')!);
    await settle();
    expect(records).toEqual([]);
    press(block.querySelector('[role="button"] span')!);
    await settle();
    expect(records).toEqual([]);
    type(editor, '');
    await settle();
    expect(records.map((record) => record.text)).toEqual(['Rapat pleno PPS']);
    type(editor, 'Postingan kedua');
    press(block.querySelector('[role="button"]')!);
    type(editor, '');
    await settle();
    expect(records.map((record) => record.text)).toEqual(['Rapat pleno PPS', 'Postingan kedua']);
    expect(records[0]!.id).not.toBe(records[1]!.id);
  });
});

describe('Instagram', () => {
  test('Share logs once when "Post shared" shows; closed without it, the post is logged as unconfirmed', async () => {
    start(instagram);
    const layer = await open(
      `<div role="dialog" aria-labelledby="t"><h1 id="t">Create new post</h1><div role="button">Share</div>${textbox('Write a caption...')}</div>`,
    );
    const dialog = layer.querySelector('[role="dialog"]')!;
    type(layer.querySelector<HTMLElement>('[role="textbox"]')!, 'Coklit #TemanPemilih');
    press(layer.querySelector('[role="button"]')!);
    dialog.innerHTML = '<h1 id="t">Sharing</h1><span>Sharing</span>';
    await settle();
    expect(records).toEqual([]);
    dialog.innerHTML =
      '<h1 id="t">Post shared</h1><img alt="Animated checkmark"><span>Your post has been shared.</span>';
    await settle();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ platform: 'instagram', text: 'Coklit #TemanPemilih', status: 'published' });

    layer.remove();
    const second = await open(
      `<div role="dialog" aria-label="Buat postingan baru"><div role="button">Bagikan</div>${textbox('Tulis keterangan…')}</div>`,
    );
    type(second.querySelector<HTMLElement>('[role="textbox"]')!, 'Kedua');
    vi.useFakeTimers();
    press(second.querySelector('[role="button"]')!);
    second.remove();
    await vi.advanceTimersByTimeAsync(2000);
    expect(records).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1500);
    expect(records.map((record) => [record.text, record.status])).toEqual([
      ['Coklit #TemanPemilih', 'published'],
      ['Kedua', 'unconfirmed'],
    ]);
  });

  test('a "Post shared" dialog of its own, a moment after the composer closed, still confirms', async () => {
    start(instagram);
    const layer = await open(
      `<div role="dialog" aria-label="Buat postingan baru"><div role="button">Bagikan</div>${textbox('Tulis keterangan...')}</div>`,
    );
    type(layer.querySelector<HTMLElement>('[role="textbox"]')!, 'Pleno DPS');
    vi.useFakeTimers();
    press(layer.querySelector('[role="button"]')!);
    layer.remove();
    await vi.advanceTimersByTimeAsync(1000);
    expect(records).toEqual([]);
    const shared = document.createElement('div');
    shared.innerHTML =
      '<div role="dialog" aria-label="Postingan dibagikan"><span>Postingan Anda telah dibagikan.</span></div>';
    document.body.append(shared);
    await vi.advanceTimersByTimeAsync(10);
    expect(records.map((record) => [record.text, record.status])).toEqual([['Pleno DPS', 'published']]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(records).toHaveLength(1);
  });
});
