import type { SiteAdapter } from './types';

export type PublishOutcome = 'published' | 'unconfirmed';

/** How long to wait for the site to confirm a publish before logging it as unconfirmed. */
const CONFIRM_TIMEOUT_MS = 30_000;

/**
 * Notices when the admin publishes from a composer: the publish action (Post/Share clicked, Ctrl+Enter)
 * takes a snapshot at once, before the site clears the editor; the site's confirmation (dialog closed,
 * "shared" message) then settles it. Further actions while one is pending are the same post (a double
 * click, a re-render), so each publish reports exactly once.
 */
export class PublishTracker<Snapshot> {
  private pending: { snapshot: Snapshot; observer: MutationObserver; timer: ReturnType<typeof setTimeout> } | null =
    null;
  private readonly onAction = (event: Event) => this.action(event);

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly editor: HTMLElement,
    private readonly takeSnapshot: () => Snapshot,
    private readonly report: (snapshot: Snapshot, outcome: PublishOutcome) => void,
  ) {
    // Capture phase: the site's own handlers may stop the event or remove the button.
    editor.ownerDocument.addEventListener('click', this.onAction, true);
    editor.ownerDocument.addEventListener('keydown', this.onAction, true);
  }

  /** Stops listening for new actions; a publish already pending still settles. */
  detach(): void {
    this.editor.ownerDocument.removeEventListener('click', this.onAction, true);
    this.editor.ownerDocument.removeEventListener('keydown', this.onAction, true);
  }

  private action(event: Event): void {
    if (this.pending || !this.editor.isConnected || !this.adapter.isPublishAction(event, this.editor)) return;
    const snapshot = this.takeSnapshot();
    const container = this.adapter.container(this.editor);
    const settle = (outcome: PublishOutcome | null) => {
      if (!this.pending || outcome === null) return;
      this.pending.observer.disconnect();
      clearTimeout(this.pending.timer);
      this.pending = null;
      this.report(snapshot, outcome);
    };
    const evaluate = () => {
      const state = this.adapter.publishState(this.editor, container);
      settle(state === 'published' ? 'published' : state === 'closed' ? 'unconfirmed' : null);
    };
    const observer = new MutationObserver(evaluate);
    observer.observe(this.editor.ownerDocument.body, { childList: true, subtree: true, characterData: true });
    this.pending = { snapshot, observer, timer: setTimeout(() => settle('unconfirmed'), CONFIRM_TIMEOUT_MS) };
    // The site may already have closed the dialog synchronously in its own handler.
    queueMicrotask(evaluate);
  }
}
