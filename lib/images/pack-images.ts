import type { Platform } from '../platforms/platform';
import type { MessageRef } from '../messages/format';
import { localNumber, message } from '../messages/reference';
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

const megabytes = (bytes: number) => message('unit.megabytes', { size: localNumber(Math.round(bytes / 100_000) / 10) });

/** What is wrong with one image's bytes; its facts when nothing is. */
export async function checkImageBytes(
  bytes: Uint8Array,
  expectedSha256: string,
): Promise<{ ok: true; image: PackImage } | { ok: false; reasons: MessageRef[] }> {
  const reasons: MessageRef[] = [];
  if (bytes.length > IMAGE_LIMITS.maxBytes)
    reasons.push(
      message('problem.imageTooLarge', { size: megabytes(bytes.length), limit: megabytes(IMAGE_LIMITS.maxBytes) }),
    );
  const facts = sniffImage(bytes);
  if (!facts) reasons.push(message('problem.notAnImage'));
  else {
    const { width, height } = facts;
    if (width * height > IMAGE_LIMITS.maxPixels || Math.max(width, height) > IMAGE_LIMITS.maxSide)
      reasons.push(
        message('problem.tooManyPixels', {
          width,
          height,
          megapixels: IMAGE_LIMITS.maxPixels / 1_000_000,
          side: IMAGE_LIMITS.maxSide,
        }),
      );
    else if (Math.min(width, height) < IMAGE_LIMITS.minSide)
      reasons.push(message('problem.imageTooSmall', { width, height, side: IMAGE_LIMITS.minSide }));
  }
  // The hash last, and only for a file small enough to be worth hashing.
  if (bytes.length <= IMAGE_LIMITS.maxBytes) {
    const actual = await sha256Hex(bytes);
    if (actual !== expectedSha256) reasons.push(message('problem.imageHash', { actual, expected: expectedSha256 }));
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
      const ratio = (facts.width / facts.height).toFixed(2);
      return problem(path, 'problem.imageCropped', {
        name,
        width: facts.width,
        height: facts.height,
        ratio,
        platform: message(`platform.${platform}`),
        accepts: PLATFORM_RATIOS[platform].label,
      });
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
        for (const reason of verdict.reasons) problems.push(problem(path, 'problem.image', { name, reason }));
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
    ? problem(path, 'problem.imageMissing', { name })
    : problem(path, 'problem.imageNotDownloaded', { name });
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
