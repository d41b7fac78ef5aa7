/**
 * Real image files for tests, made here (no binary fixtures to keep in sync): PNGs of any size, and the
 * headers of JPEG and WebP files, which is all Pandu reads of those.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { strToU8, zipSync, type Zippable } from 'fflate';

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid PNG of `width` × `height`, one colour, or noise (`noise`: it does not compress, for size tests).
 */
export function makePng(width: number, height: number, options: { colour?: number; noise?: boolean } = {}): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height);
  const colour = options.colour ?? 0x1b4f9c;
  let seed = colour || 1;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = y * row + 1 + x * 3;
      if (options.noise) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        raw[at] = seed >>> 24;
        raw[at + 1] = (seed >>> 16) & 0xff;
        raw[at + 2] = (seed >>> 8) & 0xff;
      } else {
        raw[at] = colour >> 16;
        raw[at + 1] = (colour >> 8) & 0xff;
        raw[at + 2] = colour & 0xff;
      }
    }
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw, { level: options.noise ? 0 : 6 })),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A zip of a pack JSON and files, as KPU Kabupaten would hand it out. */
export function packZip(pack: unknown, files: Record<string, Uint8Array>, jsonName = 'pack.json'): Uint8Array {
  const entries: Zippable = { [jsonName]: strToU8(JSON.stringify(pack)) };
  for (const [name, bytes] of Object.entries(files)) entries[name] = [bytes, { level: 0 }];
  return zipSync(entries);
}
