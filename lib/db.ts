import Dexie, { type Table } from 'dexie';
import type { PostRecord } from './schemas/post';

/**
 * The post log. It lives in the extension's own origin (opened by the background only): a database
 * opened in a content script would belong to facebook.com, readable by its scripts and wiped with its
 * site data.
 */
export class PanduDatabase extends Dexie {
  posts!: Table<PostRecord, string>;

  constructor(name = 'pandu') {
    super(name);
    this.version(1).stores({ posts: 'id, createdAt, platform, status, source' });
  }
}

/** Stores a post; the same id again replaces it, so a repeated message never doubles a post. */
export async function savePost(db: PanduDatabase, post: PostRecord): Promise<void> {
  await db.transaction('rw', db.posts, async () => {
    const existing = await db.posts.get(post.id);
    // A retried message keeps the first publish time.
    await db.posts.put(existing ? { ...post, createdAt: existing.createdAt } : post);
  });
}
