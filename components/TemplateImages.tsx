import { useEffect, useState } from 'preact/hooks';
import { dataUrl } from '@/lib/images/transfer';
import { sendMessage } from '@/lib/messaging';
import type { TemplateImage } from '@/lib/schemas';

/**
 * A template's images as small thumbnails, each an `img` with the template's alt text. They are asked of
 * the background after the sidebar has painted (an effect), one small copy each, so listing templates costs
 * the page nothing more at first; until one arrives its place is kept, so nothing moves.
 */
export function TemplateImages({ images }: { images: readonly TemplateImage[] }) {
  const [sources, setSources] = useState<Record<string, string>>({});
  const key = images.map((image) => image.sha256).join();
  useEffect(() => {
    let live = true;
    for (const image of images)
      void sendMessage('getImage', { sha256: image.sha256, thumbnail: true }).then(
        (message) => {
          if (live && message) setSources((current) => ({ ...current, [image.sha256]: dataUrl(message) }));
        },
        // No thumbnail is no reason to fail: the alt text still says what the image is.
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [key]);
  if (images.length === 0) return null;
  return (
    <ul class="pandu-images">
      {images.map((image) => (
        <li key={image.sha256}>
          {sources[image.sha256] ? (
            <img src={sources[image.sha256]} alt={image.alt} title={image.alt} width={48} height={48} />
          ) : (
            <span class="pandu-image-slot" role="img" aria-label={image.alt} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** The template's images meant for this platform. */
export function imagesFor(
  template: { platforms: readonly string[]; images?: readonly TemplateImage[] },
  platform: string,
): TemplateImage[] {
  return (template.images ?? []).filter((image) => (image.platforms ?? template.platforms).includes(platform));
}
