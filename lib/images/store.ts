import type { PanduDatabase } from '../db';
import type { ImageType } from './facts';
import type { PackImage } from './pack-images';

/**
 * The packs' approved images, kept as Blobs in the extension's own IndexedDB (not in extension storage,
 * whose quota and JSON encoding suit small data only), by SHA-256. The background hands them to content
 * scripts through messages; the extension's pages read them directly.
 */
export interface StoredImage {
  sha256: string;
  type: ImageType;
  width: number;
  height: number;
  /** Bytes, for reports and the bench. */
  size: number;
  blob: Blob;
  /** A small copy for the sidebar's list, made the first time it is asked for. */
  thumbnail?: Blob;
  storedAt: number;
}

/** Stores checked images (an image already held is kept as it is: the same hash, the same bytes). */
export async function storeImages(db: PanduDatabase, images: readonly PackImage[], now = Date.now()): Promise<void> {
  if (images.length === 0) return;
  await db.transaction('rw', db.images, async () => {
    const held = new Set(
      await db.images
        .where('sha256')
        .anyOf(images.map((image) => image.sha256))
        .primaryKeys(),
    );
    await db.images.bulkPut(
      images
        .filter((image) => !held.has(image.sha256))
        .map((image) => ({
          sha256: image.sha256,
          type: image.type,
          width: image.width,
          height: image.height,
          size: image.bytes.length,
          blob: new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.type }),
          storedAt: now,
        })),
    );
  });
}

/** The hashes of every image held. */
export async function storedImageHashes(db: PanduDatabase): Promise<Set<string>> {
  return new Set(await db.images.toCollection().primaryKeys());
}

/** Removes every image not in `keep` (after a pack update: images no template uses). Returns how many. */
export async function removeUnusedImages(db: PanduDatabase, keep: ReadonlySet<string>): Promise<number> {
  return db.transaction('rw', db.images, async () => {
    const unused = (await db.images.toCollection().primaryKeys()).filter((sha256) => !keep.has(sha256));
    await db.images.bulkDelete(unused);
    return unused.length;
  });
}

export async function storedImage(db: PanduDatabase, sha256: string): Promise<StoredImage | undefined> {
  return db.images.get(sha256);
}

export async function saveThumbnail(db: PanduDatabase, sha256: string, thumbnail: Blob): Promise<void> {
  await db.images.update(sha256, { thumbnail });
}
