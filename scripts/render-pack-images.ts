/**
 * Renders the built-in pack's infographics (assets/pack-images/*.svg, Pandu's own drawings) to PNG with
 * Debian's Chromium, into assets/public/pack-images/, and pins each in assets/data/templates.default.json
 * by SHA-256 with its alt text. Run after changing a drawing: `node --import tsx scripts/render-pack-images.ts`.
 * The PNGs and the pack are committed; tests/unit/pack-images-builtin.test.ts checks they agree.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser';
import { BUILT_IN_IMAGES } from './render-pack-images-list';

const WIDTH = 1080;
const HEIGHT = 1350;
const root = new URL('../', import.meta.url);
const packPath = new URL('assets/data/templates.default.json', root);

interface PackTemplate {
  id: string;
  images?: { file: string; sha256: string; alt: string }[];
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const pack = JSON.parse(await readFile(packPath, 'utf8')) as { templates: PackTemplate[] };
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  for (const image of BUILT_IN_IMAGES) {
    const svg = await readFile(new URL(`assets/pack-images/${image.name}.svg`, root), 'utf8');
    await page.setContent(`<style>html,body{margin:0}svg{display:block}</style>${svg}`);
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
    const file = `pack-images/${image.name}.png`;
    await writeFile(new URL(`assets/public/${file}`, root), png);
    const sha256 = createHash('sha256').update(png).digest('hex');
    for (const id of image.templates) {
      const template = pack.templates.find((entry) => entry.id === id);
      if (!template) throw new Error(`The built-in pack has no template "${id}"`);
      template.images = [{ file, sha256, alt: image.alt }];
    }
    console.log(`${file}: ${png.length} bytes, sha256 ${sha256}`);
  }
} finally {
  await browser.close();
}
// Formatted as Prettier formats the tree (its config too), so an unchanged drawing changes nothing.
const text = await format(JSON.stringify(pack), {
  ...(await resolveConfig(packPath)),
  filepath: packPath.pathname,
});
await writeFile(packPath, text);
