import { useEffect, useState } from 'preact/hooks';
import { platformCrop, ratioFits, sha256Hex } from '@/lib/images/facts';
import { checkImageBytes } from '@/lib/images/pack-images';
import { storedImage, storeImages } from '@/lib/images/store';
import { pageImageBytes } from '@/lib/images/serve';

import type { Template, TemplateImage } from '@/lib/schemas';
import { useTranslate } from './i18n';
import { openDatabase } from '@/lib/posts/database';

/** A stored image as the page shows it: an object URL and its size in pixels. */
function useImage(sha256: string): { url: string; width: number; height: number } | null {
  const [image, setImage] = useState<{ url: string; width: number; height: number } | null>(null);
  useEffect(() => {
    let url = '';
    let live = true;
    void (async () => {
      const found = await pageImageBytes(openDatabase())(sha256);
      const record = await storedImage(openDatabase(), sha256);
      if (!live || !found || !record) return;
      url = URL.createObjectURL(new Blob([found.bytes as Uint8Array<ArrayBuffer>], { type: found.type }));
      setImage({ url, width: record.width, height: record.height });
    })();
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [sha256]);
  return image;
}

/** How each platform shows the image: the part it keeps when the ratio is outside its range. */
function CropPreview({
  image,
  platforms,
}: {
  image: TemplateImage;
  platforms: readonly Template['platforms'][number][];
}) {
  const t = useTranslate();
  const shown = useImage(image.sha256);
  if (!shown) return <p class="hint">{t('authorImages.loading')}</p>;
  return (
    <div class="author-crops">
      {platforms.map((platform) => {
        const crop = platformCrop(shown, platform);
        const ratio = (shown.width * crop.width) / (shown.height * crop.height);
        const whole = ratioFits(shown, platform);
        return (
          <figure key={platform}>
            {/* The kept part, centred, at the ratio the platform shows: what followers will see. */}
            <div class="author-crop" style={{ aspectRatio: String(ratio) }}>
              <img src={shown.url} alt={image.alt} />
            </div>
            <figcaption>
              {t(`platform.${platform}`)}:{' '}
              {whole
                ? t('authorImages.whole', { width: shown.width, height: shown.height })
                : t('authorImages.cropped', { width: shown.width, height: shown.height })}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}

/**
 * A template's approved images on the authoring page: add a PNG, JPEG or WebP (checked from its bytes and
 * kept in Pandu's image store), write its alt text, see how each platform crops it, remove it.
 */
export function TemplateImagesEditor({
  template,
  onChange,
}: {
  template: Template;
  onChange(changes: Partial<Template>): void;
}) {
  const t = useTranslate();
  const [problem, setProblem] = useState('');
  const images = template.images ?? [];
  const setImages = (next: TemplateImage[]) => onChange({ images: next.length > 0 ? next : undefined });

  const add = async (file: File) => {
    setProblem('');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = await checkImageBytes(bytes, await sha256Hex(bytes));
    if (!checked.ok) {
      setProblem(`${file.name}: ${checked.reasons.map((reason) => t(reason)).join('; ')}`);
      return;
    }
    await storeImages(openDatabase(), [checked.image]);
    const name = file.name.replace(/[^\w.-]+/g, '-').toLowerCase();
    setImages([...images, { file: `images/${name}`, sha256: checked.image.sha256, alt: '' }]);
  };

  return (
    <fieldset class="author-images">
      <legend>{t('authorImages.legend')}</legend>
      {images.map((image, index) => (
        <div key={`${image.sha256}-${index}`} class="author-image">
          <div class="field wide">
            <label for={`image-alt-${index}`}>{t('authorImages.alt', { file: image.file ?? image.url ?? '' })}</label>
            <textarea
              id={`image-alt-${index}`}
              rows={2}
              required
              value={image.alt}
              onInput={(event) =>
                setImages(
                  images.map((entry, at) =>
                    at === index ? { ...entry, alt: (event.target as HTMLTextAreaElement).value } : entry,
                  ),
                )
              }
            />
          </div>
          <CropPreview image={image} platforms={image.platforms ?? template.platforms} />
          <button type="button" onClick={() => setImages(images.filter((_, at) => at !== index))}>
            {t('authorImages.remove', { file: image.file ?? '' })}
          </button>
        </div>
      ))}
      <label>
        {t('authorImages.add')}
        <input
          type="file"
          accept="image/png,image/jpeg,image/webp"
          onChange={(event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void add(file);
            input.value = '';
          }}
        />
      </label>
      {problem && <p role="alert">{problem}</p>}
    </fieldset>
  );
}
