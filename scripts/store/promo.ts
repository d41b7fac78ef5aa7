/**
 * The small promo tile (440×280) both stores show: the icon drawn from its SVG source (assets/icon.svg, as
 * scripts/render-icons.ts renders the icon sizes), Pandu's name and its tagline, rendered by Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { translator, type Language } from '../../lib/messages/i18n';

export const PROMO_SIZE = { width: 440, height: 280 } as const;

const ICON = join(import.meta.dirname, '../../assets/icon.svg');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

export async function renderPromo(context: BrowserContext, language: Language): Promise<Buffer> {
  const svg = readFileSync(ICON, 'utf8');
  const page = await context.newPage();
  try {
    // A page left behind another tab gets no frames in headless Chromium, and its screenshot waits for one.
    await page.bringToFront();
    await page.setViewportSize(PROMO_SIZE);
    await page.setContent(`<!doctype html><html lang="${language}"><head><meta charset="utf-8"><style>
      html, body { margin: 0; width: ${PROMO_SIZE.width}px; height: ${PROMO_SIZE.height}px; overflow: hidden; }
      body { display: flex; align-items: center; gap: 28px; padding: 0 32px; box-sizing: border-box;
        background: linear-gradient(135deg, #fffaf3 0%, #f6e9e0 100%); border-bottom: 12px solid #a51d1d;
        font-family: system-ui, 'DejaVu Sans', sans-serif; color: #1c1e21; }
      svg { flex: none; width: 132px; height: 132px; }
      h1 { margin: 0 0 8px; font-size: 52px; line-height: 1; color: #a51d1d; letter-spacing: 0.5px; }
      p { margin: 0; font-size: 19px; line-height: 1.3; }
    </style></head><body>${svg}<div><h1>Pandu</h1><p>${escapeHtml(translator(language)('app.tagline'))}</p></div></body></html>`);
    return await page.screenshot({ animations: 'disabled', timeout: 60_000 });
  } finally {
    await page.close();
  }
}
