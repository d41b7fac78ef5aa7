import type { Platform } from '../platforms/platform';
import { problem, type Problem } from '../schemas/problems';
import type { TemplateImage, TemplatePack } from '../schemas/template-pack';
import { IMAGE_LIMITS, PLATFORM_RATIOS, ratioFits, sha256Hex, sniffImage, type ImageFacts } from './facts';

/** An image that passed every check, ready to store. */
export interface PackImage extends ImageFacts {
  sha256: string;
  bytes: Uint8Array;
}

export interface CheckedPackImages {
  /** Each distinct image once. */
  images: PackImage[];
  /** Reasons to refuse the pack: nothing is stored while there is one. */
  problems: Problem[];
  /** Worth knowing, not a reason to refuse (a ratio a platform crops). */
  warnings: Problem[];
}

/** How an image is named to the person importing: its file in the .zip, or its address. */
export const imageName = (image: TemplateImage): string => image.file ?? image.url ?? image.sha256.slice(0, 12);

const megabytes = (bytes: number) => `${(Math.round(bytes / 100_000) / 10).toLocaleString('id-ID')} MB`;

/** What is wrong with one image's bytes, in both languages; its facts when nothing is. */
export async function checkImageBytes(
  bytes: Uint8Array,
  expectedSha256: string,
): Promise<{ ok: true; image: PackImage } | { ok: false; reasons: [string, string][] }> {
  const reasons: [string, string][] = [];
  if (bytes.length > IMAGE_LIMITS.maxBytes)
    reasons.push([
      `terlalu besar: ${megabytes(bytes.length)}, batasnya ${megabytes(IMAGE_LIMITS.maxBytes)}`,
      `too large: ${megabytes(bytes.length)}, the limit is ${megabytes(IMAGE_LIMITS.maxBytes)}`,
    ]);
  const facts = sniffImage(bytes);
  if (!facts) reasons.push(['bukan gambar PNG, JPEG atau WebP', 'not a PNG, JPEG or WebP image']);
  else {
    const { width, height } = facts;
    if (width * height > IMAGE_LIMITS.maxPixels || Math.max(width, height) > IMAGE_LIMITS.maxSide)
      reasons.push([
        `terlalu banyak piksel: ${width} × ${height}, batasnya ${IMAGE_LIMITS.maxPixels / 1_000_000} juta piksel dan sisi ${IMAGE_LIMITS.maxSide} px`,
        `too many pixels: ${width} × ${height}, the limit is ${IMAGE_LIMITS.maxPixels / 1_000_000} megapixels and ${IMAGE_LIMITS.maxSide} px a side`,
      ]);
    else if (Math.min(width, height) < IMAGE_LIMITS.minSide)
      reasons.push([
        `terlalu kecil: ${width} × ${height}, minimal ${IMAGE_LIMITS.minSide} px per sisi`,
        `too small: ${width} × ${height}, at least ${IMAGE_LIMITS.minSide} px a side`,
      ]);
  }
  // The hash last, and only for a file small enough to be worth hashing.
  if (bytes.length <= IMAGE_LIMITS.maxBytes) {
    const actual = await sha256Hex(bytes);
    if (actual !== expectedSha256)
      reasons.push([
        `SHA-256 tidak cocok: berkasnya ${actual}, paket menyebut ${expectedSha256}`,
        `SHA-256 does not match: the file has ${actual}, the pack says ${expectedSha256}`,
      ]);
  }
  if (reasons.length > 0 || !facts) return { ok: false, reasons };
  return { ok: true, image: { ...facts, sha256: expectedSha256, bytes } };
}

/** A warning for each platform the image is meant for that would crop it. */
export function ratioWarnings(
  facts: Pick<ImageFacts, 'width' | 'height'>,
  platforms: readonly Platform[],
  path: PropertyKey[],
  name: string,
): Problem[] {
  return platforms
    .filter((platform) => !ratioFits(facts, platform))
    .map((platform) => {
      const label = platform === 'instagram' ? 'Instagram' : 'Facebook';
      const ratio = (facts.width / facts.height).toFixed(2);
      return problem(
        path,
        `gambar '${name}' (${facts.width} × ${facts.height}, rasio ${ratio}) akan dipotong di ${label}, yang menerima ${PLATFORM_RATIOS[platform].label}`,
        `image '${name}' (${facts.width} × ${facts.height}, ratio ${ratio}) will be cropped on ${label}, which accepts ${PLATFORM_RATIOS[platform].label}`,
      );
    });
}

/**
 * Checks every image a pack's templates name. `bytesOf` gives an image's bytes when they came with the pack
 * (a file in its .zip, a download of its address); an image without bytes is fine only when Pandu holds it
 * already (`stored`, by SHA-256). Each bad image is named by its template and file or address.
 */
export async function checkPackImages(
  pack: TemplatePack,
  bytesOf: (image: TemplateImage) => Uint8Array | undefined,
  stored: ReadonlySet<string>,
): Promise<CheckedPackImages> {
  const images = new Map<string, PackImage>();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  // The same file named twice is checked once (and refused once per mention, so each is named).
  const verdicts = new Map<string, Awaited<ReturnType<typeof checkImageBytes>>>();
  for (const [templateIndex, template] of pack.templates.entries())
    for (const [imageIndex, image] of (template.images ?? []).entries()) {
      const path = ['templates', templateIndex, 'images', imageIndex];
      const name = imageName(image);
      const bytes = bytesOf(image);
      if (!bytes) {
        if (!stored.has(image.sha256)) problems.push(missingImageProblem(image, path));
        continue;
      }
      const key = `${name}\n${image.sha256}`;
      let verdict = verdicts.get(key);
      if (!verdict) {
        verdict = await checkImageBytes(bytes, image.sha256);
        verdicts.set(key, verdict);
      }
      if (!verdict.ok) {
        for (const [id, en] of verdict.reasons)
          problems.push(problem(path, `gambar '${name}': ${id}`, `image '${name}': ${en}`));
        continue;
      }
      images.set(image.sha256, verdict.image);
      warnings.push(...ratioWarnings(verdict.image, image.platforms ?? template.platforms, path, name));
    }
  return { images: [...images.values()], problems, warnings };
}

function missingImageProblem(image: TemplateImage, path: PropertyKey[]): Problem {
  const name = imageName(image);
  return image.file
    ? problem(
        path,
        `gambar '${name}' tidak ada: impor paket sebagai .zip yang berisi gambarnya`,
        `image '${name}' is missing: import the pack as a .zip holding its images`,
      )
    : problem(path, `gambar '${name}' tidak bisa diunduh`, `image '${name}' could not be downloaded`);
}

/** The images a pack names by file that Pandu does not hold (a JSON pack brings no image files). */
export function missingImageProblems(pack: TemplatePack, stored: ReadonlySet<string>): Problem[] {
  return pack.templates.flatMap((template, templateIndex) =>
    (template.images ?? []).flatMap((image, imageIndex) =>
      image.file && !stored.has(image.sha256)
        ? [missingImageProblem(image, ['templates', templateIndex, 'images', imageIndex])]
        : [],
    ),
  );
}

/** Every image hash a set of templates uses (what the image store keeps on a pack update). */
export function imagesInUse(templates: Iterable<{ images?: readonly TemplateImage[] }>): Set<string> {
  const used = new Set<string>();
  for (const template of templates) for (const image of template.images ?? []) used.add(image.sha256);
  return used;
}
