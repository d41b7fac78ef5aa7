import type { SiteAdapter } from './types';

/** How long after the admin acts the page is watched for a composer's media step to open. */
const ARMED_MS = 5000;

/**
 * Follows a composer's media step (Instagram's "Create new post" before the caption): the page is watched
 * only for a few seconds after each click or key press (the dialog opens in answer to one), and while the
 * step is open, only the dialog's own subtree and the elements holding it (to see it change or close).
 * Sites whose composers have no such step (`mediaStep` always null) cost nothing beyond the listener.
 */
export class MediaStepWatcher {
  private current: HTMLElement | null = null;
  private readonly observer: MutationObserver;
  private armedUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onAction = () => this.arm();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly document: Document,
    private readonly changed: (dialog: HTMLElement | null) => void,
  ) {
    this.observer = new MutationObserver(() => this.look());
  }

  start(): void {
    if (!this.adapter.mediaStep) return;
    this.document.addEventListener('click', this.onAction, true);
    this.document.addEventListener('keydown', this.onAction, true);
    this.look();
  }

  stop(): void {
    this.document.removeEventListener('click', this.onAction, true);
    this.document.removeEventListener('keydown', this.onAction, true);
    this.observer.disconnect();
    clearTimeout(this.timer);
  }

  /** The media step open now, if any. */
  dialog(): HTMLElement | null {
    return this.current;
  }

  private arm(): void {
    this.armedUntil = Date.now() + ARMED_MS;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.look(), ARMED_MS + 10);
    this.look();
  }

  private look(): void {
    const found = this.adapter.mediaStep?.(this.document) ?? null;
    if (found !== this.current) {
      this.current = found;
      this.changed(found);
    }
    this.observer.disconnect();
    if (Date.now() < this.armedUntil) this.observer.observe(this.document.body, { childList: true, subtree: true });
    else if (found) {
      this.observer.observe(found, { childList: true, subtree: true, characterData: true });
      for (let node = found.parentNode; node; node = node.parentNode) this.observer.observe(node, { childList: true });
    }
  }
}
