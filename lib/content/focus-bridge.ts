/**
 * Keyboard access to the sidebar from inside the site's composer. The composers are modal dialogs that trap
 * focus (Tab never leaves them, and focus moved out is pulled back), so the sidebar would be out of reach of
 * keyboard and screen-reader users. Alt+Shift+P moves focus into the sidebar from anywhere on the page, and
 * Escape in the sidebar puts focus back in the composer where the caret was.
 *
 * Working inside a focus trap: the shortcut is heard on the window in the capture phase (before the page's
 * own handlers on the document); the focus events of focus going into the sidebar, and the keys pressed
 * in it, are kept from the page (a trap that sees focus leave its dialog pulls it back, one that sees Tab
 * moves focus itself, and Escape would close the site's dialog); and the `inert` or `aria-hidden` a modal
 * library puts on everything outside its dialog is taken off the sidebar's host again. Stopping a key
 * event's propagation does not stop its default action, so typing and Tab work in the sidebar as usual;
 * the sidebar's own components listen to no key events (Escape is handled here).
 */

/** Alt+Shift+P, by key position, so it is the same on every keyboard layout (macOS: Option+Shift+P). */
export function isSidebarShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP';
}

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;
const FOCUS_EVENTS = ['focusin', 'focusout', 'focus', 'blur'] as const;

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

export interface FocusBridgeOptions {
  /** The shadow host the sidebar lives in, while it is mounted. */
  host(): HTMLElement | null;
  /** The composer's editor to come back to when the caret's place is gone. */
  editor(): HTMLElement | null;
}

interface Caret {
  element: HTMLElement;
  range: Range | null;
}

export class FocusBridge {
  private caret: Caret | null = null;
  private hostGuard: MutationObserver | null = null;
  private guarded: HTMLElement | null = null;

  private readonly onKey = (event: KeyboardEvent) => {
    const host = this.options.host();
    if (!host || !event.isTrusted) return;
    if (event.target === host) {
      // Typed in the sidebar: none of the page's business.
      event.stopImmediatePropagation();
      if (event.type === 'keydown' && event.key === 'Escape' && this.leave()) event.preventDefault();
      return;
    }
    if (event.type !== 'keydown' || !isSidebarShortcut(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.enter(host);
  };

  /** Focus arriving in the sidebar, or leaving the page for it, is none of the page's business. */
  private readonly onFocusEvent = (event: FocusEvent) => {
    const host = this.options.host();
    if (!host) return;
    const entering = (event.type === 'focusin' || event.type === 'focus') && event.target === host;
    const leavingForSidebar = (event.type === 'focusout' || event.type === 'blur') && event.relatedTarget === host;
    if (entering || leavingForSidebar) event.stopImmediatePropagation();
  };

  constructor(
    private readonly window: Window,
    private readonly options: FocusBridgeOptions,
  ) {}

  install(): () => void {
    for (const type of KEY_EVENTS) this.window.addEventListener(type, this.onKey, true);
    for (const type of FOCUS_EVENTS) this.window.addEventListener(type, this.onFocusEvent, true);
    return () => {
      for (const type of KEY_EVENTS) this.window.removeEventListener(type, this.onKey, true);
      for (const type of FOCUS_EVENTS) this.window.removeEventListener(type, this.onFocusEvent, true);
      this.hostGuard?.disconnect();
      this.hostGuard = null;
      this.guarded = null;
    };
  }

  /** Keeps the host reachable: a modal library may mark everything outside its dialog inert or hidden. */
  guard(host: HTMLElement): void {
    if (this.guarded === host) return;
    this.hostGuard?.disconnect();
    this.guarded = host;
    const clear = () => {
      if (host.hasAttribute('inert')) host.removeAttribute('inert');
      if (host.getAttribute('aria-hidden') === 'true') host.removeAttribute('aria-hidden');
    };
    clear();
    this.hostGuard = new MutationObserver(clear);
    this.hostGuard.observe(host, { attributes: true, attributeFilter: ['inert', 'aria-hidden'] });
  }

  /** Moves focus to the sidebar's first control, remembering where the caret was. */
  enter(host: HTMLElement): void {
    this.guard(host);
    const document = this.window.document;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== host) {
      const selection = document.getSelection();
      const range =
        selection && selection.rangeCount > 0 && active.contains(selection.getRangeAt(0).startContainer)
          ? selection.getRangeAt(0).cloneRange()
          : null;
      this.caret = { element: active, range };
    }
    host.shadowRoot?.querySelector<HTMLElement>(`aside :is(${FOCUSABLE})`)?.focus();
  }

  /** Escape in the sidebar: back to the composer, the caret where it was. */
  leave(): boolean {
    const caret = this.caret;
    const element = caret?.element.isConnected ? caret.element : this.options.editor();
    if (!element) return false;
    element.focus({ preventScroll: true });
    const selection = this.window.document.getSelection();
    if (caret?.range && caret.element === element && selection) {
      selection.removeAllRanges();
      selection.addRange(caret.range);
    }
    return true;
  }
}
