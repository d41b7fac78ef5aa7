import { browser } from 'wxt/browser';
import type { PanduDatabase } from '../posts/database';
import { builtInData } from '../workspace/defaults';
import { authoringPackItem, draftsItem, packItem } from '../workspace/data-store';
import { IMAGE_TYPES, type ImageType } from './facts';
import { checkImageBytes, imagesInUse } from './pack-images';
import type { ImageBytes } from './pack-zip';
import { removeUnusedImages, saveThumbnail, storedImage, storedImageHashes, storeImages } from './store';
import { toBase64, type ImageMessage } from './transfer';

/** The longest side of a sidebar thumbnail, in pixels: sharp at twice the 48 px it is shown at. */
export const THUMBNAIL_SIDE = 96;

/** Bytes of a file the extension ships (the built-in pack's images), by its path in the extension. */
export type ShippedFile = (path: string) => Promise<Uint8Array | null>;

/**
 * An image of the built-in pack, read from the extension's own files and checked against its pinned hash
 * (a damaged install shows no image rather than a wrong one); stored once read, like an imported one.
 */
async function builtInImage(db: PanduDatabase, sha256: string, shipped: ShippedFile): Promise<boolean> {
  const image = builtInData()
    .pack.templates.flatMap((template) => template.images ?? [])
    .find((entry) => entry.sha256 === sha256 && entry.file);
  if (!image?.file) return false;
  const bytes = await shipped(image.file);
  if (!bytes) return false;
  const checked = await checkImageBytes(bytes, sha256);
  if (!checked.ok) return false;
  await storeImages(db, [checked.image]);
  return true;
}

/** A small copy of an image; null where the context cannot draw (then the image itself is sent). */
export async function drawThumbnail(blob: Blob): Promise<Blob | null> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas === 'undefined') return null;
  const bitmap = await createImageBitmap(blob);
  try {
    const scale = Math.min(1, THUMBNAIL_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = new OffscreenCanvas(
      Math.max(1, Math.round(bitmap.width * scale)),
      Math.max(1, Math.round(bitmap.height * scale)),
    );
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return await canvas.convertToBlob({ type: 'image/webp', quality: 0.85 });
  } finally {
    bitmap.close();
  }
}

const asImageType = (type: string): ImageType | null =>
  (IMAGE_TYPES as readonly string[]).includes(type) ? (type as ImageType) : null;

/**
 * An image for a content script, as a message can carry it: the image itself, or its thumbnail (made and
 * kept the first time one is asked for). Null when Pandu holds no image with that hash.
 */
export async function imageMessage(
  db: PanduDatabase,
  sha256: string,
  thumbnail: boolean,
  shipped: ShippedFile,
  draw: (blob: Blob) => Promise<Blob | null> = drawThumbnail,
): Promise<ImageMessage | null> {
  let record = await storedImage(db, sha256);
  if (!record && (await builtInImage(db, sha256, shipped))) record = await storedImage(db, sha256);
  if (!record) return null;
  let blob = record.blob;
  if (thumbnail) {
    let small = record.thumbnail ?? null;
    if (!small) {
      small = await draw(record.blob).catch(() => null);
      if (small) await saveThumbnail(db, sha256, small);
    }
    if (small && asImageType(small.type)) blob = small;
  }
  const type = asImageType(blob.type) ?? record.type;
  return {
    sha256,
    type,
    width: record.width,
    height: record.height,
    base64: toBase64(new Uint8Array(await blob.arrayBuffer())),
  };
}

/**
 * After the pack, drafts or authoring pack changed: removes images that no template of the pack in use,
 * the built-in pack, the admin's drafts or the pack being authored uses any more.
 */
export async function removeImagesNoTemplateUses(db: PanduDatabase): Promise<number> {
  const [pack, drafts, authoring] = await Promise.all([
    packItem.getValue(),
    draftsItem.getValue(),
    authoringPackItem.getValue(),
  ]);
  const templates = [
    ...builtInData().pack.templates,
    ...(Array.isArray(pack?.templates) ? pack.templates : []),
    ...(Array.isArray(drafts) ? drafts : []),
    ...(Array.isArray(authoring?.templates) ? authoring.templates : []),
  ];
  return removeUnusedImages(db, imagesInUse(templates));
}

/** A file the extension ships, read from its own origin (the background and the extension's pages can). */
export const shippedFile: ShippedFile = async (path) => {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
};

/** The hashes of every image Pandu holds: stored ones and the built-in pack's. */
export async function heldImages(db: PanduDatabase): Promise<Set<string>> {
  const held = await storedImageHashes(db);
  for (const hash of imagesInUse(builtInData().pack.templates)) held.add(hash);
  return held;
}

/** An image's bytes for an extension page (to export a pack): stored, or read from the built-in files. */
export function pageImageBytes(db: PanduDatabase, shipped: ShippedFile = shippedFile): ImageBytes {
  return async (sha256) => {
    let record = await storedImage(db, sha256);
    if (!record && (await builtInImage(db, sha256, shipped))) record = await storedImage(db, sha256);
    return record ? { bytes: new Uint8Array(await record.blob.arrayBuffer()), type: record.type } : null;
  };
}
