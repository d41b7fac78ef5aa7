import Dexie, { liveQuery, type Observable } from 'dexie';
import type { PanduDatabase } from './database';
import { errorMessage, PanduError } from '../messages/errors';
import type { MessageRef } from '../messages/format';
import type { ProblemKey } from '../messages/problems';
import { message } from '../messages/reference';
import { problemLine, problemsFromZod, type Problem } from '../schemas/problems';
import type { z } from 'zod';
import {
  audienceRecordSchema,
  detectedPostSchema,
  postRecordSchema,
  type AudienceRecord,
  type DetectedPost,
  type PostLink,
  type PostRecord,
} from './schema';

/** What `livePostsBetween` and the other live reads return (pages subscribe to it; only lib/posts/ names Dexie). */
export type { Observable } from 'dexie';

/**
 * The one module that reads and writes the post log. The background (posts detected on the sites) and the
 * extension's pages (the log, the popup, the report, practice) all go through it: every write is checked
 * against the post schema first, and every failure reaches the admin as a sentence in their language.
 *
 * Rules it keeps, whoever writes:
 * - A detected post never replaces what the admin wrote: a record added by hand, restored, edited or put in
 *   the bin keeps every field; the detection fills only what it lacks, or is kept beside it.
 * - Deleting moves a post to the bin (`deletedAt`); it leaves only when the admin empties the bin.
 * - Restoring a backup replaces a record only with a strictly newer one (`updatedAt`), and says which first.
 */

/** A failure to read or write the log, with the problems of a refused record. */
export class PostStoreError extends PanduError {
  override name = 'PostStoreError';
  constructor(
    reference: MessageRef,
    readonly problems: Problem[] = [],
  ) {
    super(reference);
  }
}

function storageError(error: unknown): PostStoreError {
  if (error instanceof PostStoreError) return error;
  const name =
    (error as { name?: string; inner?: { name?: string } })?.inner?.name ?? (error as { name?: string })?.name;
  if (name === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded)
    return new PostStoreError(message('error.storageFull'));
  return new PostStoreError(message('error.saveFailed', { detail: errorMessage(error) }));
}

/** Runs a write, turning whatever it throws into a PostStoreError. */
async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw storageError(error);
  }
}

/** The record as the schema allows it, or a PostStoreError naming each problem. */
export function validPost(record: unknown): PostRecord {
  return allowedBy(postRecordSchema, record, 'error.postNotSaved');
}

/** A post a content script reports, as its schema allows it, or a PostStoreError naming each problem. */
export function validDetectedPost(post: unknown): DetectedPost {
  return allowedBy(detectedPostSchema, post, 'error.postNotLogged');
}

/**
 * The value as `schema` allows it, or a PostStoreError saying `refused` (a message naming `{problems}`) with
 * each problem.
 */
export function allowedBy<T>(schema: z.ZodType<T>, value: unknown, refused: ProblemKey): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = problemsFromZod(parsed.error, value);
  throw new PostStoreError(message(refused, { problems: problems.map(problemLine) }), problems);
}

const notFound = (id: string) => new PostStoreError(message('error.postGone', { id }));

// ——— Reading ———

/** Posts published in [from, to), newest first; posts in the bin are left out. */
export async function postsBetween(db: PanduDatabase, from: number, to: number): Promise<PostRecord[]> {
  const posts = await db.posts.where('createdAt').between(from, to, true, false).reverse().toArray();
  return posts.filter((post) => post.deletedAt === undefined);
}

/** `postsBetween`, again whenever the log changes (here, in another page, or in the background). */
export function livePostsBetween(db: PanduDatabase, from: number, to: number): Observable<PostRecord[]> {
  return liveQuery(() => postsBetween(db, from, to));
}

/** The bin, most recently deleted first, kept up to date. */
export function liveBin(db: PanduDatabase): Observable<PostRecord[]> {
  return liveQuery(() => db.posts.orderBy('deletedAt').reverse().toArray());
}

/** Every record (the bin's too) in batches by id: a backup never holds the whole log at once. */
export async function* postBatches(db: PanduDatabase, size: number): AsyncGenerator<PostRecord[]> {
  let lastId: string | undefined;
  for (;;) {
    const batch: PostRecord[] = await (lastId === undefined
      ? db.posts.orderBy('id').limit(size).toArray()
      : db.posts.where('id').above(lastId).limit(size).toArray());
    if (batch.length === 0) return;
    yield batch;
    lastId = batch[batch.length - 1]?.id;
  }
}

// ——— Writing ———

/** Has the admin had a hand in this record: added it by hand, restored it, edited it, or deleted it? */
export const touchedByAdmin = (post: PostRecord): boolean =>
  post.source !== 'detected' || post.updatedAt > post.createdAt || post.deletedAt !== undefined;

export type DetectedOutcome = 'added' | 'updated' | 'merged' | 'kept-both' | 'unchanged';

/**
 * Stores a post detected on a site (or published on the practice page), as `acceptDetectedPost` built it.
 * The same id again is the same publish retried: an untouched record takes the new one, keeping its first
 * publish time. A record the admin had a hand in is never replaced: the same text fills only a link or
 * template it lacks; another text is kept beside it under a new id.
 */
export async function saveDetectedPost(
  db: PanduDatabase,
  post: PostRecord,
): Promise<{ outcome: DetectedOutcome; record: PostRecord }> {
  const incoming = validPost(post);
  return writing(() =>
    db.transaction('rw', db.posts, async () => {
      const existing = await db.posts.get(incoming.id);
      if (!existing) {
        await db.posts.add(incoming);
        return { outcome: 'added' as const, record: incoming };
      }
      if (!touchedByAdmin(existing)) {
        const record = { ...incoming, createdAt: existing.createdAt, updatedAt: existing.createdAt };
        await db.posts.put(record);
        return { outcome: 'updated' as const, record };
      }
      if (existing.text === incoming.text) {
        const filled: Partial<PostRecord> = {
          ...(existing.postUrl === undefined && incoming.postUrl ? { postUrl: incoming.postUrl } : {}),
          ...(existing.templateId === undefined && incoming.templateId ? { templateId: incoming.templateId } : {}),
          ...(existing.contentType === undefined && incoming.contentType ? { contentType: incoming.contentType } : {}),
          ...(existing.theme === undefined && incoming.theme ? { theme: incoming.theme } : {}),
        };
        if (existing.deletedAt !== undefined || Object.keys(filled).length === 0)
          return { outcome: 'unchanged' as const, record: existing };
        const record = validPost({ ...existing, ...filled });
        await db.posts.put(record);
        return { outcome: 'merged' as const, record };
      }
      const record = { ...incoming, id: crypto.randomUUID() };
      await db.posts.add(record);
      return { outcome: 'kept-both' as const, record };
    }),
  );
}

/** Adds a post the admin entered by hand (`manualPostRecord`); an id already in the log is refused, never overwritten. */
export async function addManualPost(db: PanduDatabase, post: PostRecord): Promise<void> {
  const record = validPost(post);
  await writing(async () => {
    await db.posts.add(record);
  });
}

/**
 * Gives a post the link found on the page after it went out ("View post"), without sending or checking the
 * post again. Only a post of the same platform that has no link yet and is not in the bin takes it; its
 * `updatedAt` stays, so a record nobody edited still counts as untouched. Returns whether it took it.
 */
export async function attachPostLink(db: PanduDatabase, link: PostLink): Promise<boolean> {
  return writing(() =>
    db.transaction('rw', db.posts, async () => {
      const existing = await db.posts.get(link.id);
      if (!existing || existing.platform !== link.platform || existing.postUrl !== undefined) return false;
      if (existing.deletedAt !== undefined) return false;
      await db.posts.put(validPost({ ...existing, postUrl: link.postUrl }));
      return true;
    }),
  );
}

export type PostChanges = Partial<
  Pick<PostRecord, 'postUrl' | 'notes' | 'status' | 'reviews' | 'contentType' | 'theme' | 'engagement'>
>;

/** Changes what the admin may edit (link, notes, status, content type, theme, engagement), stamping the change time. */
export async function editPost(db: PanduDatabase, id: string, changes: PostChanges, now = Date.now()): Promise<void> {
  await writing(() =>
    db.transaction('rw', db.posts, async () => {
      const existing = await db.posts.get(id);
      if (!existing) throw notFound(id);
      // An emptied field is removed, not stored as undefined.
      const record = Object.fromEntries(
        Object.entries({ ...existing, ...changes, updatedAt: Math.max(now, existing.updatedAt + 1) }).filter(
          ([, value]) => value !== undefined,
        ),
      );
      await db.posts.put(validPost(record));
    }),
  );
}

/** Moves a post to the bin: it leaves the week and the reports, and stays until the bin is emptied. */
export async function deletePost(db: PanduDatabase, id: string, now = Date.now()): Promise<void> {
  await writing(() =>
    db.transaction('rw', db.posts, async () => {
      const existing = await db.posts.get(id);
      if (!existing) throw notFound(id);
      await db.posts.put({ ...existing, deletedAt: now, updatedAt: Math.max(now, existing.updatedAt + 1) });
    }),
  );
}

/** Takes a post out of the bin, as it was. */
export async function restoreFromBin(db: PanduDatabase, id: string, now = Date.now()): Promise<void> {
  await writing(() =>
    db.transaction('rw', db.posts, async () => {
      const existing = await db.posts.get(id);
      if (!existing) throw notFound(id);
      const { deletedAt: _deletedAt, ...kept } = existing;
      await db.posts.put({ ...kept, updatedAt: Math.max(now, existing.updatedAt + 1) });
    }),
  );
}

/** Deletes every post in the bin for good; returns how many. */
export async function emptyBin(db: PanduDatabase): Promise<number> {
  return writing(() => db.posts.where('deletedAt').above(0).delete());
}

// ——— Restoring a backup ———

export interface RestorePlan {
  /** In the backup, not in the log. */
  added: PostRecord[];
  /** In both, the backup's copy changed later: the log's copy would be replaced. */
  replaced: { current: PostRecord; backup: PostRecord }[];
  /** In both, the log's copy changed later (or at the same time): the log's copy is kept. */
  kept: { current: PostRecord; backup: PostRecord }[];
  unchanged: number;
}

const sameRecord = (a: PostRecord, b: PostRecord) => JSON.stringify(a) === JSON.stringify(b);

/** What restoring would do, shown before anything is written: the newer copy of each post wins. */
export async function planRestore(db: PanduDatabase, backup: { posts: readonly PostRecord[] }): Promise<RestorePlan> {
  const plan: RestorePlan = { added: [], replaced: [], kept: [], unchanged: 0 };
  const existing = await db.posts.bulkGet(backup.posts.map((post) => post.id));
  backup.posts.forEach((post, index) => {
    const current = existing[index];
    if (!current) plan.added.push(post);
    else if (sameRecord(current, post)) plan.unchanged++;
    else if (post.updatedAt > current.updatedAt) plan.replaced.push({ current, backup: post });
    else plan.kept.push({ current, backup: post });
  });
  return plan;
}

/**
 * Writes a plan in one transaction: all of it or, on any failure, none of it. A post changed in the log
 * since the plan was made (in another tab) is checked again, so a newer copy is never overwritten.
 */
export async function applyRestore(db: PanduDatabase, plan: RestorePlan): Promise<{ written: number }> {
  const candidates = [...plan.added, ...plan.replaced.map((entry) => entry.backup)].map(validPost);
  return writing(() =>
    db.transaction('rw', db.posts, async () => {
      const now = await db.posts.bulkGet(candidates.map((post) => post.id));
      const writes = candidates.filter((post, index) => {
        const current = now[index];
        return !current || post.updatedAt > current.updatedAt;
      });
      await db.posts.bulkPut(writes);
      return { written: writes.length };
    }),
  );
}

// ——— Followers per account per week (issue 13) ———

/** The followers counts read for a week, by account. */
export async function audienceOfWeek(db: PanduDatabase, week: string): Promise<AudienceRecord[]> {
  return db.audience.where('week').equals(week).toArray();
}

/** `audienceOfWeek`, again whenever it changes. */
export function liveAudienceOfWeek(db: PanduDatabase, week: string): Observable<AudienceRecord[]> {
  return liveQuery(() => audienceOfWeek(db, week));
}

/** Stores an account's followers for a week (replacing an earlier reading of the same week). */
export async function saveAudience(db: PanduDatabase, record: AudienceRecord): Promise<void> {
  const valid = allowedBy(audienceRecordSchema, record, 'error.followersNotSaved');
  await writing(async () => {
    await db.audience.put(valid);
  });
}
