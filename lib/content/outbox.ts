import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import type { Platform } from '../platforms/platform';
import type { DetectedPost, PostLinkMessage } from '../posts/schema';
import { errorMessage } from '../messages/errors';
import type { MessageValue } from '../messages/format';

/**
 * Posts on their way from the page to the database. The background may be unable to save at the moment a
 * post goes out (Chrome stopping or restarting its worker, a storage error): the content script first puts
 * the post in extension storage, then sends it, and retries with back-off until the background says it is
 * saved. Saving is idempotent by id, so a retry that crosses a success never doubles a post. Entries left by
 * a tab that closed are sent by the next page of the same site that opens (the background takes a post only
 * from a tab on its own site). A link found after the post was saved waits here the same way, and goes as a
 * small `attachPostLink` message (`linkOnly`); found while the post still waits, it goes with the post.
 */
export interface PendingPost {
  record: DetectedPost;
  /** The post is saved: only its link (`record.postUrl`) is still to go. */
  linkOnly?: true;
  /** Bumped when the same post is queued again (its link found later): an older send does not clear it. */
  revision: number;
  attempts: number;
  /** When the next attempt is due (ms since epoch). */
  nextAttemptAt: number;
  /** Why the last attempt failed, as the background or the browser said it (a message reference, or words). */
  lastError?: MessageValue;
}

export type OutboxContents = Record<string, PendingPost>;

const OUTBOX_KEY = 'outbox';

/**
 * The outbox in extension storage (`local:outbox`). The browser's storage API is used directly: these
 * three calls are all the content script needs, and it ships without @wxt-dev/storage to stay small.
 */
export const outboxItem = {
  async getValue(): Promise<OutboxContents> {
    const stored = await browser.storage.local.get(OUTBOX_KEY);
    return (stored[OUTBOX_KEY] as OutboxContents | undefined) ?? {};
  },
  setValue: (contents: OutboxContents): Promise<void> => browser.storage.local.set({ [OUTBOX_KEY]: contents }),
  /** Calls `listener` with the outbox whenever it changes (in any tab); returns a function that stops it. */
  watch(listener: (contents: OutboxContents) => void): () => void {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && Object.hasOwn(changes, OUTBOX_KEY))
        listener((changes[OUTBOX_KEY]?.newValue as OutboxContents | undefined) ?? {});
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};

export const FIRST_RETRY_MS = 1000;
export const LONGEST_RETRY_MS = 5 * 60_000;

/** 1 s, 2 s, 4 s … doubling after each failed attempt, at most 5 minutes apart. */
export function retryDelay(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

export interface OutboxStore {
  get(): Promise<OutboxContents>;
  set(contents: OutboxContents): Promise<void>;
}

export type SendOutcome = 'saved' | 'pending';

/** How entries reach the background: the typed messages, or a test's stand-in. */
export interface OutboxTransport {
  logPost(post: DetectedPost): Promise<unknown>;
  attachPostLink(link: PostLinkMessage): Promise<unknown>;
}

const MESSAGES: OutboxTransport = {
  logPost: (post) => sendMessage('logPost', post),
  attachPostLink: (link) => sendMessage('attachPostLink', link),
};

/** What the page shows of the outbox: the posts still waiting, and a post of this page just saved. */
export interface OutboxListener {
  changed(pending: PendingPost[]): void;
  logged?(post: DetectedPost): void;
}

export class PostOutbox {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Entries storage would not take: kept here and retried all the same. */
  private readonly unstored = new Map<string, PendingPost>();
  private readonly inFlight = new Set<string>();
  private stopped = false;

  constructor(
    /** The site of the page this outbox serves: it sends and shows that site's posts only. */
    private readonly platform: Platform,
    private readonly listener: OutboxListener,
    private readonly transport: OutboxTransport = MESSAGES,
    private readonly store: OutboxStore = {
      get: () => outboxItem.getValue(),
      set: (value) => outboxItem.setValue(value),
    },
    private readonly now: () => number = Date.now,
  ) {}

  /** Queues a post and sends it at once; resolves with whether it is saved yet. */
  async add(record: DetectedPost): Promise<SendOutcome> {
    const outcome = await this.queue(record);
    if (outcome === 'saved') this.listener.logged?.(record);
    return outcome;
  }

  /**
   * A link to `post` found on the page after it went out. A post still waiting takes it and goes with it;
   * for a post already saved, only the link goes (`attachPostLink`), without the post being sent again.
   */
  async attachLink(post: DetectedPost, postUrl: string): Promise<SendOutcome> {
    const waiting = (await this.read())[post.id];
    if (waiting && !waiting.linkOnly) return this.queue({ ...waiting.record, postUrl });
    return this.queue({ ...post, postUrl }, true);
  }

  private async queue(record: DetectedPost, linkOnly = false): Promise<SendOutcome> {
    const contents = await this.read();
    const entry: PendingPost = {
      record,
      ...(linkOnly ? { linkOnly: true } : {}),
      revision: (contents[record.id]?.revision ?? 0) + 1,
      attempts: 0,
      nextAttemptAt: this.now(),
    };
    await this.write({ ...contents, [record.id]: entry }, entry);
    return this.attempt(record.id);
  }

  /** Sends whatever is due, left by this page or an earlier one, then waits for the next due entry. */
  async resume(): Promise<void> {
    const contents = await this.read();
    this.listener.changed(this.own(contents));
    const due = this.own(contents).filter((entry) => entry.nextAttemptAt <= this.now());
    for (const entry of due) await this.attempt(entry.record.id);
    await this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** This site's posts still waiting, from storage and from memory. */
  async pending(): Promise<PendingPost[]> {
    return this.own(await this.read());
  }

  /** The entries of this outbox's site. */
  own(contents: OutboxContents | null | undefined): PendingPost[] {
    return Object.values(contents ?? {}).filter((entry) => entry.record.platform === this.platform);
  }

  private async attempt(id: string): Promise<SendOutcome> {
    if (this.inFlight.has(id)) return 'pending';
    const entry = (await this.read())[id];
    // Saved meanwhile (by this page's earlier attempt or another tab).
    if (!entry) return 'saved';
    this.inFlight.add(id);
    try {
      const { record } = entry;
      if (entry.linkOnly) await this.transport.attachPostLink({ id: record.id, postUrl: record.postUrl ?? '' });
      else await this.transport.logPost(record);
      const now = await this.read();
      const { [id]: current, ...rest } = now;
      // Queued again while this one was on its way: keep the newer version for its own send.
      if (current && current.revision !== entry.revision) {
        this.inFlight.delete(id);
        return this.attempt(id);
      }
      this.unstored.delete(id);
      await this.write(rest);
      this.inFlight.delete(id);
      return 'saved';
    } catch (error) {
      const attempts = entry.attempts + 1;
      const failed: PendingPost = {
        ...entry,
        attempts,
        nextAttemptAt: this.now() + retryDelay(attempts),
        lastError: errorMessage(error),
      };
      const now = await this.read();
      if (now[id]?.revision === entry.revision) await this.write({ ...now, [id]: failed }, failed);
      this.inFlight.delete(id);
      await this.schedule();
      return 'pending';
    }
  }

  private async schedule(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) return;
    const entries = this.own(await this.read());
    if (entries.length === 0) return;
    const next = Math.min(...entries.map((entry) => entry.nextAttemptAt));
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void this.resume();
      },
      Math.max(0, next - this.now()),
    );
  }

  private async read(): Promise<OutboxContents> {
    let stored: OutboxContents = {};
    try {
      stored = await this.store.get();
    } catch {
      // Storage unreadable: what this page holds in memory still goes out.
    }
    return { ...stored, ...Object.fromEntries(this.unstored) };
  }

  /** Writes the whole outbox; when storage refuses, keeps `entry` in memory so it is not lost. */
  private async write(contents: OutboxContents, entry?: PendingPost): Promise<void> {
    try {
      const stored = Object.fromEntries(Object.entries(contents).filter(([id]) => !this.unstored.has(id)));
      if (entry) stored[entry.record.id] = entry;
      await this.store.set(stored);
      if (entry) this.unstored.delete(entry.record.id);
    } catch {
      if (entry) this.unstored.set(entry.record.id, entry);
    }
    this.listener.changed(this.own(contents));
  }
}
