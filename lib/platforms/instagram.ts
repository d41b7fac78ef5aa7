import { accessibleName, buttonOf, matchesAny, type SiteAdapter } from './types';

/**
 * Instagram's "Create new post" dialog at its caption step: a Lexical textbox labelled "Write a caption..."
 * inside `role="dialog"`, and a "Share" button; success shows "Your post has been shared." Indonesian labels
 * are our best reading (BRIEF marks them unverified).
 */

const CAPTION_LABELS = [/^write a caption/i, /^tulis keterangan/i];
const SHARE_BUTTON_LABELS = [/^share$/i, /^bagikan$/i];
const SHARED_MESSAGES = [
  /your post has been shared/i,
  /postingan anda telah dibagikan/i,
  /^post shared$/i,
  /^postingan dibagikan$/i,
];
/** "dewi.lestari's profile picture" / "Foto profil dewi.lestari" */
const PROFILE_PICTURE = [/^(.+?)['’]s profile picture$/i, /^foto profil (.+)$/i];

function dialogOf(editor: HTMLElement): HTMLElement | null {
  return editor.closest<HTMLElement>('[role="dialog"]');
}

export const instagram: SiteAdapter = {
  platform: 'instagram',

  isComposer(editor) {
    if (!dialogOf(editor) || editor.closest('[role="article"]')) return false;
    return matchesAny(editor.getAttribute('aria-label') ?? '', CAPTION_LABELS);
  },

  container(editor) {
    return dialogOf(editor) ?? editor;
  },

  accountName(editor) {
    for (const image of dialogOf(editor)?.querySelectorAll('img[alt]') ?? []) {
      const alt = image.getAttribute('alt') ?? '';
      for (const pattern of PROFILE_PICTURE) {
        const name = pattern.exec(alt)?.[1];
        if (name) return name.trim();
      }
    }
    return null;
  },

  isPublishAction(event, editor) {
    const dialog = dialogOf(editor);
    if (!dialog || event.type !== 'click') return false;
    const button = buttonOf(event, dialog);
    if (!button || button.getAttribute('aria-disabled') === 'true') return false;
    return matchesAny(accessibleName(button) || (button.textContent ?? '').trim(), SHARE_BUTTON_LABELS);
  },

  publishState(editor, container) {
    for (const dialog of editor.ownerDocument.querySelectorAll('[role="dialog"]')) {
      const heading = accessibleName(dialog);
      if (matchesAny(heading, SHARED_MESSAGES) || matchesAny(dialog.textContent ?? '', SHARED_MESSAGES.slice(0, 2)))
        return 'published';
    }
    return container.isConnected ? 'pending' : 'closed';
  },
};
