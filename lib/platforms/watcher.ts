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
 * while a composer is open (to see it close) and is off otherwise, and always while the tab is hidden.
 * The observer callback only looks inside added elements for editable textboxes.
 */
export class ComposerWatcher {
  private readonly open = new Map<HTMLElement, HTMLElement>();
  private readonly observer: MutationObserver;
  private observing = false;
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
    this.setObserving(false);
    for (const editor of [...this.open.keys()]) this.close(editor);
  }

  /**
   * Watches for a while, as after an action of the admin's (also used after single-page navigation). Runs
   * on every key press in the host page, so it only moves a deadline; one timer checks it when it is due.
   */
  arm(): void {
    this.armedUntil = Date.now() + ARMED_MS;
    if (this.disarmTimer === undefined) this.scheduleDisarm(ARMED_MS);
    if (!this.observing) this.sync();
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
    const wanted =
      !this.stopped &&
      this.document.visibilityState !== 'hidden' &&
      (this.open.size > 0 || Date.now() < this.armedUntil);
    this.setObserving(wanted);
  }

  private setObserving(on: boolean): void {
    if (on === this.observing) return;
    this.observing = on;
    if (on) this.observer.observe(this.document.body, { childList: true, subtree: true });
    else this.observer.disconnect();
  }

  private onMutations(records: MutationRecord[]): void {
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
