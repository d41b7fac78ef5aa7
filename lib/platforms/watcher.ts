import { EDITABLE_SELECTOR, type SiteAdapter } from './types';

export interface ComposerEvents {
  opened(editor: HTMLElement): void;
  closed(editor: HTMLElement): void;
}

/**
 * Follows post composers as the single-page app opens and closes them. The host page mutates its DOM all
 * the time (a feed inserting stories), so the observer callback stays cheap: it only looks inside added
 * elements for editable textboxes, and only checks removals while a composer is open. Nothing runs while
 * the tab is hidden.
 */
export class ComposerWatcher {
  private readonly open = new Map<HTMLElement, HTMLElement>();
  private readonly observer: MutationObserver;
  private readonly onVisibility = () => this.syncVisibility();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly document: Document,
    private readonly events: ComposerEvents,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.document.addEventListener('visibilitychange', this.onVisibility);
    this.syncVisibility();
  }

  stop(): void {
    this.observer.disconnect();
    this.document.removeEventListener('visibilitychange', this.onVisibility);
    for (const editor of [...this.open.keys()]) this.close(editor);
  }

  get composers(): HTMLElement[] {
    return [...this.open.keys()];
  }

  private syncVisibility(): void {
    if (this.document.visibilityState === 'hidden') {
      this.observer.disconnect();
      return;
    }
    this.observer.observe(this.document.body, { childList: true, subtree: true });
    this.scan(this.document.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR));
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
    this.events.opened(editor);
  }

  private close(editor: HTMLElement): void {
    if (!this.open.delete(editor)) return;
    this.events.closed(editor);
  }
}
