import {
  accessibleName,
  BUTTON_SELECTOR,
  buttonsNamed,
  composerButton,
  composerDialog,
  dialogName,
  dialogOf,
  DIALOG_SELECTOR,
  enclosingDialogName,
  httpsUrlOn,
  interactiveParts,
  isCtrlEnter,
  noticeLinks,
  textboxNames,
  visibleText,
} from './dom';
import { FACEBOOK_LABELS as LABELS, matchesLabel, remainderOf } from './labels';
import { readEditorText } from './lexical-dom';
import type { SiteAdapter } from './types';

/**
 * Facebook's composers (docs/sites.md, "Facebook"): the "Create post" dialog on a profile, a Page or a group,
 * its two-step form (Next → "Post settings" → Post), and a group's inline composer that opens in place with
 * no dialog. Found by meaning (roles, names in English and Indonesian), never by class names.
 */

/** How far up from an inline editor its Post button may sit (React nests the block 10–20 wrappers deep). */
const INLINE_DEPTH = 24;
/** Where an inline composer's block search stops: past these lies the rest of the page. */
const PAGE_REGIONS = '[role="main"], [role="feed"], [role="article"], [role="banner"], [role="navigation"], body';

/**
 * An inline composer's block: the nearest ancestor that holds a Post button, within its column. A button in
 * a feed story (a comment's) is not this composer's.
 */
function inlineBlock(editor: HTMLElement): HTMLElement | null {
  let element = editor.parentElement;
  for (let depth = 0; element && depth < INLINE_DEPTH; depth++, element = element.parentElement) {
    if (buttonsNamed(element, LABELS.post).some((button) => !button.closest('[role="article"]'))) return element;
    if (element.matches(PAGE_REGIONS)) return null;
  }
  return null;
}

/** The buttons that make a dialog the composer's: Post, or Next in the two-step form. */
const COMPOSER_BUTTONS = [...LABELS.post, ...LABELS.next];
const dialogOfComposer = (editor: HTMLElement) => composerDialog(editor, COMPOSER_BUTTONS);

const isFacebookHost = (host: string) => host === 'facebook.com' || host.endsWith('.facebook.com');
const POST_PATH = /\/posts\/|\/permalink|story_fbid=|\/story\.php|\/share\/p\//;

export const facebook: SiteAdapter = {
  platform: 'facebook',

  isComposer(editor) {
    if (editor.closest('[role="article"]')) return false;
    const names = textboxNames(editor);
    if (names.some((name) => matchesLabel(name, LABELS.notComposer))) return false;
    const labelled = names.some((name) => matchesLabel(name, LABELS.composer));
    if (dialogOf(editor)) return labelled || matchesLabel(enclosingDialogName(editor), LABELS.composerDialog);
    // No dialog: a group's inline composer, known by its label and the Post button beside it.
    return labelled && inlineBlock(editor) !== null;
  },

  container(editor) {
    return dialogOfComposer(editor) ?? inlineBlock(editor) ?? editor;
  },

  accountName(editor) {
    const scope = dialogOfComposer(editor) ?? inlineBlock(editor);
    // The composer shows the poster's picture labelled with their name (a button's icon is not it).
    const picture = [
      ...(scope?.querySelectorAll('[role="img"][aria-label], image[aria-label], svg[aria-label]') ?? []),
    ].find((image) => !image.closest(BUTTON_SELECTOR));
    const name = picture?.getAttribute('aria-label')?.trim();
    if (name && !matchesLabel(name, LABELS.composerDialog)) return name;
    // Else the name in "What's on your mind, Dewi?".
    for (const label of textboxNames(editor)) {
      const rest = remainderOf(label, LABELS.composer);
      if (rest) return rest;
    }
    return null;
  },

  actionOf(event, composer) {
    if (isCtrlEnter(event) && composer.editor?.contains(event.target as Node))
      return { action: 'publish', scope: composer.container };
    const pressed = composerButton(event, composer);
    if (!pressed || matchesLabel(pressed.name, LABELS.anonymous)) return null;
    if (matchesLabel(pressed.name, LABELS.post)) return { action: 'publish', scope: pressed.scope };
    if (composer.editor && matchesLabel(pressed.name, LABELS.next)) return { action: 'next', scope: pressed.scope };
    return null;
  },

  stepOpen(composer) {
    if (composer.container.isConnected) return true;
    // The settings step may come as a dialog of its own.
    return [...composer.container.ownerDocument.querySelectorAll(DIALOG_SELECTOR)].some(
      (dialog) =>
        matchesLabel(dialogName(dialog), LABELS.settingsDialog) ||
        matchesLabel(dialogName(dialog), LABELS.composerDialog),
    );
  },

  publishState(composer, scope) {
    // Facebook closes the dialog once the post is accepted.
    if (!scope.isConnected) return 'published';
    if (dialogOf(scope) || scope.matches(DIALOG_SELECTOR)) return 'pending';
    // An inline composer empties (or folds away) once the post is accepted.
    const editor = composer.editor;
    if (!editor?.isConnected || readEditorText(editor).trim() === '') return 'published';
    return 'pending';
  },

  postLinks(document) {
    const links: string[] = [];
    for (const link of noticeLinks(document)) {
      const url = httpsUrlOn(link.getAttribute('href') ?? '', document.baseURI, isFacebookHost);
      if (!url) continue;
      const name = accessibleName(link) || visibleText(link);
      if (matchesLabel(name, LABELS.postLink) || POST_PATH.test(url.pathname + url.search)) links.push(url.href);
    }
    return links;
  },

  keepClear: interactiveParts,

  openDialogs: (document) => [...document.querySelectorAll(DIALOG_SELECTOR)],
};
