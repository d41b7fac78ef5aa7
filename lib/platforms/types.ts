import type { Platform } from './index';

/** Contenteditable textboxes: Lexical's root element on both sites (BRIEF §5). */
export const EDITABLE_SELECTOR = '[contenteditable="true"][role="textbox"]';

/** What one site's adapter knows about its pages. Selectors and labels live in the adapters only. */
export interface SiteAdapter {
  platform: Platform;
  /** A post composer, not a comment or reply box, Messenger or search. */
  isComposer(editor: HTMLElement): boolean;
  /** The element whose removal means the composer has closed (its dialog). */
  container(editor: HTMLElement): HTMLElement;
  /** The account the post goes out as, when the page shows it. */
  accountName(editor: HTMLElement): string | null;
  /** This click or key press asks to publish what the composer holds. */
  isPublishAction(event: Event, editor: HTMLElement): boolean;
  /**
   * After a publish action: `published` once the site confirms, `closed` when the composer went away
   * without the site's confirmation, `pending` while neither has happened.
   */
  publishState(editor: HTMLElement, container: HTMLElement): 'published' | 'closed' | 'pending';
}

/** The accessible name of an element: aria-label, else the text of what aria-labelledby points at. */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const ids = element.getAttribute('aria-labelledby');
  if (ids) {
    return ids
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  return '';
}

export const matchesAny = (text: string, patterns: readonly RegExp[]) => patterns.some((pattern) => pattern.test(text));

/** The button (a `role="button"` element or <button>) an event happened in, inside `scope`. */
export function buttonOf(event: Event, scope: Element): HTMLElement | null {
  const target = event.target;
  if (!(target instanceof Element)) return null;
  const button = target.closest<HTMLElement>('[role="button"], button');
  return button && scope.contains(button) ? button : null;
}

export function isDisabled(button: Element): boolean {
  return button.getAttribute('aria-disabled') === 'true' || button.hasAttribute('disabled');
}

export function isCtrlEnter(event: Event): boolean {
  return event instanceof KeyboardEvent && event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}
