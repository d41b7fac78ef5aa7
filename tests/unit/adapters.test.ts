// @vitest-environment jsdom
/**
 * Each adapter against the saved, minimised fixture pages: which textboxes are post composers, the
 * account name, what counts as publishing or moving on, what confirms a publish, which link is the post's.
 */
import { describe, expect, test } from 'vitest';
import { facebook } from '@/lib/platforms/facebook';
import { instagram } from '@/lib/platforms/instagram';
import { readEditorText, writeEditorText } from '@/lib/platforms/lexical-dom';
import { EDITABLE_SELECTOR, type ComposerView, type SiteAdapter } from '@/lib/platforms/types';
import { fixtureHtml, type FixtureLanguage, type FixtureVariant } from '../e2e/fixtures/pages';

/** Loads a fixture page with its first template (the composer's first step) opened, as the site's script would. */
function load(
  name: string,
  language: FixtureLanguage,
  variant: FixtureVariant = {},
  templateId = 'create-post',
): Document {
  document.documentElement.innerHTML = new DOMParser()
    .parseFromString(fixtureHtml(name, language, variant), 'text/html')
    .documentElement.innerHTML.replace(/<script[\s\S]*?<\/script>/g, '');
  const template = document.getElementById(templateId) as HTMLTemplateElement | null;
  const layer = document.querySelector('[data-fixture-layer]');
  if (template && layer) layer.append(template.content.cloneNode(true));
  return document;
}

/** Instagram's dialog at its caption step. */
function loadInstagramCaption(language: FixtureLanguage): Document {
  const doc = load('instagram-create', language);
  const body = doc.querySelector('[data-fixture-body]')!;
  body.append((doc.getElementById('step-caption') as HTMLTemplateElement).content.cloneNode(true));
  const advance = doc.querySelector<HTMLElement>('[data-fixture-advance]')!;
  advance.textContent = doc.querySelector<HTMLElement>('[role="dialog"]')!.dataset.shareLabel ?? '';
  return doc;
}

function composersIn(doc: Document, adapter: SiteAdapter): string[] {
  return [...doc.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)]
    .filter((editor) => adapter.isComposer(editor))
    .map((editor) => editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '');
}

function viewOf(adapter: SiteAdapter, editor: HTMLElement): ComposerView {
  return { editor, container: adapter.container(editor) };
}

function click(target: Element): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

function key(target: Element, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('Facebook adapter on the fixture pages', () => {
  test.each<[FixtureLanguage, FixtureVariant, string, string]>([
    ['en', {}, 'What’s on your mind, Dewi?', 'Dewi Lestari'],
    ['id', {}, 'Apa yang Anda pikirkan, Dewi?', 'Dewi Lestari'],
    ['en', { place: 'page' }, "What's on your mind, PPK Tahunan?", 'PPK Tahunan'],
    ['id', { place: 'page' }, 'Apa yang Anda pikirkan, PPK Tahunan?', 'PPK Tahunan'],
    ['en', { place: 'group' }, 'Write something...', 'Dewi Lestari'],
    ['id', { place: 'group' }, 'Tulis sesuatu…', 'Dewi Lestari'],
  ])('%s %o: only the Create post textbox is a composer, posting as %s', (language, variant, label, account) => {
    const doc = load('facebook-feed', language, variant);
    // The feed also holds a comment box and the Messenger box: neither is a composer.
    expect(doc.querySelectorAll(EDITABLE_SELECTOR).length).toBe(3);
    expect(composersIn(doc, facebook)).toEqual([label]);
    const editor = doc.querySelector<HTMLElement>('[role="dialog"] [role="textbox"]')!;
    expect(facebook.accountName(editor)).toBe(account);
  });

  test('the feed’s "Create a post" region only opens the dialog: no composer in it, its buttons are no action', () => {
    for (const language of ['en', 'id'] as const) {
      const doc = load('facebook-feed', language, {}, 'none');
      expect(composersIn(doc, facebook)).toEqual([]);
      const region = doc.querySelector('[role="region"]')!;
      expect(region.getAttribute('aria-label')).toBe(language === 'en' ? 'Create a post' : 'Buat postingan');
    }
  });

  test('a post page’s comment and reply boxes are not composers', () => {
    for (const language of ['en', 'id'] as const)
      expect(composersIn(load('facebook-permalink', language), facebook)).toEqual([]);
  });

  test('publishing: Post when enabled, Ctrl+Enter in the textbox, Enter on the focused button', () => {
    const doc = load('facebook-feed', 'id');
    const editor = doc.querySelector<HTMLElement>('[role="dialog"] [role="textbox"]')!;
    const view = viewOf(facebook, editor);
    const post = doc.querySelector<HTMLElement>('[role="dialog"] [aria-label="Posting"]')!;
    expect(facebook.actionOf(click(post), view)).toBeNull(); // disabled while empty
    post.setAttribute('aria-disabled', 'false');
    expect(facebook.actionOf(click(post.firstElementChild!), view)).toEqual({
      action: 'publish',
      scope: view.container,
    });
    expect(facebook.actionOf(key(post, { key: 'Enter' }), view)?.action).toBe('publish');
    expect(facebook.actionOf(click(doc.querySelector('[aria-label="Tutup"]')!), view)).toBeNull();
    expect(facebook.actionOf(key(editor, { key: 'Enter', ctrlKey: true }), view)?.action).toBe('publish');
    expect(facebook.actionOf(key(editor, { key: 'Enter' }), view)).toBeNull();
    expect(facebook.publishState(view, view.container)).toBe('pending');
    view.container.remove();
    expect(facebook.publishState(view, view.container)).toBe('published');
  });

  test.each<[FixtureLanguage, string, string]>([
    ['en', 'Next', 'Post'],
    ['id', 'Berikutnya', 'Posting'],
  ])('%s two-step: Next moves on; at "Post settings" the editor is gone and Post publishes', (language, next, post) => {
    const doc = load('facebook-feed', language, { flow: 'twostep' }, 'create-post-twostep');
    const editor = doc.querySelector<HTMLElement>('[role="dialog"] [role="textbox"]')!;
    expect(facebook.isComposer(editor)).toBe(true);
    const view = viewOf(facebook, editor);
    const nextButton = doc.querySelector<HTMLElement>(`[aria-label="${next}"]`)!;
    nextButton.setAttribute('aria-disabled', 'false');
    expect(facebook.actionOf(click(nextButton), view)?.action).toBe('next');
    // The settings step replaces the editor inside the same dialog.
    const dialog = view.container;
    dialog.replaceChildren((doc.getElementById('post-settings') as HTMLTemplateElement).content.cloneNode(true));
    const moved: ComposerView = { editor: null, container: dialog };
    expect(facebook.stepOpen(moved)).toBe(true);
    const submit = dialog.querySelector<HTMLElement>('[data-fixture-submit]')!;
    expect(submit.textContent?.trim()).toBe(post);
    expect(facebook.actionOf(click(submit), moved)).toEqual({ action: 'publish', scope: dialog });
    // Its other controls (audience, the boost switch, Back) are not publishing.
    for (const control of dialog.querySelectorAll('[role="radio"], [role="switch"], [data-fixture-back]'))
      expect(facebook.actionOf(click(control), moved)).toBeNull();
    dialog.closest('[data-fixture-overlay]')!.remove();
    expect(facebook.stepOpen(moved)).toBe(false);
    expect(facebook.publishState(moved, dialog)).toBe('published');
  });

  test.each<[FixtureLanguage, string, string]>([
    ['en', 'Create a public post…', 'Post anonymously'],
    ['id', 'Buat postingan publik...', 'Posting sebagai anonim'],
  ])(
    '%s inline group composer: placeholder only, no dialog; the anonymous switch is no action',
    (language, placeholder, anonymous) => {
      const doc = load('facebook-feed', language, { place: 'group', flow: 'inline' }, 'none');
      const slot = doc.querySelector('[data-fixture-composer-slot]')!;
      slot.append((doc.getElementById('inline-composer') as HTMLTemplateElement).content.cloneNode(true));
      expect(composersIn(doc, facebook)).toEqual([placeholder]);
      const editor = slot.querySelector<HTMLElement>('[role="textbox"]')!;
      expect(editor.hasAttribute('aria-label')).toBe(false);
      const view = viewOf(facebook, editor);
      expect(view.container.contains(slot.querySelector('[data-fixture-submit]'))).toBe(true);
      expect(view.container.closest('[role="main"]')).not.toBeNull();
      const toggle = slot.querySelector('[data-fixture-anonymous]')!;
      expect(toggle.textContent?.trim()).toBe(anonymous);
      expect(facebook.actionOf(click(toggle), view)).toBeNull();
      expect(facebook.actionOf(click(toggle.firstElementChild!), view)).toBeNull();
      const submit = slot.querySelector<HTMLElement>('[data-fixture-submit]')!;
      submit.setAttribute('aria-disabled', 'false');
      expect(facebook.actionOf(click(submit), view)?.action).toBe('publish');
      editor.innerHTML = '<p><span>Rapat pleno</span></p>';
      expect(facebook.publishState(view, view.container)).toBe('pending');
      // Facebook empties the composer once the post is accepted.
      editor.innerHTML = '<p><br></p>';
      expect(facebook.publishState(view, view.container)).toBe('published');
    },
  );

  test('the post’s link in the toast: "View post" on facebook.com, https only', () => {
    const doc = load('facebook-feed', 'en', {}, 'none');
    const toast = doc.querySelector('[data-fixture-toast]')!;
    expect(facebook.postLinks(doc)).toEqual([]);
    toast.append((doc.getElementById('post-toast') as HTMLTemplateElement).content.cloneNode(true));
    toast.querySelector('a')!.setAttribute('href', 'https://www.facebook.com/dewi.lestari/posts/pfbid0abc');
    expect(facebook.postLinks(doc)).toEqual(['https://www.facebook.com/dewi.lestari/posts/pfbid0abc']);
    toast.querySelector('a')!.setAttribute('href', 'javascript:alert(1)');
    expect(facebook.postLinks(doc)).toEqual([]);
    toast.querySelector('a')!.setAttribute('href', 'https://evil.example/posts/1');
    expect(facebook.postLinks(doc)).toEqual([]);
  });
});

describe('Instagram adapter on the fixture pages', () => {
  test.each<[FixtureLanguage, string, string]>([
    ['en', 'Write a caption...', 'Share'],
    ['id', 'Tulis keterangan...', 'Bagikan'],
  ])('%s: the caption box is the composer; text-only Share publishes; "shared" confirms', (language, label, share) => {
    const doc = loadInstagramCaption(language);
    expect(composersIn(doc, instagram)).toEqual([label]);
    const editor = doc.querySelector<HTMLElement>(`[aria-label="${label}"]`)!;
    expect(instagram.accountName(editor)).toBe('dewi.lestari');
    const view = viewOf(instagram, editor);
    const button = [...doc.querySelectorAll('[role="dialog"] [role="button"]')].find(
      (candidate) => candidate.textContent === share,
    )!;
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(instagram.actionOf(click(button), view)).toEqual({ action: 'publish', scope: view.container });
    for (const other of doc.querySelectorAll('[role="dialog"] .row, [data-fixture-back], [data-fixture-close]'))
      expect(instagram.actionOf(click(other), view)).toBeNull();
    expect(instagram.publishState(view, view.container)).toBe('pending');
    // Sharing: the dialog stays, then says so.
    const body = doc.querySelector('[data-fixture-body]')!;
    body.replaceChildren((doc.getElementById('post-shared') as HTMLTemplateElement).content.cloneNode(true));
    expect(instagram.publishState(view, view.container)).toBe('published');
    doc.querySelector('[data-fixture-overlay]')!.remove();
    expect(instagram.publishState(view, view.container)).toBe('closed');
  });

  test('Facebook’s adapter does not take Instagram’s caption box, nor the other way round', () => {
    expect(composersIn(loadInstagramCaption('en'), facebook)).toEqual([]);
    expect(composersIn(load('facebook-feed', 'en'), instagram)).toEqual([]);
  });
});

describe('writing into an editor that ignores synthetic events', () => {
  // jsdom has no clipboard events; these stand-ins carry the data as Chromium's do.
  class TestDataTransfer {
    private readonly data = new Map<string, string>();
    setData(type: string, value: string) {
      this.data.set(type, value);
    }
    getData(type: string) {
      return this.data.get(type) ?? '';
    }
  }
  class TestClipboardEvent extends Event {
    readonly clipboardData: unknown;
    constructor(type: string, init: EventInit & { clipboardData?: unknown }) {
      super(type, init);
      this.clipboardData = init.clipboardData;
    }
  }
  Object.assign(globalThis, { DataTransfer: TestDataTransfer, ClipboardEvent: TestClipboardEvent });

  test('the text goes to the clipboard and the editor is left as it was', async () => {
    const doc = load('facebook-feed', 'en');
    const editor = doc.querySelector<HTMLElement>('[role="dialog"] [role="textbox"]')!;
    editor.innerHTML = '<p>Draf lama</p>';
    const copied: string[] = [];
    const outcome = await writeEditorText(editor, 'Baris satu\nBaris dua', 'append', async (text) => {
      copied.push(text);
    });
    expect(outcome).toEqual({ result: 'clipboard' });
    expect(copied).toEqual(['Baris satu\nBaris dua']);
    expect(readEditorText(editor)).toBe('Draf lama');
  });

  test('when the clipboard refuses too, the outcome says it failed', async () => {
    const doc = load('facebook-feed', 'en');
    const editor = doc.querySelector<HTMLElement>('[role="dialog"] [role="textbox"]')!;
    const outcome = await writeEditorText(editor, 'Teks', 'replace', () => Promise.reject(new Error('denied')));
    expect(outcome).toEqual({ result: 'failed' });
  });

  test('reading follows Lexical’s DOM: paragraphs as lines, its placeholder <br> as an empty line', () => {
    const editor = document.createElement('div');
    editor.innerHTML =
      '<p dir="auto"><span data-lexical-text="true">Satu</span></p>' +
      '<p dir="auto"><br data-lexical-managed-linebreak="true"></p>' +
      '<p dir="auto"><span>Dua</span><br><span>tiga</span></p>';
    expect(readEditorText(editor)).toBe('Satu\n\nDua\ntiga');
  });
});
