import type { Platform } from './platform';

/** Contenteditable textboxes: Lexical's root element on both sites (docs/sites.md, "Editors"). */
export const EDITABLE_SELECTOR = '[contenteditable="true"][role="textbox"]';

/** One composer as the page holds it now. */
export interface ComposerView {
  /** The editor while it is in the page; null between the steps of a two-step composer. */
  editor: HTMLElement | null;
  /** The composer's dialog, or the block an inline composer sits in with its Post button. */
  container: HTMLElement;
}

/** What a click or key press asks of a composer, and the element (dialog or block) its button sits in. */
export interface ComposerAction {
  action: 'publish' | 'next';
  scope: HTMLElement;
}

/** What one site's adapter knows about its pages. Selectors and labels live in the adapters only. */
export interface SiteAdapter {
  platform: Platform;
  /** A post composer, not a comment or reply box, Messenger or search. */
  isComposer(editor: HTMLElement): boolean;
  /** The element whose removal means the composer has closed: its dialog, or an inline composer's block. */
  container(editor: HTMLElement): HTMLElement;
  /** The account the post goes out as, when the page shows it. */
  accountName(editor: HTMLElement): string | null;
  /**
   * What this click or key press asks of `composer`: publish, move on to the composer's next step, or
   * nothing. The caller passes trusted events only (a script on the page cannot publish for the admin).
   */
  actionOf(event: Event, composer: ComposerView): ComposerAction | null;
  /** The editor has left the page: is the composer still open at a later step? */
  stepOpen(composer: ComposerView): boolean;
  /**
   * After a publish action in `scope`: `published` once the site confirms, `closed` when the composer went
   * away without the site's confirmation, `pending` while neither has happened.
   */
  publishState(composer: ComposerView, scope: HTMLElement): 'published' | 'closed' | 'pending';
  /** Links to a post that the page shows now in its toasts and dialogs ("View post"), as https addresses. */
  postLinks(document: Document): string[];
  /** What the sidebar must never cover: the editor and the composer's buttons and fields. */
  keepClear(composer: ComposerView): Element[];
  /** The site's dialogs open now (notices keep off them). */
  openDialogs(document: Document): Element[];
  /**
   * A post composer open at a step before its editor (Instagram's "Create new post" starts with the media):
   * its dialog, where images can be attached and the caption waits for the caption step. Null: none.
   * Absent on a site whose composers have their editor from the start (Facebook).
   */
  mediaStep?(document: Document): HTMLElement | null;
}
