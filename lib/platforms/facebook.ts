import { accessibleName, buttonOf, isCtrlEnter, isDisabled, matchesAny, type SiteAdapter } from './types';

/**
 * Facebook's "Create post" composer (BRIEF §5): a Lexical textbox inside `role="dialog"`, on a profile, a
 * Page or a group. Found by meaning, never by class names. Indonesian labels are our best reading of the
 * Indonesian UI (BRIEF marks them unverified): each list takes both languages and tolerates variants.
 */

/** The textbox's label: "What's on your mind, Dewi?", "Write something...", "Apa yang Anda pikirkan, Dewi?" */
const COMPOSER_LABELS = [
  /^what['’]s on your mind/i,
  /^write something/i,
  /^create a public post/i,
  /^apa yang anda pikirkan/i,
  /^tulis sesuatu/i,
  /^buat postingan publik/i,
];

/** The dialog's name. */
const DIALOG_LABELS = [/^create post$/i, /^buat postingan$/i, /^buat kiriman$/i];

/** Textboxes that are never composers, even inside a dialog (a photo viewer's comment box, a chat). */
const NOT_COMPOSER_LABELS = [/comment|komentar|reply|balas|message|pesan|search|cari|aa$/i];

/** The submit button. */
const POST_BUTTON_LABELS = [/^post$/i, /^posting$/i, /^kirim$/i, /^publish$/i, /^publikasikan$/i, /^share now$/i];

function dialogOf(editor: HTMLElement): HTMLElement | null {
  return editor.closest<HTMLElement>('[role="dialog"]');
}

export const facebook: SiteAdapter = {
  platform: 'facebook',

  isComposer(editor) {
    const dialog = dialogOf(editor);
    if (!dialog || editor.closest('[role="article"]')) return false;
    const label = editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '';
    if (matchesAny(label, NOT_COMPOSER_LABELS)) return false;
    return matchesAny(label, COMPOSER_LABELS) || matchesAny(accessibleName(dialog), DIALOG_LABELS);
  },

  container(editor) {
    return dialogOf(editor) ?? editor;
  },

  accountName(editor) {
    const dialog = dialogOf(editor);
    // The composer shows the poster's picture labelled with their name.
    const picture = dialog?.querySelector('[role="img"][aria-label], image[aria-label], svg[aria-label]');
    const name = picture?.getAttribute('aria-label')?.trim();
    if (name && !matchesAny(name, DIALOG_LABELS)) return name;
    // Else the first name in "What's on your mind, Dewi?".
    const label = editor.getAttribute('aria-label') ?? '';
    return /,\s*([^,?]+)\?\s*$/.exec(label)?.[1]?.trim() ?? null;
  },

  isPublishAction(event, editor) {
    const dialog = dialogOf(editor);
    if (!dialog) return false;
    if (event.type === 'keydown') return isCtrlEnter(event) && editor.contains(event.target as Node);
    if (event.type !== 'click') return false;
    const button = buttonOf(event, dialog);
    if (!button || isDisabled(button)) return false;
    return matchesAny(accessibleName(button) || (button.textContent ?? '').trim(), POST_BUTTON_LABELS);
  },

  publishState(editor, container) {
    // Facebook closes the dialog once the post is accepted.
    return container.isConnected && editor.isConnected ? 'pending' : 'published';
  },
};
