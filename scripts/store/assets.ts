/**
 * Everything a store listing needs besides the zips, written into one folder: the listings in Indonesian and
 * English, the screenshots and their manifest, the promo tile, and privacy.html. `npm run store` calls this
 * after building; the store test calls it on the build `npm test` made, in its one Chromium session.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../../lib/messages/i18n';
import type { ExtensionSession } from '../../tests/e2e/browser';
import { captureScreenshots, type ShotManifest } from './capture';
import { buildListing, listingMarkdown, type Listing, type ManifestAccess } from './listing';
import { privacyHtml } from './privacy-html';
import { renderPromo } from './promo';
import { changelogNotes, packageVersion } from './release';

/** The files the stores take, as WXT names them in .output/ (its default `{{name}}-{{version}}-…` names). */
export function releaseFiles(version: string) {
  return {
    chrome: `pandu-${version}-chrome.zip`,
    firefox: `pandu-${version}-firefox.zip`,
    sources: `pandu-${version}-sources.zip`,
  };
}

export const PROMO_FILES: Record<Language, string> = { id: 'promo-440x280.png', en: 'promo-440x280.en.png' };
export const PRIVACY_FILE = 'privacy.html';
export const listingFile = (language: Language) => `listing.${language}.md`;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The built manifests, refusing a build of another version than package.json's. */
function builtManifests(root: string, version: string): { chrome: ManifestAccess; firefox: ManifestAccess } {
  const read = (folder: string, command: string) => {
    const path = join(root, '.output', folder, 'manifest.json');
    let manifest: ManifestAccess & { version?: string };
    try {
      manifest = readJson(path);
    } catch {
      throw new Error(`No built extension at .output/${folder}: run "${command}" first.`);
    }
    if (manifest.version !== version)
      throw new Error(
        `.output/${folder} is version ${manifest.version}, package.json says ${version}: run "${command}".`,
      );
    return manifest;
  };
  return { chrome: read('chrome-mv3', 'npm run build'), firefox: read('firefox-mv3', 'npm run build:firefox') };
}

export interface StoreAssets {
  version: string;
  listings: Listing[];
  screenshots: ShotManifest;
}

export async function writeStoreAssets(root: string, out: string, session: ExtensionSession): Promise<StoreAssets> {
  const version = packageVersion(root);
  const manifests = builtManifests(root, version);
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  await mkdir(out, { recursive: true });

  const screenshots = await captureScreenshots(session, join(out, 'screenshots'), version);
  for (const language of LANGUAGES)
    await writeFile(join(out, PROMO_FILES[language]), await renderPromo(session.context, language));
  await writeFile(join(out, PRIVACY_FILE), privacyHtml(version));

  const listings = LANGUAGES.map((language) => {
    const messages = readJson<Record<'extName' | 'extDescription', { message: string }>>(
      join(root, 'assets/public/_locales', language, 'messages.json'),
    );
    const versionNotes = changelogNotes(changelog, version, language);
    if (!versionNotes) throw new Error(`CHANGELOG.md has no ${language} notes for ${version}.`);
    return buildListing({
      language,
      version,
      name: messages.extName.message,
      summary: messages.extDescription.message,
      chromeManifest: manifests.chrome,
      firefoxManifest: manifests.firefox,
      versionNotes,
      files: releaseFiles(version),
      screenshots: screenshots.shots
        .filter((shot) => shot.language === language)
        .map((shot) => ({ file: shot.file, caption: shot.caption })),
      promo: PROMO_FILES[language],
    });
  });
  for (const listing of listings) await writeFile(join(out, listingFile(listing.language)), listingMarkdown(listing));
  return { version, listings, screenshots };
}
