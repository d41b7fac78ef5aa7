import Dexie, { type Table } from 'dexie';
import { bilingual, type Bilingual } from './text';
import type { PostRecord } from './schemas/post';

/**
 * The post log. It lives in the extension's own origin: the background and the extension's pages open it;
 * content scripts reach it through messages (a database opened in a content script would belong to
 * facebook.com, readable by its scripts and wiped with its site data).
 *
 * Versions: 1 stored posts by id, publish time, platform, status, source. 2 adds the indexes the log page
 * filters by (each stage of a post, status with time); rows are not touched, so no field changes.
 */
export class PanduDatabase extends Dexie {
  posts!: Table<PostRecord, string>;

  constructor(name = 'pandu') {
    super(name);
    this.version(1).stores({ posts: 'id, createdAt, platform, status, source' });
    this.version(2).stores({ posts: 'id, createdAt, platform, status, source, *stageIds, [status+createdAt]' });
  }
}

/** A failure to store, in words for the admin: a full disk reads differently from a bug. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(readonly description: Bilingual) {
    super(description.en);
  }
}

function storageError(error: unknown): StorageError {
  const name =
    (error as { name?: string; inner?: { name?: string } })?.inner?.name ?? (error as { name?: string })?.name;
  if (name === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded)
    return new StorageError(
      bilingual(
        'Penyimpanan perangkat penuh: postingan tidak tercatat. Kosongkan ruang disk, lalu catat postingan ini dengan tangan.',
        'The device storage is full: the post was not logged. Free some disk space, then add this post by hand.',
      ),
    );
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(bilingual(`Gagal menyimpan: ${detail}`, `Could not save: ${detail}`));
}

/** Stores a post; the same id again replaces it, so a repeated message never doubles a post. */
export async function savePost(db: PanduDatabase, post: PostRecord): Promise<void> {
  try {
    await db.transaction('rw', db.posts, async () => {
      const existing = await db.posts.get(post.id);
      // A retried message keeps the first publish time.
      await db.posts.put(existing ? { ...post, createdAt: existing.createdAt } : post);
    });
  } catch (error) {
    throw storageError(error);
  }
}

/** Posts published in [from, to), newest first. */
export function postsBetween(db: PanduDatabase, from: number, to: number): Promise<PostRecord[]> {
  return db.posts.where('createdAt').between(from, to, true, false).reverse().toArray();
}

/** Changes what the admin may edit (link, notes, status, answers to findings), stamping the change time. */
export async function updatePost(
  db: PanduDatabase,
  id: string,
  changes: Partial<Pick<PostRecord, 'postUrl' | 'notes' | 'status' | 'reviews'>>,
  now = Date.now(),
): Promise<void> {
  try {
    await db.posts.update(id, { ...changes, updatedAt: now });
  } catch (error) {
    throw storageError(error);
  }
}

/** Deletes a post and hands it back, so the page can undo. */
export async function deletePost(db: PanduDatabase, id: string): Promise<PostRecord | undefined> {
  return db.transaction('rw', db.posts, async () => {
    const post = await db.posts.get(id);
    await db.posts.delete(id);
    return post;
  });
}

/** Puts back a deleted post exactly as it was. */
export async function restorePost(db: PanduDatabase, post: PostRecord): Promise<void> {
  try {
    await db.posts.put(post);
  } catch (error) {
    throw storageError(error);
  }
}
