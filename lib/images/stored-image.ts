import type { ImageType } from './facts';

/**
 * An approved image as the database keeps it (table `images`, by SHA-256). Only lib/images/store.ts writes
 * these, after checking them.
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
