import Dexie, { type Table } from 'dexie';
import { migratePostRecord } from './migration';
import type { StoredImage } from '../images/stored-image';
import type { AudienceRecord, PostRecord } from './schema';

/**
 * The post log. It lives in the extension's own origin: the background and the extension's pages open it;
 * content scripts reach it through messages (a database opened in a content script would belong to
 * facebook.com, readable by its scripts and wiped with its site data). Every read and write goes through
 * lib/posts/store.ts, which validates what it writes (images: lib/images/store.ts).
 *
 * Versions: 1 stored posts by id, publish time, platform, status, source. 2 adds the indexes the log page
 * filters by (each stage of a post, status with time). 3 indexes `deletedAt`, so the bin lists only posts in
 * it (a post without the field is not in the index). Versions 1–3 never touch rows.
 * 4 (issue 13) adds `audience` (followers per account per week) and migrates each post with
 * `migratePostRecord`: a link that is not on Facebook or Instagram moves into the notes; nothing is lost.
 */
export class PanduDatabase extends Dexie {
  posts!: Table<PostRecord, string>;
  audience!: Table<AudienceRecord, [string, string, string]>;
  /** Approved images of the packs in use, by SHA-256 (issue 15; lib/images/store.ts). */
  images!: Table<StoredImage, string>;

  constructor(name = 'pandu') {
    super(name);
    this.version(1).stores({ posts: 'id, createdAt, platform, status, source' });
    this.version(2).stores({ posts: 'id, createdAt, platform, status, source, *stageIds, [status+createdAt]' });
    this.version(3).stores({
      posts: 'id, createdAt, platform, status, source, *stageIds, [status+createdAt], deletedAt',
    });
    this.version(4)
      .stores({ audience: '[platform+account+week], week' })
      .upgrade((transaction) =>
        transaction
          .table<PostRecord, string>('posts')
          .toCollection()
          .modify((post, ref) => {
            const migrated = migratePostRecord(post);
            if (migrated !== post) ref.value = migrated;
          }),
      );
    // Version 5 (issue 15): the packs' images as Blobs, by SHA-256; posts unchanged.
    this.version(5).stores({ images: 'sha256' });
  }
}

let opened: PanduDatabase | undefined;

/** The database of this extension, opened once per context (the background, or one extension page). */
export function openDatabase(): PanduDatabase {
  opened ??= new PanduDatabase();
  return opened;
}
