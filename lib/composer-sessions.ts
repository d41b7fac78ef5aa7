import type { ReviewAnswer } from './guidelines';
import { bindEditor, type ComposerBinding } from './platforms/binding';
import { readEditorText } from './platforms/lexical-dom';
import { PublishTracker, type PublishOutcome } from './platforms/publish';
import type { SiteAdapter } from './platforms/types';
import { ComposerWatcher } from './platforms/watcher';
import { buildPostRecord } from './post-log';
import type { PostRecord } from './schemas/post';
import { workspaceNow, type Workspace } from './workspace';

interface Snapshot {
  id: string;
  text: string;
  account: string | null;
  hostUrl: string;
  templateId?: string;
  reviews?: ReviewAnswer[];
}

export interface SessionEvents {
  /** The composer the sidebar serves changed (null: none is open). */
  activeChanged(composer: ComposerBinding | null): void;
  /** A publish was logged, or could not be. */
  logged(result: { ok: true; record: PostRecord } | { ok: false; error: string }): void;
}

interface Session {
  /** One id per composer: a retried publish from the same composer replaces its entry, never adds one. */
  postId: string;
  binding: ComposerBinding;
  tracker: PublishTracker<Snapshot>;
  templateId?: string;
  /** Findings the admin answered in the sidebar, logged with the post. */
  reviews?: ReviewAnswer[];
}

/**
 * The composers open on a page, each with its publish tracker; the most recently opened one is the one
 * the sidebar serves. Publishing is logged through `log` (a message to the background).
 */
export class ComposerSessions {
  private readonly sessions = new Map<HTMLElement, Session>();
  private readonly watcher: ComposerWatcher;

  constructor(
    private readonly adapter: SiteAdapter,
    document: Document,
    private readonly workspace: () => Workspace | null,
    private readonly log: (record: PostRecord) => Promise<unknown>,
    private readonly events: SessionEvents,
  ) {
    this.watcher = new ComposerWatcher(adapter, document, {
      opened: (editor) => this.opened(editor),
      closed: (editor) => this.closed(editor),
    });
  }

  start(): void {
    this.watcher.start();
  }

  stop(): void {
    this.watcher.stop();
  }

  /** The page navigated (single-page app): a composer may come with the new view. */
  navigated(): void {
    this.watcher.arm();
  }

  /** The sidebar put a template into this composer. */
  templateInserted(binding: ComposerBinding, templateId: string): void {
    for (const session of this.sessions.values()) if (session.binding === binding) session.templateId = templateId;
  }

  /** The admin answered (or withdrew an answer to) a finding of this composer's post. */
  reviewsChanged(binding: ComposerBinding, reviews: ReviewAnswer[]): void {
    for (const session of this.sessions.values()) if (session.binding === binding) session.reviews = reviews;
  }

  private active(): ComposerBinding | null {
    return [...this.sessions.values()].at(-1)?.binding ?? null;
  }

  private opened(editor: HTMLElement): void {
    const session: Session = {
      postId: crypto.randomUUID(),
      binding: bindEditor(editor, this.adapter.platform),
      tracker: new PublishTracker<Snapshot>(
        this.adapter,
        editor,
        () => ({
          id: session.postId,
          text: readEditorText(editor),
          account: this.adapter.accountName(editor),
          hostUrl: location.href,
          templateId: session.templateId,
          reviews: session.reviews,
        }),
        (snapshot, outcome) => void this.publish(snapshot, outcome),
      ),
    };
    this.sessions.set(editor, session);
    this.events.activeChanged(session.binding);
  }

  private closed(editor: HTMLElement): void {
    // A publish already under way keeps its own observer until the site confirms it.
    this.sessions.get(editor)?.tracker.detach();
    this.sessions.delete(editor);
    this.events.activeChanged(this.active());
  }

  private async publish(snapshot: Snapshot, outcome: PublishOutcome): Promise<void> {
    const workspace = this.workspace();
    if (!workspace) return;
    const record = buildPostRecord(
      {
        ...snapshot,
        platform: this.adapter.platform,
        status: outcome === 'published' ? 'published' : 'unconfirmed',
        publishedAt: new Date(),
      },
      workspace,
      workspaceNow(workspace),
    );
    try {
      await this.log(record);
      this.events.logged({ ok: true, record });
    } catch (error) {
      this.events.logged({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
