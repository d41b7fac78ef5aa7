/**
 * Takes the store screenshots from the built extension in Chromium: the fixture sites served at their real
 * addresses (as the end-to-end tests serve them), a week of posts put in the post log, then every shot of SHOTS in each language. What each shot shows is read from the page at capture
 * time and recorded in screenshots/shots.json, so a test can check it without reading pixels.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { LANGUAGES, type Language } from '../../lib/messages/i18n';
import { postRecordSchema } from '../../lib/posts/schema';
import { seedPosts, seedStorage, type ExtensionSession } from '../../tests/e2e/browser';
import { DEMO_PROFILE, SCREENSHOT_SIZE, SHOTS, demoPosts, demoSettings, inShotPage, type Shot } from './shots';

export interface ShownText {
  /** The text the shot must show. */
  text: string;
  /** The visible text of the element that holds it, read when the shot was taken. */
  found: string;
  /** Where that element is, in the shot's pixels. */
  box: { x: number; y: number; width: number; height: number };
}

export interface ShotRecord {
  file: string;
  language: Language;
  name: string;
  caption: string;
  url: string;
  width: number;
  height: number;
  sha256: string;
  shows: ShownText[];
}

export interface ShotManifest {
  version: string;
  shots: ShotRecord[];
}

export const SHOT_MANIFEST = 'shots.json';
const LOOKS = join(import.meta.dirname, 'look');

/** The demo week in the post log, each post validated as the store would, on its own day. */
async function logDemoPosts(session: ExtensionSession): Promise<void> {
  await seedPosts(
    session,
    demoPosts().map((post) => postRecordSchema.parse(post)),
  );
}

/** Inside the frame, give or take the sub-pixel rounding of layout. */
const inside = (box: ShownText['box']) =>
  box.x >= -1 &&
  box.y >= -1 &&
  box.x + box.width <= SCREENSHOT_SIZE.width + 1 &&
  box.y + box.height <= SCREENSHOT_SIZE.height + 1;

/** The first element of `candidates` that lies inside the frame, with its box. */
async function inFrame(candidates: Locator): Promise<{ element: Locator; box: ShownText['box'] } | null> {
  for (const element of await candidates.all()) {
    const box = await element.boundingBox();
    if (box && inside(box)) return { element, box };
  }
  return null;
}

/** How long a shot may take to show all it names (pages settle slower on a busy machine). */
const SETTLE_TIMEOUT_MS = 30_000;

/**
 * Waits until every text the shot names is visible inside the frame at the same moment (a sidebar may
 * rearrange itself as checks arrive), and says where each is; fails naming what never got into the frame.
 */
async function shownTexts(page: Page, shot: Shot, language: Language, texts: string[]): Promise<ShownText[]> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const shown: ShownText[] = [];
    const missing: string[] = [];
    for (const text of texts) {
      // A whole element's text when there is one (a heading, a button), else the element that contains it.
      const found =
        (await inFrame(page.getByText(text, { exact: true }).filter({ visible: true }))) ??
        (await inFrame(page.getByText(text).filter({ visible: true })));
      if (found) shown.push({ text, found: (await found.element.innerText()).trim(), box: found.box });
      else missing.push(text);
    }
    if (missing.length === 0) return shown;
    if (Date.now() > deadline)
      throw new Error(
        `Screenshot ${language}/${shot.name}: not visible inside the ${SCREENSHOT_SIZE.width}×${SCREENSHOT_SIZE.height} frame: ${missing.map((text) => `"${text}"`).join(', ')}.`,
      );
    // Let the page render its next frame, then look again.
    await inShotPage(page, 'nextFrame');
  }
}

/** Takes every shot in every language into `directory` and writes the manifest beside them. */
export async function captureScreenshots(
  session: ExtensionSession,
  directory: string,
  version: string,
  languages: readonly Language[] = LANGUAGES,
): Promise<ShotManifest> {
  await mkdir(directory, { recursive: true });
  await logDemoPosts(session);
  const shots: ShotRecord[] = [];
  for (const language of languages) {
    await seedStorage(session, { profile: { ...DEMO_PROFILE, language }, settings: demoSettings(language) });
    const context = { language, extensionId: session.extensionId };
    for (const [index, shot] of SHOTS.entries()) {
      const page = await session.context.newPage();
      try {
        // A page left behind another tab gets no frames in headless Chromium, and its screenshot waits for one.
        await page.bringToFront();
        await page.setViewportSize(SCREENSHOT_SIZE);
        const url = shot.url(context);
        await page.goto(url);
        if (shot.look) await page.addStyleTag({ path: join(LOOKS, shot.look) });
        await shot.setup?.(page, context);
        let shows: ShownText[];
        try {
          shows = await shownTexts(page, shot, language, shot.mustShow(context));
        } catch (error) {
          // What the page looked like instead, beside where the shot would have been.
          await page.screenshot({ path: join(directory, `${language}-${index + 1}-${shot.name}.failed.png`) });
          throw error;
        }
        // No hover state or blinking caret in a store picture.
        await page.mouse.move(0, 0);
        const png = await page.screenshot({ animations: 'disabled', caret: 'hide', timeout: 60_000 });
        const file = `${language}-${index + 1}-${shot.name}.png`;
        await writeFile(join(directory, file), png);
        shots.push({
          file,
          language,
          name: shot.name,
          caption: shot.caption[language],
          url,
          ...SCREENSHOT_SIZE,
          sha256: createHash('sha256').update(png).digest('hex'),
          shows,
        });
      } finally {
        await page.close();
      }
    }
  }
  const manifest = { version, shots };
  await writeFile(join(directory, SHOT_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
