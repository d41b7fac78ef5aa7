import Dexie, { type Table } from 'dexie';
import type { StoredImage } from './images/store';
import type { PostRecord } from './schemas/post';

/**
 * The post log. It lives in the extension's own origin: the background and the extension's pages open it;
 * content scripts reach it through messages (a database opened in a content script would belong to
 * facebook.com, readable by its scripts and wiped with its site data). Every read and write goes through
 * lib/post-store.ts, which validates what it writes.
 *
 * Versions: 1 stored posts by id, publish time, platform, status, source. 2 adds the indexes the log page
 * filters by (each stage of a post, status with time). 3 indexes `deletedAt`, so the bin lists only posts in
 * it (a post without the field is not in the index). Rows are never touched by an upgrade.
 */
export class PanduDatabase extends Dexie {
  posts!: Table<PostRecord, string>;
  /** Approved images of the packs in use, by SHA-256 (issue 15; lib/images/store.ts). */
  images!: Table<StoredImage, string>;

  constructor(name = 'pandu') {
    super(name);
    this.version(1).stores({ posts: 'id, createdAt, platform, status, source' });
    this.version(2).stores({ posts: 'id, createdAt, platform, status, source, *stageIds, [status+createdAt]' });
    this.version(3).stores({
      posts: 'id, createdAt, platform, status, source, *stageIds, [status+createdAt], deletedAt',
    });
    // Version 4 (issue 15): the packs' images as Blobs, by SHA-256; posts unchanged.
    this.version(4).stores({ images: 'sha256' });
  }
}
