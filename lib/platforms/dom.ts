/**
 * Reading the sites' pages by meaning (roles, accessible names, text), the way a screen reader does; the
 * helpers every adapter shares.
 */
import { matchesLabel, type SiteLabel } from './labels';

/** The text a person sees in an element: icons' SVG titles and hidden parts left out. */
export function visibleText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    else if (node instanceof Element && !(node.namespaceURI?.endsWith('svg') ?? false)) {
      if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) continue;
      text += ` ${visibleText(node)} `;
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The accessible name: aria-label, else the text aria-labelledby points at. */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label')?.trim();
  if (label) return label;
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

/** A button's name: its accessible name, else its text ("Share" is a text-only `div[role="button"]`). */
export function buttonName(button: Element): string {
  return accessibleName(button) || visibleText(button);
}

/** The names a textbox goes by: aria-label, aria-labelledby, aria-placeholder (inline composers have only that). */
export function textboxNames(editor: Element): string[] {
  return [accessibleName(editor), editor.getAttribute('aria-placeholder') ?? ''].filter((name) => name.trim() !== '');
}

export const BUTTON_SELECTOR = '[role="button"], button';

/** A control that is switched on and off (the anonymous toggle), never an action button. */
export function isToggle(element: Element): boolean {
  const role = element.getAttribute('role');
  return (
    role === 'switch' ||
    role === 'checkbox' ||
    role === 'radio' ||
    role === 'menuitemcheckbox' ||
    element.hasAttribute('aria-pressed') ||
    element.hasAttribute('aria-checked')
  );
}

export function isDisabled(button: Element): boolean {
  return button.getAttribute('aria-disabled') === 'true' || button.hasAttribute('disabled');
}

/**
 * The button this event activates: a click on or inside it, or Enter or Space pressed while it has focus
 * (the sites' `div[role="button"]`s answer keys themselves, with no click event).
 */
export function activatedButton(event: Event): HTMLElement | null {
  const target = event.target;
  if (!(target instanceof Element)) return null;
  if (event.type === 'click') return target.closest<HTMLElement>(BUTTON_SELECTOR);
  if (event.type === 'keydown' && event instanceof KeyboardEvent && (event.key === 'Enter' || event.key === ' '))
    return target.matches(BUTTON_SELECTOR) && !event.ctrlKey && !event.metaKey ? (target as HTMLElement) : null;
  return null;
}

export function isCtrlEnter(event: Event): boolean {
  return event instanceof KeyboardEvent && event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

export const DIALOG_SELECTOR = '[role="dialog"]';

export function dialogOf(element: Element): HTMLElement | null {
  return element.closest<HTMLElement>(DIALOG_SELECTOR);
}

/** The buttons in `scope` whose name matches `labels`, switches left out. */
export function buttonsNamed(scope: ParentNode, labels: readonly SiteLabel[]): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(BUTTON_SELECTOR)].filter(
    (button) => !isToggle(button) && matchesLabel(buttonName(button), labels),
  );
}

/**
 * A button activated in the composer, or, once the editor has left for a later step, in any dialog: the
 * element the button sits in, or null when the event is elsewhere. Switches and disabled buttons are no action.
 */
export function composerButton(
  event: Event,
  composer: { editor: HTMLElement | null; container: HTMLElement },
): { button: HTMLElement; name: string; scope: HTMLElement } | null {
  const button = activatedButton(event);
  if (!button || isDisabled(button) || isToggle(button)) return null;
  const scope =
    composer.container.isConnected && composer.container.contains(button)
      ? composer.container
      : composer.editor === null
        ? dialogOf(button)
        : null;
  return scope ? { button, name: buttonName(button), scope } : null;
}

const INTERACTIVE =
  'button, [role="button"], a[href], input, select, textarea, [role="switch"], [role="checkbox"], [role="textbox"], [role="combobox"], [role="link"], [role="tab"], [contenteditable="true"]';

/** The editor and every control in the composer: what the sidebar must leave uncovered. */
export function interactiveParts(composer: { editor: HTMLElement | null; container: HTMLElement }): Element[] {
  const parts = [...composer.container.querySelectorAll(INTERACTIVE)];
  if (composer.editor && !parts.includes(composer.editor)) parts.unshift(composer.editor);
  return parts;
}

/** Links in the page's live regions and dialogs (toasts, "View post"), where a new post's link shows. */
export function noticeLinks(document: Document): HTMLAnchorElement[] {
  return [
    ...document.querySelectorAll<HTMLAnchorElement>(
      '[role="status"] a[href], [role="alert"] a[href], [aria-live] a[href], [role="dialog"] a[href]',
    ),
  ];
}

/** An https address on one of `hosts`, or null. */
export function httpsUrlOn(href: string, base: string, hosts: (host: string) => boolean): URL | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' && hosts(url.hostname.toLowerCase()) ? url : null;
  } catch {
    return null;
  }
}
