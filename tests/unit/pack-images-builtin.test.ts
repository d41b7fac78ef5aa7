import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInData } from '@/lib/workspace/defaults';
import { checkImageBytes, ratioWarnings } from '@/lib/images/pack-images';
import { BUILT_IN_IMAGES } from '../../scripts/render-pack-images-list';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the built-in pack’s images', () => {
  const images = builtInData().pack.templates.flatMap((template) =>
    (template.images ?? []).map((image) => ({ template, image })),
  );

  it('has at least three templates with images, each drawn from an SVG source in the repository', () => {
    expect(new Set(images.map((entry) => entry.template.id)).size).toBeGreaterThanOrEqual(3);
    for (const { name } of BUILT_IN_IMAGES)
      expect(existsSync(resolve(ROOT, `assets/pack-images/${name}.svg`)), name).toBe(true);
  });

  it.each(images.map((entry) => [entry.template.id, entry.image.file ?? '', entry] as const))(
    '%s: %s is the committed file its hash pins, a PNG every platform shows whole, with alt text',
    async (_id, file, { template, image }) => {
      const bytes = new Uint8Array(readFileSync(resolve(ROOT, 'assets/public', file)));
      const checked = await checkImageBytes(bytes, image.sha256);
      expect(checked.ok).toBe(true);
      if (!checked.ok) return;
      expect(checked.image.type).toBe('image/png');
      expect(ratioWarnings(checked.image, template.platforms, [], file)).toEqual([]);
      expect(image.alt.length).toBeGreaterThan(40);
    },
  );
});
