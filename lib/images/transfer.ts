import type { ImageType } from './facts';

/**
 * An image as it crosses between the extension's parts. Chrome's runtime messages are JSON, so Blobs and
 * typed arrays do not survive them: the bytes travel as base64 text.
 */
export interface ImageMessage {
  sha256: string;
  type: ImageType;
  width: number;
  height: number;
  base64: string;
}

/** Base64 of bytes, in chunks (spreading a whole 8 MB image into one call would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let at = 0; at < bytes.length; at += CHUNK) binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The message's image as a file the composer's file input takes. */
export function imageFile(message: ImageMessage, name: string): File {
  return new File([fromBase64(message.base64) as Uint8Array<ArrayBuffer>], name, { type: message.type });
}

export const dataUrl = (message: Pick<ImageMessage, 'type' | 'base64'>): string =>
  `data:${message.type};base64,${message.base64}`;
