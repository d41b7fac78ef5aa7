// @vitest-environment jsdom
/**
 * Each adapter against the saved, minimised fixture pages: which textboxes are post composers, the
 * account name, what counts as publishing.
 */
import { describe, expect, test } from 'vitest';
import { facebook } from '@/lib/platforms/facebook';
import { instagram } from '@/lib/platforms/instagram';
import { readEditorText, writeEditorText } from '@/lib/platforms/lexical-dom';
import { EDITABLE_SELECTOR, type SiteAdapter } from '@/lib/platforms/types';
import { fixtureHtml, type FixtureLanguage } from '../e2e/fixtures/pages';

/** Loads a fixture page with its Create post dialog opened, as the site's script would open it. */
function load(name: string, language: FixtureLanguage, variant: 'page' | 'group' | null = null): Document {
  document.documentElement.innerHTML = new DOMParser()
    .parseFromString(fixtureHtml(name, language, variant), 'text/html')
    .documentElement.innerHTML.replace(/<script[\s\S]*?<\/script>/g, '');
  const template = document.getElementById('create-post') as HTMLTemplateElement | null;
  const layer = document.querySelector('[data-fixture-layer]');
  if (template && layer) layer.append(template.content.cloneNode(true));
  return document;
}

function composersIn(doc: Document, adapter: SiteAdapter): string[] {
  return [...doc.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)]
    .filter((editor) => adapter.isComposer(editor))
    .map((editor) => editor.getAttribute('aria-label') ?? '');
}

describe('Facebook adapter on the fixture pages', () => {
  test.each<[FixtureLanguage, 'page' | 'group' | null, string, string]>([
    ['en', null, 'What’s on your mind, Dewi?', 'Dewi Lestari'],
    ['id', null, 'Apa yang Anda pikirkan, Dewi?', 'Dewi Lestari'],
    ['en', 'page', 'What’s on your mind, PPK Tahunan?', 'PPK Tahunan'],
    ['id', 'group', 'Tulis sesuatu...', 'Dewi Lestari'],
  ])('%s %s: only the Create post textbox is a composer, posting as %s', (language, variant, label, account) => {
    const doc = load('facebook-feed', language, variant);
    // The feed also holds a comment box and the Messenger box: neither is a composer.
    expect(doc.querySelectorAll(EDITABLE_SELECTOR).length).toBe(3);
    expect(composersIn(doc, facebook)).toEqual([label]);
    const editor = doc.querySelector<HTMLElement>(`[aria-label="${label}"]`)!;
    expect(facebook.accountName(editor)).toBe(account);
  });

  test('a post page’s comment box is not a composer', () => {
    expect(composersIn(load('facebook-permalink', 'en'), facebook)).toEqual([]);
  });

  test('publishing: the Post button when enabled, and Ctrl+Enter in the textbox', () => {
    const doc = load('facebook-feed', 'id');
    const editor = doc.querySelector<HTMLElement>('[role="dialog"] [role="textbox"]')!;
    const post = doc.querySelector<HTMLElement>('[role="dialog"] [aria-label="Posting"]')!;
    const click = (target: Element) => {
      const event = new MouseEvent('click', { bubbles: true });
      Object.defineProperty(event, 'target', { value: target });
      return event;
    };
    expect(facebook.isPublishAction(click(post), editor)).toBe(false); // disabled while empty
    post.setAttribute('aria-disabled', 'false');
    expect(facebook.isPublishAction(click(post.firstElementChild!), editor)).toBe(true);
    expect(facebook.isPublishAction(click(doc.querySelector('[aria-label="Tutup"]')!), editor)).toBe(false);
    const ctrlEnter = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true });
    Object.defineProperty(ctrlEnter, 'target', { value: editor });
    expect(facebook.isPublishAction(ctrlEnter, editor)).toBe(true);
    const dialog = facebook.container(editor);
    expect(facebook.publishState(editor, dialog)).toBe('pending');
    dialog.remove();
    expect(facebook.publishState(editor, dialog)).toBe('published');
  });
});

describe('Instagram adapter on the fixture pages', () => {
  test.each<[FixtureLanguage, string, string]>([
    ['en', 'Write a caption...', 'Share'],
    ['id', 'Tulis keterangan...', 'Bagikan'],
  ])('%s: the caption box is the composer; Share publishes; "shared" confirms', (language, label, share) => {
    const doc = load('instagram-create', language);
    expect(composersIn(doc, instagram)).toEqual([label]);
    const editor = doc.querySelector<HTMLElement>(`[aria-label="${label}"]`)!;
    expect(instagram.accountName(editor)).toBe('dewi.lestari');
    const button = [...doc.querySelectorAll('[role="dialog"] [role="button"]')].find((b) => b.textContent === share)!;
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'target', { value: button });
    expect(instagram.isPublishAction(click, editor)).toBe(true);
    const dialog = instagram.container(editor);
    expect(instagram.publishState(editor, dialog)).toBe('pending');
    const shared = (doc.getElementById('post-shared') as HTMLTemplateElement).content.cloneNode(true);
    dialog.remove();
    expect(instagram.publishState(editor, dialog)).toBe('closed');
    doc.querySelector('[data-fixture-layer]')!.append(shared);
    expect(instagram.publishState(editor, dialog)).toBe('published');
  });

  test('Facebook’s adapter does not take Instagram’s caption box, nor the other way round', () => {
    expect(composersIn(load('instagram-create', 'en'), facebook)).toEqual([]);
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
