import { EDITABLE_SELECTOR, type SiteAdapter } from './types';

export interface ComposerEvents {
  opened(editor: HTMLElement): void;
  closed(editor: HTMLElement): void;
}

/** How long after a click, key press or focus change the page is watched for a composer to appear. */
const ARMED_MS = 5000;
const ARMING_EVENTS = ['click', 'keydown', 'focusin'] as const;

/**
 * Follows post composers as the single-page app opens and closes them, at as little cost to the host page
 * as possible: a feed mutates its DOM all the time, so the page is not observed at all while nothing
 * could be opening. Composers open in answer to the admin (a click on "What's on your mind", a key, focus
 * moving into the textbox), so each such event arms a mutation observer for a few seconds; it stays on
 * while a composer is open, but then on the elements holding the composer only (to see it close, while the
 * feed beside it churns unobserved), and is off otherwise, and always while the tab is hidden. The observer
 * callback only looks inside added elements for editable textboxes.
 */
export class ComposerWatcher {
  private readonly open = new Map<HTMLElement, HTMLElement>();
  private readonly observer: MutationObserver;
  /**
   * `page`: the whole body, for composers appearing (after the admin acts); `composers`: only the chain of
   * elements holding each open editor, so a busy feed beside an open composer costs nothing; `off`.
   */
  private mode: 'off' | 'page' | 'composers' = 'off';
  private stopped = false;
  private armedUntil = 0;
  private disarmTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onVisibility = () => this.sync();
  private readonly onArmingEvent = (event: Event) => {
    const target = event.target;
    if (event.type === 'focusin' && target instanceof HTMLElement && target.matches(EDITABLE_SELECTOR))
      this.consider(target);
    this.arm();
  };

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly document: Document,
    private readonly events: ComposerEvents,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** Scans once (a composer may be open already) and starts listening for the admin's actions. */
  start(): void {
    this.document.addEventListener('visibilitychange', this.onVisibility);
    for (const type of ARMING_EVENTS) this.document.addEventListener(type, this.onArmingEvent, true);
    this.scan(this.document.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR));
    this.sync();
  }

  stop(): void {
    // First, so that closing the open composers below cannot switch observing back on.
    this.stopped = true;
    this.document.removeEventListener('visibilitychange', this.onVisibility);
    for (const type of ARMING_EVENTS) this.document.removeEventListener(type, this.onArmingEvent, true);
    clearTimeout(this.disarmTimer);
    this.disarmTimer = undefined;
    this.setMode('off');
    for (const editor of [...this.open.keys()]) this.close(editor);
  }

  /**
   * Watches for a while, as after an action of the admin's (also used after single-page navigation). Runs
   * on every key press in the host page, so it only moves a deadline; one timer checks it when it is due.
   */
  arm(): void {
    this.armedUntil = Date.now() + ARMED_MS;
    if (this.disarmTimer === undefined) this.scheduleDisarm(ARMED_MS);
    if (this.mode !== 'page') this.sync();
  }

  private scheduleDisarm(delay: number): void {
    this.disarmTimer = setTimeout(() => {
      const left = this.armedUntil - Date.now();
      if (left > 0) this.scheduleDisarm(left + 10);
      else {
        this.disarmTimer = undefined;
        this.sync();
      }
    }, delay);
  }

  private sync(): void {
    const visible = !this.stopped && this.document.visibilityState !== 'hidden';
    this.setMode(!visible ? 'off' : Date.now() < this.armedUntil ? 'page' : this.open.size > 0 ? 'composers' : 'off');
  }

  private setMode(mode: 'off' | 'page' | 'composers'): void {
    // The chains change as composers come and go: in that mode, observe them afresh each time.
    if (mode === this.mode && mode !== 'composers') return;
    this.mode = mode;
    this.observer.disconnect();
    if (mode === 'page') this.observer.observe(this.document.body, { childList: true, subtree: true });
    else if (mode === 'composers') {
      // An editor leaves the page only when it or an element holding it is taken out of its parent.
      const watched = new Set<Node>();
      for (const editor of this.open.keys())
        for (let node = editor.parentNode; node && !watched.has(node); node = node.parentNode) {
          watched.add(node);
          this.observer.observe(node, { childList: true });
        }
    }
  }

  private onMutations(records: MutationRecord[]): void {
    // A box the admin is in may become a composer as the site adds its parts (an inline composer shows its
    // Post button once focused).
    const focused = this.document.activeElement;
    if (this.mode === 'page' && focused instanceof HTMLElement && focused.matches(EDITABLE_SELECTOR))
      this.consider(focused);
    let removed = false;
    for (const record of records) {
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as HTMLElement;
        if (element.matches(EDITABLE_SELECTOR)) this.consider(element);
        else if (element.firstElementChild) this.scan(element.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR));
      }
    }
    if (removed && this.open.size > 0) {
      for (const [editor, container] of this.open)
        if (!editor.isConnected || !container.isConnected) this.close(editor);
    }
  }

  private scan(editors: Iterable<HTMLElement>): void {
    for (const editor of editors) this.consider(editor);
  }

  private consider(editor: HTMLElement): void {
    if (this.open.has(editor) || !this.adapter.isComposer(editor)) return;
    this.open.set(editor, this.adapter.container(editor));
    this.sync();
    this.events.opened(editor);
  }

  private close(editor: HTMLElement): void {
    if (!this.open.delete(editor)) return;
    this.sync();
    this.events.closed(editor);
  }
}
