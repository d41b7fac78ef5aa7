import {
  composerButton,
  composerDialog,
  dialogName,
  dialogOf,
  DIALOG_SELECTOR,
  enclosingDialogName,
  LIVE_REGIONS,
  httpsUrlOn,
  interactiveParts,
  noticeLinks,
  textboxNames,
  visibleText,
} from './dom';
import { INSTAGRAM_LABELS as LABELS, matchesLabel, remainderOf } from './labels';
import { EDITABLE_SELECTOR, type SiteAdapter } from './types';

/**
 * Instagram's "Create new post" dialog at its caption step (docs/sites.md, "Instagram"): a Lexical caption
 * box, a text-only "Share" button; success shows "Post shared" / "Your post has been shared.".
 */

const POST_PATH = /^\/(?:p|reel)\/[\w-]+\/?$/;

/** The dialog (or toast) says the post went out: by its name, its words, or its checkmark image. */
function confirms(dialog: Element): boolean {
  if (matchesLabel(dialogName(dialog), LABELS.shared)) return true;
  for (const element of [dialog, ...dialog.querySelectorAll('h1, h2, h3, p, span, div, img[alt], [role="img"]')]) {
    // The caption itself may say anything.
    if (element.closest('[contenteditable="true"]')) continue;
    const name = element.getAttribute('alt') ?? element.getAttribute('aria-label') ?? visibleText(element);
    if (name.length < 80 && matchesLabel(name, LABELS.shared)) return true;
  }
  return false;
}

export const instagram: SiteAdapter = {
  platform: 'instagram',

  isComposer(editor) {
    if (!dialogOf(editor) || editor.closest('[role="article"]')) return false;
    return (
      textboxNames(editor).some((name) => matchesLabel(name, LABELS.caption)) ||
      matchesLabel(enclosingDialogName(editor), LABELS.composerDialog)
    );
  },

  container(editor) {
    return composerDialog(editor, LABELS.share) ?? editor;
  },

  accountName(editor) {
    for (const image of composerDialog(editor, LABELS.share)?.querySelectorAll('img[alt]') ?? []) {
      const name = remainderOf(image.getAttribute('alt') ?? '', LABELS.profilePicture);
      if (name) return name;
    }
    return null;
  },

  actionOf(event, composer) {
    const pressed = composerButton(event, composer);
    return pressed && matchesLabel(pressed.name, LABELS.share) ? { action: 'publish', scope: pressed.scope } : null;
  },

  stepOpen(composer) {
    return composer.container.isConnected;
  },

  publishState(composer) {
    const document = composer.container.ownerDocument;
    const dialogs = [...document.querySelectorAll(DIALOG_SELECTOR)];
    // The confirmation may also come as a toast once the dialog has closed.
    if ([...dialogs, ...document.querySelectorAll(LIVE_REGIONS)].some(confirms)) return 'published';
    // Instagram may show "Sharing…" in a dialog of its own before the confirmation: wait while any is open.
    return dialogs.length === 0 ? 'closed' : 'pending';
  },

  postLinks(document) {
    const links: string[] = [];
    for (const link of noticeLinks(document)) {
      const url = httpsUrlOn(link.getAttribute('href') ?? '', document.baseURI, (host) => host === 'www.instagram.com');
      if (url && POST_PATH.test(url.pathname)) links.push(url.href);
    }
    return links;
  },

  keepClear: interactiveParts,

  openDialogs: (document) => [...document.querySelectorAll(DIALOG_SELECTOR)],

  mediaStep(document) {
    // "Create new post" before its caption step: no editor yet, and not the "Post shared" confirmation.
    for (const dialog of document.querySelectorAll<HTMLElement>(DIALOG_SELECTOR))
      if (
        matchesLabel(dialogName(dialog), LABELS.composerDialog) &&
        !dialog.querySelector(EDITABLE_SELECTOR) &&
        !confirms(dialog)
      )
        return dialog;
    return null;
  },
};
