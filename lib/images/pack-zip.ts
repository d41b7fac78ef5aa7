import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { parseTemplatePack } from '../schemas';
import { message } from '../messages/reference';
import { MAX_FILE_BYTES, problem, tooLargeProblem, type ParseResult, type Problem } from '../schemas/problems';
import type { StageCalendar } from '../schemas/calendar';
import type { TemplateImage, TemplatePack } from '../schemas/template-pack';
import { IMAGE_EXTENSIONS, IMAGE_LIMITS, type ImageType } from './facts';
import { checkPackImages, type PackImage } from './pack-images';

/**
 * A pack with images travels as one .zip: `pack.json` at its root (the same JSON as a pack without images)
 * and the image files its templates name by path. Read and written with fflate (a small, maintained zip
 * library: the zip format's headers, deflate and CRCs are not worth writing again by hand).
 */

/** 50 flyers of a few hundred kB each fit with room to spare. */
export const MAX_PACK_ZIP_BYTES = 64_000_000;
/** An entry claiming more than this is refused before it is inflated (a "zip bomb" claims gigabytes). */
const MAX_ENTRY_BYTES = IMAGE_LIMITS.maxBytes * 4;
const MAX_TOTAL_BYTES = 256_000_000;
const MAX_ENTRIES = 1000;
export const PACK_JSON_NAME = 'pack.json';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export const isZip = (bytes: Uint8Array): boolean => ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);

export interface ZipPackImport {
  pack: TemplatePack;
  images: PackImage[];
  warnings: Problem[];
}

/** Normalises a path inside the zip the way the pack names it (`./images/a.png` is `images/a.png`). */
const normalisePath = (path: string) => path.replace(/^\.\//, '');

/**
 * Reads a pack .zip: its JSON validated as any pack is (against the calendar in use), then every image its
 * templates name (type sniffed from the bytes, size and pixel caps, SHA-256). Images already held
 * (`stored`) may be left out of the zip. Nothing is stored here: a refused pack changes nothing.
 */
export async function readPackZip(
  bytes: Uint8Array,
  calendar: StageCalendar,
  stored: ReadonlySet<string> = new Set(),
): Promise<ParseResult<ZipPackImport>> {
  if (bytes.length > MAX_PACK_ZIP_BYTES)
    return { ok: false, problems: [tooLargeProblem(bytes.length, MAX_PACK_ZIP_BYTES)] };
  if (!isZip(bytes)) return { ok: false, problems: [problem([], 'problem.notZip')] };
  const problems: Problem[] = [];
  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries++;
        if (file.name.endsWith('/')) return false;
        if (entries > MAX_ENTRIES) return false;
        if (file.originalSize > MAX_ENTRY_BYTES || total + file.originalSize > MAX_TOTAL_BYTES) {
          problems.push(
            problem([], 'problem.zipEntryTooLarge', {
              name: file.name,
              size: message('unit.megabytes', { size: Math.round(file.originalSize / 1_000_000) }),
            }),
          );
          return false;
        }
        total += file.originalSize;
        return true;
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem([], 'problem.zipDamaged', { detail })] };
  }
  if (entries > MAX_ENTRIES) problems.push(problem([], 'problem.zipTooManyFiles', { max: MAX_ENTRIES }));
  const names = Object.keys(files);
  const jsonName = names.includes(PACK_JSON_NAME)
    ? PACK_JSON_NAME
    : (() => {
        const candidates = names.filter((name) => !name.includes('/') && name.toLowerCase().endsWith('.json'));
        return candidates.length === 1 ? candidates[0] : undefined;
      })();
  const jsonBytes = jsonName ? files[jsonName] : undefined;
  if (!jsonName || !jsonBytes)
    return {
      ok: false,
      problems: [...problems, problem([], 'problem.zipNoPack', { name: PACK_JSON_NAME })],
    };
  if (jsonBytes.length > MAX_FILE_BYTES)
    return { ok: false, problems: [...problems, tooLargeProblem(jsonBytes.length, MAX_FILE_BYTES)] };
  const parsed = parseTemplatePack(strFromU8(jsonBytes), calendar);
  if (!parsed.ok)
    return {
      ok: false,
      problems: [...problems, ...parsed.problems.map((entry) => ({ ...entry, path: `${jsonName}: ${entry.path}` }))],
    };
  const pack = parsed.value;
  const checked = await checkPackImages(
    pack,
    (image) => (image.file ? files[normalisePath(image.file)] : undefined),
    stored,
  );
  problems.push(...checked.problems);
  if (problems.length > 0) return { ok: false, problems };
  const named = new Set(
    pack.templates.flatMap((template) =>
      (template.images ?? []).flatMap((image) => (image.file ? [normalisePath(image.file)] : [])),
    ),
  );
  const unused = names.filter((name) => name !== jsonName && !named.has(name));
  const warnings = [...checked.warnings, ...unused.map((name) => problem([], 'problem.zipUnusedFile', { name }))];
  return { ok: true, value: { pack, images: checked.images, warnings } };
}

/** The bytes of an image the pack names, wherever they come from (the image store, the built-in assets). */
export type ImageBytes = (sha256: string) => Promise<{ bytes: Uint8Array; type: ImageType } | null>;

/**
 * The pack as a .zip: `pack.json` plus each image as a file. An image named by address is bundled too and
 * named by file, so the .zip is whole by itself. An image Pandu does not hold is named in `missing`.
 */
export async function writePackZip(
  pack: TemplatePack,
  bytesOf: ImageBytes,
): Promise<{ zip: Uint8Array; missing: string[] }> {
  const files: Zippable = {};
  const paths = new Map<string, string>();
  const missing: string[] = [];
  const taken = new Set<string>();
  const templates = [];
  for (const template of pack.templates) {
    const images: TemplateImage[] = [];
    for (const image of template.images ?? []) {
      let path = paths.get(image.sha256);
      if (!path) {
        const found = await bytesOf(image.sha256);
        if (!found) {
          missing.push(image.file ?? image.url ?? image.sha256);
          images.push(image);
          continue;
        }
        const wanted = image.file
          ? normalisePath(image.file)
          : `images/${image.sha256.slice(0, 16)}.${IMAGE_EXTENSIONS[found.type]}`;
        path = taken.has(wanted) ? `images/${image.sha256}.${IMAGE_EXTENSIONS[found.type]}` : wanted;
        taken.add(path);
        paths.set(image.sha256, path);
        // Images are compressed already: stored as they are, which is faster and no larger.
        files[path] = [found.bytes, { level: 0 }];
      }
      const { url: _url, ...rest } = image;
      images.push({ ...rest, file: path });
    }
    templates.push(template.images ? { ...template, images } : template);
  }
  files[PACK_JSON_NAME] = [strToU8(`${JSON.stringify({ ...pack, templates }, null, 2)}\n`), { level: 6 }];
  return { zip: zipSync(files), missing };
}
