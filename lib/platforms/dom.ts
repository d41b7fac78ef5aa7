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

/** The text of the elements an ARIA reference attribute (aria-labelledby, aria-describedby) points at. */
function referencedText(element: Element, attribute: string): string {
  return (element.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .map((id) => (id ? (element.ownerDocument.getElementById(id)?.textContent ?? '') : ''))
    .join(' ')
    .trim();
}

/** The accessible name: aria-label, else the text aria-labelledby points at. */
export function accessibleName(element: Element): string {
  return element.getAttribute('aria-label')?.trim() || referencedText(element, 'aria-labelledby');
}

/** A button's name: its accessible name, else its text ("Share" is a text-only `div[role="button"]`). */
export function buttonName(button: Element): string {
  return accessibleName(button) || visibleText(button);
}

/** A placeholder is a line of text: longer text beside an editor is content (a story, a caption's preview). */
const PLACEHOLDER_MAX = 100;

/**
 * Lexical's React editor renders its placeholder as an element beside the editable one (or beside a wrapper
 * or two of it), with no attribute tying them (docs/sites.md, "Editors"): the text of such siblings that hold
 * no control, nearest first.
 */
function placeholdersBeside(editor: Element): string[] {
  let node: Element | null = editor;
  for (let depth = 0; node?.parentElement && depth < 3; depth++, node = node.parentElement) {
    const texts = [...node.parentElement.children]
      .filter((sibling) => sibling !== node && !sibling.matches(INTERACTIVE) && !sibling.querySelector(INTERACTIVE))
      .map((sibling) => (sibling.textContent ?? '').trim())
      .filter((text) => text !== '' && text.length <= PLACEHOLDER_MAX);
    if (texts.length > 0) return texts;
  }
  return [];
}

/**
 * The names a textbox goes by: aria-label, aria-labelledby, aria-placeholder (inline composers have only
 * that), aria-describedby, and the placeholder shown beside it.
 */
export function textboxNames(editor: Element): string[] {
  return [
    accessibleName(editor),
    editor.getAttribute('aria-placeholder') ?? '',
    referencedText(editor, 'aria-describedby'),
    ...placeholdersBeside(editor),
  ].filter((name) => name.trim() !== '');
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

/** The dialogs holding an element, nearest first: the sites nest role="dialog" layers. */
export function dialogsOf(element: Element): HTMLElement[] {
  const dialogs: HTMLElement[] = [];
  for (let dialog = dialogOf(element); dialog; dialog = dialog.parentElement && dialogOf(dialog.parentElement))
    dialogs.push(dialog);
  return dialogs;
}

/** A dialog's name: its accessible name, else its first heading (a title the dialog shows but is not named by). */
export function dialogName(dialog: Element): string {
  const heading = dialog.querySelector('h1, h2, h3, [role="heading"]');
  return accessibleName(dialog) || (heading ? visibleText(heading) : '');
}

/**
 * The name of the nearest dialog holding `element` that has one: an unnamed layer may wrap the named
 * dialog, or a named dialog an unnamed part. A named dialog inside the composer's (a picker) speaks for itself.
 */
export function enclosingDialogName(element: Element): string {
  for (const dialog of dialogsOf(element)) {
    const name = dialogName(dialog);
    if (name) return name;
  }
  return '';
}

/**
 * The dialog a composer lives in: of the dialogs holding its editor, the nearest that also holds one of its
 * buttons (`buttons`: Post, Next, Share; a footer may sit in an outer layer), else the nearest.
 */
export function composerDialog(editor: Element, buttons: readonly SiteLabel[]): HTMLElement | null {
  const dialogs = dialogsOf(editor);
  return dialogs.find((dialog) => buttonsNamed(dialog, buttons).length > 0) ?? dialogs[0] ?? null;
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

/** The page's live regions, where toasts show. */
export const LIVE_REGIONS = '[role="status"], [role="alert"], [aria-live]';

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
