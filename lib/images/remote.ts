import { errorMessage, PanduError } from '../messages/errors';
import type { MessageValue } from '../messages/format';
import { localNumber, message } from '../messages/reference';
import { originPattern } from '../workspace/remote-pack';
import type { TemplatePack } from '../schemas/template-pack';
import { IMAGE_LIMITS } from './facts';

/**
 * Images a pack names by https address on KPU Kabupaten's site, pinned by SHA-256: downloaded when the pack
 * is imported (never later, never in the background), then checked like the files of a .zip.
 */

/** The addresses of a pack's images that Pandu does not hold yet, each once. */
export function imagesToDownload(pack: TemplatePack, held: ReadonlySet<string>): URL[] {
  const urls = new Map<string, URL>();
  for (const template of pack.templates)
    for (const image of template.images ?? [])
      if (image.url && !held.has(image.sha256)) urls.set(image.url, new URL(image.url));
  return [...urls.values()];
}

/** The sites those images are on, as permission patterns (`https://kpu-jepara.go.id/*`). */
export const imageOrigins = (urls: readonly URL[]): string[] => [...new Set(urls.map(originPattern))];

export interface ImageDownloads {
  bytes: Map<string, Uint8Array>;
  failed: { url: string; error: MessageValue }[];
}

/**
 * Downloads each image: a plain GET with no cookies, no redirect to another site, stopped once it passes
 * twice the image size cap (the check names it too large; more is never read into memory).
 */
export async function downloadImages(urls: readonly URL[], fetcher: typeof fetch = fetch): Promise<ImageDownloads> {
  const bytes = new Map<string, Uint8Array>();
  const failed: ImageDownloads['failed'] = [];
  const limit = IMAGE_LIMITS.maxBytes * 2;
  await Promise.all(
    urls.map(async (url) => {
      try {
        const response = await fetcher(url.href, { credentials: 'omit', redirect: 'error', cache: 'no-cache' });
        if (!response.ok) throw new PanduError(message('problem.httpStatus', { status: response.status }));
        const declared = Number(response.headers.get('content-length') ?? 0);
        if (declared > limit)
          throw new PanduError(
            message('problem.imageTooLarge', {
              size: message('unit.megabytes', { size: localNumber(Math.round(declared / 1_000_000)) }),
              limit: message('unit.megabytes', { size: localNumber(IMAGE_LIMITS.maxBytes / 1_000_000) }),
            }),
          );
        const body = new Uint8Array(await response.arrayBuffer());
        bytes.set(url.href, body.length > limit ? body.subarray(0, limit + 1) : body);
      } catch (error) {
        failed.push({ url: url.href, error: errorMessage(error) });
      }
    }),
  );
  return { bytes, failed };
}
