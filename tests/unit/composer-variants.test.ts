// @vitest-environment jsdom
/**
 * The general rule, on composers built many ways rather than on one fixture: every combination of
 * language, ellipsis, apostrophe, a name after the label, where the name sits (aria-label, aria-labelledby,
 * aria-placeholder), dialog or inline, and how the buttons are named (aria-label, text only, nested spans).
 * Then what must never count: comment boxes inside articles (even with a composer's words), chat and
 * search boxes, the feed region that only opens the dialog, and every form of the anonymous switch.
 */
import { describe, expect, test } from 'vitest';
import { facebook } from '@/lib/platforms/facebook';
import { instagram } from '@/lib/platforms/instagram';
import type { ComposerView } from '@/lib/platforms/types';

type Language = 'en' | 'id';

const COMPOSER_WORDS: Record<Language, string[]> = {
  en: ['What’s on your mind', "What's on your mind", 'Write something', 'Create a public post'],
  id: ['Apa yang Anda pikirkan', 'Tulis sesuatu', 'Buat postingan publik'],
};
const DIALOG_NAMES: Record<Language, string> = { en: 'Create post', id: 'Buat postingan' };
const POST_WORDS: Record<Language, string[]> = { en: ['Post'], id: ['Posting', 'Kirim'] };
const ANONYMOUS: Record<Language, string> = { en: 'Post anonymously', id: 'Posting sebagai anonim' };
const NAMES = ['', ', Dewi?', ', PPK Tahunan?', ', PPS Mulyoharjo?'];
const ENDINGS = ['', '...', '…', '?'];

/** How a composer's label reaches its textbox. */
const LABEL_WAYS = ['aria-label', 'aria-labelledby', 'aria-placeholder'] as const;
/** How a button is named. */
const BUTTON_WAYS = ['aria-label', 'text', 'nested-text', 'text-with-icon'] as const;

function textbox(labelWay: (typeof LABEL_WAYS)[number], label: string): string {
  const attribute =
    labelWay === 'aria-labelledby'
      ? 'aria-labelledby="composer-label"'
      : `${labelWay}="${label.replace(/"/g, '&quot;')}"`;
  const visible = labelWay === 'aria-labelledby' ? `<span id="composer-label" hidden>${label}</span>` : '';
  return `${visible}<div contenteditable="true" role="textbox" data-lexical-editor="true" tabindex="0" ${attribute}><p><br></p></div>`;
}

function button(way: (typeof BUTTON_WAYS)[number], name: string, extra = ''): string {
  switch (way) {
    case 'aria-label':
      return `<div role="button" tabindex="0" aria-label="${name}" ${extra}><span>${name}</span></div>`;
    case 'text':
      return `<div role="button" tabindex="0" ${extra}>${name}</div>`;
    case 'nested-text':
      return `<div role="button" tabindex="0" ${extra}><div><span><span>${name}</span></span></div></div>`;
    case 'text-with-icon':
      return `<div role="button" tabindex="0" ${extra}><svg><title>icon</title></svg><span>${name}</span></div>`;
  }
}

function mount(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root"><div role="main"><div class="column">${html}</div></div></div>`;
  return document.querySelector<HTMLElement>('[role="textbox"]')!;
}

function click(target: Element): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

const view = (editor: HTMLElement): ComposerView => ({ editor, container: facebook.container(editor) });

interface Variant {
  language: Language;
  words: string;
  name: string;
  ending: string;
  labelWay: (typeof LABEL_WAYS)[number];
  buttonWay: (typeof BUTTON_WAYS)[number];
  post: string;
}

const variants: Variant[] = [];
for (const language of ['en', 'id'] as const)
  for (const words of COMPOSER_WORDS[language])
    for (const [index, name] of NAMES.entries())
      for (const labelWay of LABEL_WAYS) {
        const ending = ENDINGS[(index + LABEL_WAYS.indexOf(labelWay)) % ENDINGS.length]!;
        const buttonWay = BUTTON_WAYS[(index + words.length) % BUTTON_WAYS.length]!;
        for (const post of POST_WORDS[language])
          variants.push({ language, words, name, ending, labelWay, buttonWay, post });
      }

const label = (variant: Variant) => `${variant.words}${variant.name}${variant.name ? '' : variant.ending}`;

describe('Facebook composers, built many ways', () => {
  test(`${variants.length} dialog variants: each textbox is a composer and its Post publishes`, () => {
    expect(variants.length).toBeGreaterThan(100);
    for (const variant of variants) {
      const editor = mount(
        `<div role="dialog" aria-label="${DIALOG_NAMES[variant.language]}">${textbox(variant.labelWay, label(variant))}` +
          `${button(variant.buttonWay, variant.post, 'data-post')}</div>`,
      );
      expect(facebook.isComposer(editor), JSON.stringify(variant)).toBe(true);
      const post = document.querySelector('[data-post]')!;
      const target = post.querySelector('span span') ?? post.querySelector('span') ?? post;
      expect(facebook.actionOf(click(target), view(editor))?.action, JSON.stringify(variant)).toBe('publish');
    }
  });

  test('a dialog named "Create post" takes its textbox even when the label is one Pandu does not know', () => {
    for (const language of ['en', 'id'] as const) {
      const editor = mount(
        `<div role="dialog" aria-label="${DIALOG_NAMES[language]}">${textbox('aria-label', 'Share your thoughts')}</div>`,
      );
      expect(facebook.isComposer(editor)).toBe(true);
    }
  });

  test(`${variants.length} inline variants (no dialog, Post beside it): composers; the anonymous switch never publishes`, () => {
    const toggles = (language: Language) => [
      `<div role="switch" aria-checked="false" tabindex="0"><span>${ANONYMOUS[language]}</span></div>`,
      `<div role="switch" aria-checked="false" aria-label="${ANONYMOUS[language]}" tabindex="0"></div>`,
      `<div role="button" aria-pressed="false" tabindex="0">${ANONYMOUS[language]}</div>`,
      `<div role="button" tabindex="0"><span>${ANONYMOUS[language]}</span></div>`,
      `<div role="checkbox" aria-checked="false" tabindex="0">${ANONYMOUS[language]}</div>`,
      `<label><input type="checkbox" /> ${ANONYMOUS[language]}</label>`,
    ];
    for (const variant of variants) {
      const toggle = toggles(variant.language)[variants.indexOf(variant) % 6]!;
      const editor = mount(
        `<div class="inline"><div><div>${textbox(variant.labelWay, label(variant))}</div></div>` +
          `<div class="toolbar"><span data-toggle>${toggle}</span>${button(variant.buttonWay, variant.post, 'data-post')}</div></div>`,
      );
      expect(facebook.isComposer(editor), JSON.stringify(variant)).toBe(true);
      const composer = view(editor);
      expect(composer.container.classList.contains('inline'), JSON.stringify(variant)).toBe(true);
      for (const part of document.querySelectorAll('[data-toggle], [data-toggle] *'))
        expect(facebook.actionOf(click(part), composer), `${toggle} ${JSON.stringify(variant)}`).toBeNull();
      expect(facebook.actionOf(click(document.querySelector('[data-post]')!), composer)?.action).toBe('publish');
    }
  });

  test('an inline textbox with a composer’s words but no Post button nearby is not a composer', () => {
    const editor = mount(`<div>${textbox('aria-placeholder', 'Tulis sesuatu...')}</div>`);
    expect(facebook.isComposer(editor)).toBe(false);
  });

  test('comment boxes inside articles are never composers, whatever their words, in a dialog or not', () => {
    const words = [
      'Write a comment…',
      'Tulis komentar...',
      'Comment as Dewi Lestari',
      'Write a reply…',
      ...COMPOSER_WORDS.en,
      ...COMPOSER_WORDS.id,
    ];
    for (const word of words)
      for (const inDialog of [false, true])
        for (const labelWay of LABEL_WAYS) {
          const article = `<div role="article"><div dir="auto">Cerita</div><form>${textbox(labelWay, word)}${button('text', 'Post')}</form></div>`;
          const editor = mount(inDialog ? `<div role="dialog" aria-label="Create post">${article}</div>` : article);
          expect(facebook.isComposer(editor), `${word} ${labelWay} ${inDialog}`).toBe(false);
        }
  });

  test('chat and reply boxes are not composers, even in a dialog', () => {
    for (const word of ['Message', 'Pesan', 'Write a reply…', 'Tulis balasan…', 'Tulis komentar…'])
      for (const dialog of ['Messenger', 'Create post', 'Buat postingan']) {
        const editor = mount(`<div role="dialog" aria-label="${dialog}">${textbox('aria-label', word)}</div>`);
        expect(facebook.isComposer(editor), `${word} in ${dialog}`).toBe(false);
      }
  });

  test('the feed’s "Create a post" region only opens the dialog: nothing in it is a composer or an action', () => {
    for (const [region, opener] of [
      ['Create a post', 'What’s on your mind, Dewi?'],
      ['Buat postingan', 'Apa yang Anda pikirkan, Dewi?'],
    ] as const) {
      mount(
        `<div role="region" aria-label="${region}"><div role="button" tabindex="0"><span>${opener}</span></div>` +
          `<div role="button" tabindex="0">Foto/video</div></div>` +
          `<div role="dialog" aria-label="Create post">${textbox('aria-label', opener)}${button('text', 'Post')}</div>`,
      );
      const editor = document.querySelector<HTMLElement>('[role="dialog"] [role="textbox"]')!;
      const composer = view(editor);
      for (const part of document.querySelectorAll('[role="region"], [role="region"] *'))
        expect(facebook.actionOf(click(part), composer)).toBeNull();
      expect(document.querySelectorAll('[role="region"] [role="textbox"]').length).toBe(0);
    }
  });

  test('Post-like words that are not the Post button are no action', () => {
    const editor = mount(
      `<div role="dialog" aria-label="Create post">${textbox('aria-label', 'What’s on your mind, Dewi?')}` +
        ['Postingan', 'Post settings', 'Posting sebagai anonim', 'Boost post', 'Kirim pesan', 'Posts']
          .map((name) => button('text', name))
          .join('') +
        '</div>',
    );
    const composer = view(editor);
    for (const candidate of document.querySelectorAll('[role="button"]'))
      expect(facebook.actionOf(click(candidate), composer), candidate.textContent ?? '').toBeNull();
  });

  test('a disabled Post is no action, nor is one outside the composer while the editor is there', () => {
    const editor = mount(
      `<div role="dialog" aria-label="Create post">${textbox('aria-label', 'What’s on your mind, Dewi?')}` +
        `${button('text', 'Post', 'aria-disabled="true" data-disabled')}</div>${button('text', 'Post', 'data-outside')}`,
    );
    const composer = view(editor);
    expect(facebook.actionOf(click(document.querySelector('[data-disabled]')!), composer)).toBeNull();
    expect(facebook.actionOf(click(document.querySelector('[data-outside]')!), composer)).toBeNull();
  });
});

describe('Instagram captions, built many ways', () => {
  test('caption labels with "..." or "…", buttons named by text, aria-label or nested spans', () => {
    const cases: [string, string, string][] = [];
    for (const [caption, share, dialog] of [
      ['Write a caption', 'Share', 'Create new post'],
      ['Tulis keterangan', 'Bagikan', 'Buat postingan baru'],
    ] as const)
      for (const ending of ['...', '…', ''])
        for (const way of BUTTON_WAYS) cases.push([`${caption}${ending}`, button(way, share, 'data-share'), dialog]);
    for (const [caption, share, dialog] of cases) {
      const editor = mount(
        `<div role="dialog" aria-label="${dialog}"><header>${share}</header>${textbox('aria-label', caption)}</div>`,
      );
      expect(instagram.isComposer(editor), caption).toBe(true);
      const composer = { editor, container: instagram.container(editor) };
      expect(instagram.actionOf(click(document.querySelector('[data-share]')!), composer)?.action, share).toBe(
        'publish',
      );
    }
  });

  test('a comment box in a post’s dialog is not a caption', () => {
    const editor = mount(
      `<div role="dialog"><div role="article">${textbox('aria-label', 'Write a caption...')}</div></div>`,
    );
    expect(instagram.isComposer(editor)).toBe(false);
    const plain = mount(`<div role="dialog" aria-label="Post">${textbox('aria-label', 'Add a comment…')}</div>`);
    expect(instagram.isComposer(plain)).toBe(false);
  });
});
