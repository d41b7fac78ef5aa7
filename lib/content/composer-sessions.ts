import type { ReviewAnswer } from '../guidelines/reviews';
import { attachFiles, attachmentPreviews } from '../platforms/attach';
import { bindEditor, type ComposerBinding } from '../platforms/binding';
import { readEditorText } from '../platforms/lexical-dom';
import type { ComposerView, SiteAdapter } from '../platforms/types';
import { ComposerWatcher } from '../platforms/watcher';
import type { DetectedPost, PostImage } from '../posts/schema';
import { workspaceNow, type Workspace } from '../workspace';

/** How long to wait for the site to confirm a publish before logging it as unconfirmed. */
const CONFIRM_TIMEOUT_MS = 30_000;
/**
 * After the composer closed without the site's confirmation, how long the confirmation may still come (a
 * "Post shared" dialog of its own, opened a moment later) before the post is logged as unconfirmed.
 */
const CLOSED_GRACE_MS = 3000;
/** How long after publishing a link to the new post ("View post") is looked for. */
const LINK_WINDOW_MS = 20_000;

/** The composer the sidebar serves: its editor binding and where it sits in the page. */
export interface ActiveComposer {
  binding: ComposerBinding;
  view: ComposerView;
}

/** Where a published post goes: the outbox (lib/content/outbox.ts), which sends it to the background. */
export interface PostSink {
  add(post: DetectedPost): Promise<unknown>;
  /** The link to a post already handed over, found on the page later. */
  attachLink(post: DetectedPost, postUrl: string): Promise<unknown>;
}

export interface SessionEvents {
  /** The composer the sidebar serves changed (null: none is open). */
  activeChanged(composer: ActiveComposer | null): void;
}

export interface SessionOptions {
  /**
   * Whether an event came from the admin. Only trusted events (`isTrusted`) count as publishing, so a
   * script on the page cannot create log entries; unit tests in jsdom, which has no trusted events, pass
   * their own.
   */
  isTrusted?(event: Event): boolean;
}

interface Publishing {
  scope: HTMLElement;
  text: string;
  /** The approved images going out with the post. */
  images: PostImage[];
  account: string | null;
  hostUrl: string;
  linksBefore: Set<string>;
  timer: ReturnType<typeof setTimeout>;
  /** Set once the composer closed unconfirmed: the confirmation's last chance. */
  graceTimer?: ReturnType<typeof setTimeout>;
}

/** After publishing: the post whose link the page may show ("View post"). */
interface LinkWatch {
  post: DetectedPost;
  linksBefore: Set<string>;
  until: number;
}

/**
 * One post in the making, from the composer opening to the site confirming the publish. It outlives its
 * editor: Facebook's two-step composer removes the editor at its "Post settings" step, so the text to log
 * is the text the admin had when they moved on, kept here.
 */
interface Flow {
  /** One id per post: a publish retried from the same composer replaces its entry, never adds one. */
  postId: string;
  view: ComposerView;
  binding: ComposerBinding | null;
  /** The editor's text as last seen. */
  text: string;
  /**
   * The account the post goes out as, as last seen: a later step has no editor to read it from, and the
   * placeholder that may name it goes once there is text.
   */
  account: string | null;
  templateId?: string;
  /** Findings the admin answered in the sidebar, logged with the post. */
  reviews?: ReviewAnswer[];
  /**
   * The approved images Pandu attached (issue 15); `verified` once the site previewed them. Unverified ones
   * (left on the clipboard) count when the site shows an attachment as the post goes out.
   */
  images?: { images: PostImage[]; verified: boolean };
  /** The admin moved on to a later step (Next), or the editor left while the composer stayed open. */
  movedOn: boolean;
  stopTextWatch(): void;
  publishing: Publishing | null;
}

const ACTION_EVENTS = ['click', 'keydown'] as const;

/**
 * The composers open on a page, each followed from opening to publishing; the most recent one with an
 * editor is the one the sidebar serves. A post is handed to the outbox once, when its final Post or Share is
 * clicked (by the admin, not a script) and the site confirms it.
 */
export class ComposerSessions {
  private flows: Flow[] = [];
  private linkWatches: LinkWatch[] = [];
  private linkTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly watcher: ComposerWatcher;
  private readonly observer: MutationObserver;
  private observing = false;
  private readonly isTrusted: (event: Event) => boolean;
  private readonly onAction = (event: Event) => this.action(event);

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly document: Document,
    private readonly workspace: () => Workspace | null,
    private readonly outbox: PostSink,
    private readonly events: SessionEvents,
    options: SessionOptions = {},
  ) {
    this.isTrusted = options.isTrusted ?? ((event) => event.isTrusted);
    this.watcher = new ComposerWatcher(adapter, document, {
      opened: (editor) => this.opened(editor),
      closed: (editor) => this.closed(editor),
    });
    this.observer = new MutationObserver(() => this.evaluate());
  }

  start(): void {
    // Capture phase: the site's own handlers may stop the event or remove the button.
    for (const type of ACTION_EVENTS) this.document.addEventListener(type, this.onAction, true);
    this.watcher.start();
  }

  stop(): void {
    for (const type of ACTION_EVENTS) this.document.removeEventListener(type, this.onAction, true);
    this.watcher.stop();
    for (const flow of [...this.flows]) this.drop(flow);
    this.linkWatches = [];
    clearTimeout(this.linkTimer);
    this.syncObserver();
  }

  /** The page navigated (single-page app): a composer may come with the new view. */
  navigated(): void {
    this.watcher.arm();
  }

  /** The sidebar put a template (and its images, when it attached some) into this composer. */
  templateInserted(
    binding: ComposerBinding,
    templateId: string,
    attachment?: { images: PostImage[]; verified: boolean },
  ): void {
    for (const flow of this.flows)
      if (flow.binding === binding) {
        flow.templateId = templateId;
        if (attachment && attachment.images.length > 0) flow.images = attachment;
      }
  }

  /**
   * A post that starts before its editor exists (Instagram's media step): the caption and images the
   * sidebar put in there belong to the next composer that opens in `container`.
   */
  carryOver(container: HTMLElement, templateId: string, attachment: { images: PostImage[]; verified: boolean }): void {
    this.carried = { container, templateId, attachment };
  }

  private carried: {
    container: HTMLElement;
    templateId: string;
    attachment: { images: PostImage[]; verified: boolean };
  } | null = null;

  /** The admin answered (or withdrew an answer to) a finding of this composer's post. */
  reviewsChanged(binding: ComposerBinding, reviews: ReviewAnswer[]): void {
    for (const flow of this.flows) if (flow.binding === binding) flow.reviews = reviews;
  }

  active(): ActiveComposer | null {
    const flow = this.flows.findLast((entry) => entry.binding && entry.view.editor?.isConnected);
    return flow?.binding && flow.view.editor ? { binding: flow.binding, view: flow.view } : null;
  }

  private opened(editor: HTMLElement): void {
    const container = this.adapter.container(editor);
    // Back from a later step: the editor returns to the post already under way.
    const resumed = this.flows.findLast(
      (flow) =>
        flow.movedOn && !flow.publishing && (!flow.view.container.isConnected || flow.view.container.contains(editor)),
    );
    const flow: Flow = resumed ?? {
      postId: crypto.randomUUID(),
      view: { editor, container },
      binding: null,
      text: '',
      account: null,
      movedOn: false,
      stopTextWatch: () => undefined,
      publishing: null,
    };
    flow.view = { editor, container };
    flow.movedOn = false;
    flow.account = this.adapter.accountName(editor) ?? flow.account;
    flow.binding = bindEditor(editor, this.adapter.platform, (files) =>
      attachFiles(() => (flow.view.container.isConnected ? flow.view.container : null), editor, files),
    );
    if (this.carried && (this.carried.container === container || this.carried.container.contains(editor))) {
      flow.templateId = this.carried.templateId;
      if (this.carried.attachment.images.length > 0) flow.images = this.carried.attachment;
      this.carried = null;
    }
    flow.stopTextWatch = this.watchText(flow, editor);
    if (!resumed) this.flows.push(flow);
    this.syncObserver();
    this.events.activeChanged(this.active());
  }

  private closed(editor: HTMLElement): void {
    const flow = this.flows.find((entry) => entry.view.editor === editor);
    if (!flow) return;
    flow.stopTextWatch();
    flow.binding = null;
    if (!flow.publishing) {
      if (flow.movedOn || this.adapter.stepOpen({ editor: null, container: flow.view.container })) {
        // A later step of the same composer: keep the post and its text until Post or the dialog closes.
        flow.movedOn = true;
        flow.view = { editor: null, container: flow.view.container };
      } else this.drop(flow);
    }
    this.syncObserver();
    this.events.activeChanged(this.active());
  }

  /** Keeps the text the admin has, so it outlives the editor. */
  private watchText(flow: Flow, editor: HTMLElement): () => void {
    const read = () => {
      const text = readEditorText(editor);
      // The site may empty the editor as it takes it away: the admin's text is what was there before.
      if (text.trim() !== '') flow.text = text;
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(editor, { childList: true, characterData: true, subtree: true });
    return () => observer.disconnect();
  }

  private action(event: Event): void {
    if (!this.isTrusted(event)) return;
    for (const flow of [...this.flows].reverse()) {
      const action = this.adapter.actionOf(event, flow.view);
      if (!action) continue;
      const editor = flow.view.editor;
      if (editor?.isConnected) {
        const text = readEditorText(editor);
        if (text.trim() !== '') flow.text = text;
        flow.account = this.adapter.accountName(editor) ?? flow.account;
      }
      if (action.action === 'next') flow.movedOn = true;
      else this.publishing(flow, action.scope);
      return;
    }
  }

  private publishing(flow: Flow, scope: HTMLElement): void {
    // A double click, or Post pressed again while the site is still sending: the same post.
    if (flow.publishing) return;
    const shown = flow.view.container.isConnected && attachmentPreviews(flow.view.container) > 0;
    flow.publishing = {
      scope,
      text: flow.text,
      images: flow.images && (flow.images.verified || shown) ? flow.images.images : [],
      account: flow.account,
      hostUrl: this.document.location.href,
      linksBefore: new Set(this.adapter.postLinks(this.document)),
      timer: setTimeout(() => this.settle(flow, 'unconfirmed'), CONFIRM_TIMEOUT_MS),
    };
    this.syncObserver();
    // The site may already have closed the dialog in its own handler.
    queueMicrotask(() => this.evaluate());
  }

  /** After the page changed: settles publishes the site confirmed, ends composers that closed, finds links. */
  private evaluate(): void {
    for (const flow of [...this.flows]) {
      if (flow.publishing) {
        const publishing = flow.publishing;
        const state = this.adapter.publishState(flow.view, publishing.scope);
        if (state === 'published') this.settle(flow, 'published');
        else if (state === 'closed')
          publishing.graceTimer ??= setTimeout(() => this.settle(flow, 'unconfirmed'), CLOSED_GRACE_MS);
      } else if (flow.movedOn && !flow.view.editor && !this.adapter.stepOpen(flow.view)) {
        // The admin closed the composer at a later step without posting.
        this.drop(flow);
      }
    }
    this.findLinks();
    this.syncObserver();
  }

  private settle(flow: Flow, outcome: 'published' | 'unconfirmed'): void {
    const publishing = flow.publishing;
    if (!publishing) return;
    clearTimeout(publishing.timer);
    clearTimeout(publishing.graceTimer);
    flow.publishing = null;
    const workspace = this.workspace();
    if (workspace) {
      // The background checks the text and completes the record: the checker stays out of the page.
      const post: DetectedPost = {
        id: flow.postId,
        platform: this.adapter.platform,
        text: publishing.text,
        account: publishing.account,
        hostUrl: publishing.hostUrl,
        ...(flow.templateId ? { templateId: flow.templateId } : {}),
        ...(flow.reviews && flow.reviews.length > 0 ? { reviews: [...flow.reviews] } : {}),
        ...(publishing.images.length > 0 ? { images: publishing.images } : {}),
        status: outcome,
        createdAt: Date.now(),
        stagesAt: workspaceNow(workspace).getTime(),
      };
      this.linkWatches.push({ post, linksBefore: publishing.linksBefore, until: Date.now() + LINK_WINDOW_MS });
      // The page may go quiet: stop looking once the window has passed.
      clearTimeout(this.linkTimer);
      this.linkTimer = setTimeout(() => this.evaluate(), LINK_WINDOW_MS + 1);
      void this.outbox.add(post);
    }
    const editor = flow.view.editor;
    if (editor?.isConnected && this.adapter.isComposer(editor)) {
      // An inline composer stays for the next post: a new post, a new id.
      flow.postId = crypto.randomUUID();
      flow.text = '';
      flow.templateId = undefined;
      flow.reviews = undefined;
      flow.images = undefined;
      flow.movedOn = false;
    } else this.drop(flow);
    this.findLinks();
    this.syncObserver();
    this.events.activeChanged(this.active());
  }

  /** A link to the new post shown after publishing becomes the record's link (only the link is sent). */
  private findLinks(): void {
    if (this.linkWatches.length === 0) return;
    const now = Date.now();
    this.linkWatches = this.linkWatches.filter((watch) => watch.until > now);
    if (this.linkWatches.length === 0) return;
    const links = this.adapter.postLinks(this.document);
    for (const watch of [...this.linkWatches]) {
      const link = links.find((href) => !watch.linksBefore.has(href));
      if (!link) continue;
      this.linkWatches.splice(this.linkWatches.indexOf(watch), 1);
      void this.outbox.attachLink(watch.post, link);
    }
  }

  private drop(flow: Flow): void {
    flow.stopTextWatch();
    if (flow.publishing) {
      clearTimeout(flow.publishing.timer);
      clearTimeout(flow.publishing.graceTimer);
    }
    this.flows = this.flows.filter((entry) => entry !== flow);
  }

  /** The page is observed here only while a publish awaits its confirmation or a composer is between steps. */
  private syncObserver(): void {
    const wanted =
      this.linkWatches.length > 0 ||
      this.flows.some((flow) => flow.publishing !== null || (flow.movedOn && !flow.view.editor));
    if (wanted === this.observing) return;
    this.observing = wanted;
    if (wanted) this.observer.observe(this.document.body, { childList: true, subtree: true, characterData: true });
    else this.observer.disconnect();
  }
}
