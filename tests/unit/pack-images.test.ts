import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PanduDatabase } from '@/lib/posts/database';
import { checkImport } from '@/lib/workspace/data-import';
import { IMAGE_LIMITS, platformCrop, ratioFits, sniffImage } from '@/lib/images/facts';
import { checkImageBytes, imagesInUse, type PackImage } from '@/lib/images/pack-images';
import { errorText } from '@/lib/messages/errors';
import { readPackZip, writePackZip } from '@/lib/images/pack-zip';
import { removeUnusedImages, storedImage, storedImageHashes, storeImages } from '@/lib/images/store';
import { fromBase64, toBase64 } from '@/lib/images/transfer';
import { describeProblems, type TemplatePack } from '@/lib/schemas';
import { defaults } from './helpers';
import { makePng, packZip, sha256 } from './images-helpers';
import { translator } from '@/lib/messages/i18n';

/** A JPEG's first bytes up to its start-of-frame, after an APP0 segment, as cameras write them. */
function jpegHeader(width: number, height: number, sof = 0xc0): Uint8Array {
  return new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00,
    0xff,
    0xdb,
    0x00,
    0x04,
    0x00,
    0x00,
    0xff,
    sof,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
  ]);
}

function webpHeader(kind: 'VP8X' | 'VP8L' | 'VP8 ', width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(40);
  bytes.set(strToU8('RIFF'), 0);
  bytes.set(strToU8('WEBP'), 8);
  bytes.set(strToU8(kind), 12);
  const view = new DataView(bytes.buffer);
  if (kind === 'VP8X') {
    const w = width - 1;
    const h = height - 1;
    bytes.set([w & 0xff, (w >> 8) & 0xff, w >> 16, h & 0xff, (h >> 8) & 0xff, h >> 16], 24);
  } else if (kind === 'VP8L') {
    bytes[20] = 0x2f;
    const bits = (width - 1) | ((height - 1) << 14);
    view.setUint32(21, bits, true);
  } else {
    bytes.set([0x9d, 0x01, 0x2a], 23);
    view.setUint16(26, width, true);
    view.setUint16(28, height, true);
  }
  return bytes;
}

describe('image facts from bytes', () => {
  const sizes: [number, number][] = [
    [1080, 1350],
    [1200, 628],
    [1, 1],
    [4000, 3000],
    [16383, 200],
  ];
  it.each(sizes)('reads a PNG of %i × %i', (width, height) => {
    const png = makePng(1, 1);
    const view = new DataView(png.buffer);
    view.setUint32(16, width);
    view.setUint32(20, height);
    expect(sniffImage(png)).toEqual({ type: 'image/png', width, height });
  });
  it.each(sizes.filter(([w, h]) => w < 65536 && h < 65536))('reads a JPEG of %i × %i', (width, height) => {
    expect(sniffImage(jpegHeader(width, height))).toEqual({ type: 'image/jpeg', width, height });
    expect(sniffImage(jpegHeader(width, height, 0xc2))).toEqual({ type: 'image/jpeg', width, height });
  });
  it.each(sizes.filter(([w, h]) => w <= 16383 && h <= 16383))('reads a WebP of %i × %i', (width, height) => {
    expect(sniffImage(webpHeader('VP8X', width, height))).toEqual({ type: 'image/webp', width, height });
    expect(sniffImage(webpHeader('VP8L', width, height))).toEqual({ type: 'image/webp', width, height });
    expect(sniffImage(webpHeader('VP8 ', width, height))).toEqual({ type: 'image/webp', width, height });
  });
  it('names no type for other files, whatever they are called', () => {
    for (const bytes of [
      strToU8('%PDF-1.7 flyer'),
      strToU8('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0]),
      new Uint8Array(),
      makePng(2, 2).subarray(0, 12),
      strToU8('RIFF\0\0\0\0WAVEfmt '),
    ])
      expect(sniffImage(bytes)).toBeNull();
  });
  it('knows which ratios each platform shows whole, and what it crops', () => {
    expect(ratioFits({ width: 1080, height: 1350 }, 'instagram')).toBe(true);
    expect(ratioFits({ width: 1080, height: 566 }, 'instagram')).toBe(true);
    expect(ratioFits({ width: 1080, height: 1920 }, 'instagram')).toBe(false);
    expect(ratioFits({ width: 3000, height: 1000 }, 'instagram')).toBe(false);
    expect(platformCrop({ width: 1000, height: 1000 }, 'instagram')).toEqual({ x: 0, y: 0, width: 1, height: 1 });
    const tall = platformCrop({ width: 1000, height: 2000 }, 'instagram');
    expect(tall.width).toBe(1);
    expect(tall.height * 2000).toBeCloseTo(1250);
    const wide = platformCrop({ width: 3820, height: 1000 }, 'instagram');
    expect(wide.width * 3820).toBeCloseTo(1910);
  });
  it('carries bytes through base64 unchanged (runtime messages are JSON)', () => {
    const bytes = makePng(300, 200, { noise: true });
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});

const FLYER = makePng(1080, 1350, { colour: 0x1b4f9c });
const BANNER = makePng(1200, 628, { colour: 0xf2c94c });
const TALL = makePng(400, 900, { colour: 0x333333 });

/** The built-in pack with images on its first two templates, named by file. */
function packWithImages(images: Record<number, { file: string; sha256: string; alt?: string }[]>): TemplatePack {
  const { pack } = defaults();
  return {
    ...pack,
    id: 'paket-gambar',
    templates: pack.templates.map((template, index) =>
      images[index]
        ? {
            ...template,
            images: images[index].map((image) => ({ alt: `Infografis ${image.file}`, ...image })),
          }
        : template,
    ),
  };
}

/** The built-in pack's images, which Pandu always holds (they ship with it). */
const BUILT_IN = imagesInUse(defaults().pack.templates);
const held = (...hashes: string[]) => new Set([...BUILT_IN, ...hashes]);

describe('a pack .zip', () => {
  const { calendar } = defaults();
  it('reads a pack and its images, each once, with ratio warnings', async () => {
    const pack = packWithImages({
      0: [{ file: 'images/flyer.png', sha256: sha256(FLYER) }],
      1: [
        { file: 'images/flyer.png', sha256: sha256(FLYER) },
        { file: 'images/tall.png', sha256: sha256(TALL) },
      ],
    });
    const zip = packZip(pack, { 'images/flyer.png': FLYER, 'images/tall.png': TALL, 'images/extra.png': BANNER });
    const read = await readPackZip(zip, calendar, held());
    if (!read.ok) throw new Error(describeProblems(read.problems, translator('en')).join('\n'));
    expect(read.value.images.map((image) => image.sha256).sort()).toEqual([sha256(FLYER), sha256(TALL)].sort());
    const warnings = describeProblems(read.value.warnings, translator('en'));
    expect(warnings.some((line) => line.includes("image 'images/tall.png'") && line.includes('cropped'))).toBe(true);
    expect(warnings.some((line) => line.includes("'images/extra.png'") && line.includes('used by no template'))).toBe(
      true,
    );
    expect(warnings.some((line) => line.includes('flyer.png'))).toBe(false);
  });

  it('refuses a wrong hash, a non-image file and an oversized image, naming each', async () => {
    const big = makePng(1700, 1700, { noise: true });
    expect(big.length).toBeGreaterThan(IMAGE_LIMITS.maxBytes);
    const notImage = strToU8('%PDF-1.7 this is a letter, not a flyer');
    const pack = packWithImages({
      0: [{ file: 'images/flyer.png', sha256: sha256(BANNER) }],
      1: [{ file: 'images/surat.png', sha256: sha256(notImage) }],
      2: [{ file: 'images/besar.png', sha256: sha256(big) }],
      3: [{ file: 'images/hilang.png', sha256: sha256(FLYER) }],
    });
    const zip = packZip(pack, { 'images/flyer.png': FLYER, 'images/surat.png': notImage, 'images/besar.png': big });
    const read = await readPackZip(zip, calendar, held());
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const id = describeProblems(read.problems, translator('id'));
    const en = describeProblems(read.problems, translator('en'));
    expect(id).toContainEqual(
      expect.stringMatching(/^templates\[0\]\.images\[0\]: gambar 'images\/flyer\.png': SHA-256 tidak cocok/),
    );
    expect(en).toContainEqual(
      expect.stringMatching(/^templates\[1\]\.images\[0\]: image 'images\/surat\.png': not a PNG, JPEG or WebP image/),
    );
    expect(en).toContainEqual(
      expect.stringMatching(/^templates\[2\]\.images\[0\]: image 'images\/besar\.png': too large/),
    );
    expect(en).toContainEqual(
      expect.stringMatching(/^templates\[3\]\.images\[0\]: image 'images\/hilang\.png' is missing/),
    );
    expect(read.problems).toHaveLength(4);
  });

  it('refuses too many pixels and too small images, and images whose name lies about their type', async () => {
    const huge = makePng(1, 1);
    new DataView(huge.buffer).setUint32(16, 9000);
    new DataView(huge.buffer).setUint32(20, 9000);
    const tiny = makePng(20, 20);
    const jpegNamedPng = jpegHeader(1080, 1080);
    const pack = packWithImages({
      0: [{ file: 'a.png', sha256: sha256(huge) }],
      1: [{ file: 'b.png', sha256: sha256(tiny) }],
      2: [{ file: 'c.png', sha256: sha256(jpegNamedPng) }],
    });
    const read = await readPackZip(
      packZip(pack, { 'a.png': huge, 'b.png': tiny, 'c.png': jpegNamedPng }),
      calendar,
      held(),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const en = describeProblems(read.problems, translator('en'));
    expect(en).toContainEqual(expect.stringContaining("image 'a.png': too many pixels: 9000 × 9000"));
    expect(en).toContainEqual(expect.stringContaining("image 'b.png': too small: 20 × 20"));
    // Sniffed as a JPEG: the name does not matter, and the bytes are an image Pandu reads.
    expect(en.some((line) => line.includes("'c.png'"))).toBe(false);
  });

  it('refuses what is not a pack .zip, naming why', async () => {
    const cases: [Uint8Array, RegExp][] = [
      [strToU8('{"not":"a zip"}'), /not a \.zip file/],
      [zipSync({ 'readme.txt': strToU8('hello') }), /holds no pack\.json/],
      [zipSync({ 'pack.json': strToU8('{ broken') }), /not valid JSON/],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /damaged/],
      [packZip({ ...defaults().pack, templates: [] }, {}), /templates: needs at least 1/],
    ];
    for (const [bytes, expected] of cases) {
      const read = await readPackZip(bytes, calendar);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(describeProblems(read.problems, translator('en')).join('\n')).toMatch(expected);
    }
  });

  it('takes a pack whose images Pandu holds already without their files', async () => {
    const pack = packWithImages({ 0: [{ file: 'images/flyer.png', sha256: sha256(FLYER) }] });
    expect((await readPackZip(packZip(pack, {}), calendar, held(sha256(FLYER)))).ok).toBe(true);
    const json = JSON.stringify(pack);
    expect(checkImport('pack', json, defaults(), held(sha256(FLYER))).ok).toBe(true);
    const refused = checkImport('pack', json, defaults(), held());
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(describeProblems(refused.problems, translator('id'))[0]).toMatch(
        /gambar 'images\/flyer\.png' tidak ada: impor paket sebagai \.zip/,
      );
  });

  it('writes a .zip that reads back to the same pack and images', async () => {
    const pack = packWithImages({
      0: [{ file: 'images/flyer.png', sha256: sha256(FLYER) }],
      1: [{ file: 'banner.png', sha256: sha256(BANNER) }],
    });
    const files = new Map([
      [sha256(FLYER), FLYER],
      [sha256(BANNER), BANNER],
    ]);
    for (const template of pack.templates)
      for (const image of template.images ?? [])
        if (image.file?.startsWith('pack-images/'))
          files.set(
            image.sha256,
            new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../assets/public', image.file))),
          );
    const { zip, missing } = await writePackZip(pack, async (hash) => {
      const bytes = files.get(hash);
      return bytes ? { bytes, type: 'image/png' } : null;
    });
    expect(missing).toEqual([]);
    const read = await readPackZip(zip, calendar, held());
    if (!read.ok) throw new Error(describeProblems(read.problems, translator('en')).join('\n'));
    expect(read.value.pack).toEqual(pack);
    expect(read.value.images).toHaveLength(2 + BUILT_IN.size);
  });
});

describe('the image store', () => {
  it('keeps images by hash and removes those no template uses', async () => {
    const db = new PanduDatabase(`images-${crypto.randomUUID()}`);
    const images = await Promise.all(
      [FLYER, BANNER, TALL].map(async (bytes) => {
        const checked = await checkImageBytes(bytes, sha256(bytes));
        if (!checked.ok) throw new Error('a test image did not check');
        return checked.image;
      }),
    );
    await storeImages(db, images);
    await storeImages(db, images.slice(0, 1));
    expect(await storedImageHashes(db)).toEqual(new Set(images.map((image) => image.sha256)));
    const stored = await storedImage(db, sha256(FLYER));
    expect(stored).toMatchObject({ type: 'image/png', width: 1080, height: 1350, size: FLYER.length });
    const pack = packWithImages({ 0: [{ file: 'f.png', sha256: sha256(FLYER) }] });
    expect(await removeUnusedImages(db, imagesInUse(pack.templates))).toBe(2);
    expect(await storedImageHashes(db)).toEqual(new Set([sha256(FLYER)]));
    db.close();
  });

  it('checks what it is given: bytes that are not the image named, or no image, store nothing', async () => {
    const db = new PanduDatabase(`images-${crypto.randomUUID()}`);
    const checked = await checkImageBytes(FLYER, sha256(FLYER));
    if (!checked.ok) throw new Error('a test image did not check');
    const forged = { ...checked.image, sha256: sha256(BANNER) };
    const refusal = (images: PackImage[]) =>
      storeImages(db, images).then(
        () => '',
        (error: unknown) => errorText(error, translator('en')),
      );
    expect(await refusal([checked.image, forged])).toMatch(/SHA-256 does not match/);
    const notAnImage = { ...checked.image, bytes: new TextEncoder().encode('<svg/>') };
    expect(await refusal([notAnImage])).toMatch(/not a PNG, JPEG or WebP image/);
    expect(await storedImageHashes(db)).toEqual(new Set());
    db.close();
  });
});
