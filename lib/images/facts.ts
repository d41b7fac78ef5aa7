import type { Platform } from '../platforms/platform';

/**
 * What Pandu knows about an image from its bytes alone: the type (sniffed from the file's signature, never
 * taken from its name) and its size in pixels (read from the header, without decoding the picture).
 */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export interface ImageFacts {
  type: ImageType;
  width: number;
  height: number;
}

export const IMAGE_EXTENSIONS: Record<ImageType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** Caps on one image: a flyer is well under these; anything over is a mistake or a hostile file. */
export const IMAGE_LIMITS = {
  /** Instagram takes photos up to 8 MB; Facebook more, but a flyer this big only slows the admin's upload. */
  maxBytes: 8_000_000,
  /** Pixels a browser must hold to show it (a 6000 × 6000 photo). */
  maxPixels: 36_000_000,
  maxSide: 10_000,
  minSide: 100,
} as const;

/**
 * The width-to-height ratios each platform shows without cropping. Instagram: 4:5 (portrait) to 1.91:1
 * (landscape). Facebook's feed crops to the same range on phones (unverified; data, not a rule).
 */
export const PLATFORM_RATIOS: Record<Platform, { min: number; max: number; label: string }> = {
  instagram: { min: 4 / 5, max: 1.91, label: '4:5–1.91:1' },
  facebook: { min: 4 / 5, max: 1.91, label: '4:5–1.91:1' },
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngFacts(bytes: Uint8Array, view: DataView): ImageFacts | null {
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return null;
  return { type: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
}

/** A JPEG's size is in its start-of-frame segment (SOF0–SOF15, except DHT, JPG and DAC which share the range). */
function jpegFacts(bytes: Uint8Array, view: DataView): ImageFacts | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    // Fill bytes before a marker.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // Markers without a length.
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (length < 2) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { type: 'image/jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    at += 2 + length;
  }
  return null;
}

function webpFacts(bytes: Uint8Array, view: DataView): ImageFacts | null {
  if (bytes.length < 30) return null;
  const chunk = ascii(bytes, 12, 4);
  const uint24 = (at: number) => view.getUint16(at, true) | ((bytes[at + 2] ?? 0) << 16);
  if (chunk === 'VP8X') return { type: 'image/webp', width: 1 + uint24(24), height: 1 + uint24(27) };
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return null;
    const [b1, b2, b3, b4] = [bytes[21] ?? 0, bytes[22] ?? 0, bytes[23] ?? 0, bytes[24] ?? 0];
    return {
      type: 'image/webp',
      width: 1 + (((b2 & 0x3f) << 8) | b1),
      height: 1 + (((b4 & 0x0f) << 10) | (b3 << 2) | ((b2 & 0xc0) >> 6)),
    };
  }
  if (chunk === 'VP8 ') {
    // A key frame's start code, then 14-bit width and height.
    if (!startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) return null;
    return { type: 'image/webp', width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  return null;
}

/** The image's type and size from its bytes; null when it is not a PNG, JPEG or WebP Pandu can read. */
export function sniffImage(bytes: Uint8Array): ImageFacts | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, PNG_SIGNATURE)) return pngFacts(bytes, view);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpegFacts(bytes, view);
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
    return webpFacts(bytes, view);
  return null;
}

/** The SHA-256 of the bytes, as 64 lowercase hex digits (how packs pin their images). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Does this platform show the image whole? */
export function ratioFits(facts: Pick<ImageFacts, 'width' | 'height'>, platform: Platform): boolean {
  const ratio = facts.width / facts.height;
  const range = PLATFORM_RATIOS[platform];
  // Half a percent of slack: 1080 × 1350 is 4:5 exactly, 1080 × 566 is 1.908.
  return ratio >= range.min * 0.995 && ratio <= range.max * 1.005;
}

/**
 * The part of the image a platform shows when the ratio is outside its range: centred, clamped to the
 * nearest accepted ratio. Fractions of the image's width and height (for the authoring page's preview).
 */
export function platformCrop(
  facts: Pick<ImageFacts, 'width' | 'height'>,
  platform: Platform,
): { x: number; y: number; width: number; height: number } {
  const ratio = facts.width / facts.height;
  const range = PLATFORM_RATIOS[platform];
  if (ratio > range.max) {
    const width = range.max / ratio;
    return { x: (1 - width) / 2, y: 0, width, height: 1 };
  }
  if (ratio < range.min) {
    const height = ratio / range.min;
    return { x: 0, y: (1 - height) / 2, width: 1, height };
  }
  return { x: 0, y: 0, width: 1, height: 1 };
}
