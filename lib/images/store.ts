import type { PanduDatabase } from '../posts/database';
import { PanduError } from '../messages/errors';
import { message } from '../messages/reference';
import { IMAGE_LIMITS, IMAGE_TYPES } from './facts';
import { checkImageBytes, type PackImage } from './pack-images';
import type { StoredImage } from './stored-image';

export type { StoredImage } from './stored-image';

/**
 * The one module that writes the packs' approved images, kept as Blobs in the extension's own IndexedDB (not
 * in extension storage, whose quota and JSON encoding suit small data only), by SHA-256. Whoever writes (the
 * background, the settings and authoring pages), the bytes are checked here first: a PNG, JPEG or WebP within
 * the limits whose SHA-256 is the key it is stored under. The background hands images to content scripts
 * through messages; the extension's pages read them directly.
 */
export class ImageStoreError extends PanduError {
  override name = 'ImageStoreError';
}

/** Stores images after checking each (an image already held is kept as it is: the same hash, the same bytes). */
export async function storeImages(db: PanduDatabase, images: readonly PackImage[], now = Date.now()): Promise<void> {
  if (images.length === 0) return;
  // The facts stored are those read from the bytes here, not the ones the caller passed.
  const checked: PackImage[] = [];
  for (const image of images) {
    const result = await checkImageBytes(image.bytes, image.sha256);
    if (!result.ok)
      throw new ImageStoreError(
        message('error.imageNotStored', { image: image.sha256.slice(0, 12), reasons: result.reasons }),
      );
    checked.push(result.image);
  }
  await db.transaction('rw', db.images, async () => {
    const held = new Set(
      await db.images
        .where('sha256')
        .anyOf(checked.map((image) => image.sha256))
        .primaryKeys(),
    );
    await db.images.bulkPut(
      checked
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

/** Keeps a small copy of a held image: an image type, no larger than an image may be. */
export async function saveThumbnail(db: PanduDatabase, sha256: string, thumbnail: Blob): Promise<void> {
  if (!(IMAGE_TYPES as readonly string[]).includes(thumbnail.type) || thumbnail.size > IMAGE_LIMITS.maxBytes)
    throw new ImageStoreError(message('error.thumbnailNotStored', { image: sha256.slice(0, 12) }));
  await db.images.update(sha256, { thumbnail });
}
