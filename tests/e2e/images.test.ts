/**
 * Approved images end to end in Chromium: KPU Kabupaten's .zip pack is refused when an image is bad (each
 * named, nothing changed) and installed when good; on Facebook and Instagram, "Sisipkan" puts the caption
 * in and attaches the flyer through the composer's own file chooser, the site previews it, and the logged
 * post records which image went out.
 */
import { readFile } from 'node:fs/promises';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtInData } from '@/lib/workspace/defaults';
import { readPackZip } from '@/lib/images/pack-zip';
import type { TemplatePack } from '@/lib/schemas';
import { PPK_PROFILE } from '../unit/helpers';
import { makePng, packZip, sha256 } from '../unit/images-helpers';
import { clearPosts, launchWithExtension, loggedPosts, seedStorage, type ExtensionSession } from './browser';
import { composerText, showSidebar, sidebarOf } from './composers';
import { routeFixtureSites } from './fixtures/server';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await routeFixtureSites(session.context);
  await seedStorage(session, { profile: PPK_PROFILE, settings: { language: 'id', simulatedDate: '2024-07-04' } });
});

beforeEach(async () => {
  await clearPosts(session);
});

afterAll(async () => {
  await session?.close();
});

const FLYER = makePng(1080, 1350, { colour: 0x1b4f9c });
const FLYER_ALT = 'Infografis: coklit tinggal beberapa hari, pastikan Pantarlih sudah datang';
const TEMPLATE = 'coklit-sisa-hari';

/** The built-in pack, its coklit template carrying `image`. */
function packWith(image: { file: string; sha256: string }): TemplatePack {
  const pack = structuredClone(builtInData().pack);
  pack.version = '2024.3';
  const template = pack.templates.find((entry) => entry.id === TEMPLATE)!;
  template.images = [{ ...image, alt: FLYER_ALT }];
  return pack;
}

const zipFile = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/zip',
  buffer: Buffer.from(bytes),
});

async function optionsPage(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Data dari KPU Kabupaten' }).waitFor();
  return page;
}

const storedImageCount = () =>
  session.serviceWorker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('pandu');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('images')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('images').objectStore('images').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
  );

/** Installs the pack with the flyer from its .zip on the settings page, as the admin would. */
async function installFlyerPack(): Promise<void> {
  const options = await optionsPage();
  const zip = packZip(packWith({ file: 'gambar/flyer.png', sha256: sha256(FLYER) }), { 'gambar/flyer.png': FLYER });
  await options.getByLabel('Impor paket').setInputFiles(zipFile('paket-gambar.zip', zip));
  await options.getByText('1 gambar di dalam paket.').waitFor();
  await options.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
  await options.getByText('Berkas dipasang.').waitFor();
  expect(await storedImageCount()).toBe(1);
  await options.close();
}

test('a .zip with a wrong hash, a non-image file and an oversized image is refused, each named; nothing changes', async () => {
  const page = await optionsPage();
  const summary = page.getByText('Pandu (paket bawaan), versi 2024.1');
  await summary.waitFor();
  const letter = strToU8('%PDF-1.7 surat, bukan gambar');
  const big = makePng(1700, 1700, { noise: true });
  const pack = packWith({ file: 'gambar/flyer.png', sha256: sha256(makePng(10, 10)) });
  const other = pack.templates.find((entry) => entry.id === 'coklit-pantarlih-datang')!;
  other.images = [{ file: 'gambar/surat.png', sha256: sha256(letter), alt: 'Surat' }];
  const third = pack.templates.find((entry) => entry.id === 'coklit-lapor-belum-didatangi')!;
  third.images = [{ file: 'gambar/besar.png', sha256: sha256(big), alt: 'Besar' }];
  const zip = packZip(pack, { 'gambar/flyer.png': FLYER, 'gambar/surat.png': letter, 'gambar/besar.png': big });
  await page.getByLabel('Impor paket').setInputFiles(zipFile('paket-rusak.zip', zip));
  const alert = page.getByRole('alert');
  await alert.getByText('Berkas "paket-rusak.zip" tidak dipakai; tidak ada yang berubah:').waitFor();
  await alert.getByText(/gambar 'gambar\/flyer\.png': SHA-256 tidak cocok/).waitFor();
  await alert.getByText(/gambar 'gambar\/surat\.png': bukan gambar PNG, JPEG atau WebP/).waitFor();
  await alert.getByText(/gambar 'gambar\/besar\.png': terlalu besar/).waitFor();
  await summary.waitFor();
  expect(await page.getByRole('button', { name: 'Ganti dengan berkas ini' }).count()).toBe(0);
  expect(await storedImageCount()).toBe(0);
  await page.close();
});

test('Facebook: "Sisipkan" attaches the flyer through the dialog’s file chooser; the post logs its hash', async () => {
  await installFlyerPack();

  const page = await session.context.newPage();
  await page.goto('https://www.facebook.com/');
  await page.getByRole('button', { name: 'What’s on your mind, Dewi?' }).click();
  const item = sidebarOf(page).getByRole('listitem').filter({ hasText: 'Coklit tinggal beberapa hari' });
  // The thumbnail comes after the sidebar has painted, with the template's alt text.
  await item.getByRole('img', { name: FLYER_ALT }).and(item.locator('img')).waitFor();
  await item.getByRole('button', { name: 'Sisipkan' }).click();
  await sidebarOf(page).getByText('Templat dan 1 gambar disisipkan.').waitFor();
  const dialog = page.getByRole('dialog');
  // The site's own preview of the attachment, and the very file KPU approved.
  await expect.poll(() => dialog.locator('img[src^="blob:"]').count()).toBe(1);
  expect(await page.evaluate(() => window.panduFixture.attachedFiles())).toEqual([
    { name: 'flyer.png', type: 'image/png', sha256: sha256(FLYER) },
  ]);
  const text = await composerText(page);
  expect(text).toContain('#TemanPemilih');
  await dialog.getByRole('button', { name: 'Post', exact: true }).click();
  await expect.poll(async () => (await loggedPosts(session)).length).toBe(1);
  expect((await loggedPosts(session))[0]).toMatchObject({
    templateId: TEMPLATE,
    text,
    images: [{ sha256: sha256(FLYER), templateId: TEMPLATE }],
  });
  expect((await page.evaluate(() => window.panduFixture.publishedFiles()))[0]).toHaveLength(1);
  await page.close();
});

test('Instagram: the flyer goes in at "Create new post", the caption at the caption step; the post logs its hash', async () => {
  await installFlyerPack();
  const page = await session.context.newPage();
  await page.goto('https://www.instagram.com/?hl=id');
  await page.getByRole('link', { name: 'Postingan baru' }).click();
  // Beside the media step (the dialog leaves little room, so it may come as a tab first).
  await showSidebar(page);
  const item = sidebarOf(page).getByRole('listitem').filter({ hasText: 'Coklit tinggal beberapa hari' });
  await item.locator('img').waitFor();
  expect(await item.locator('img').getAttribute('alt')).toBe(FLYER_ALT);
  await item.getByRole('button', { name: 'Sisipkan' }).click();
  await sidebarOf(page)
    .getByText('Gambar dilampirkan. Keterangan disisipkan sendiri begitu langkah keterangan terbuka (klik Berikutnya).')
    .waitFor();
  const dialog = page.getByRole('dialog');
  // The crop step shows the chosen file.
  await dialog.locator('[style*="blob:"]').waitFor();
  await dialog.getByRole('button', { name: 'Berikutnya', exact: true }).click();
  await dialog.getByRole('button', { name: 'Berikutnya', exact: true }).click();
  await dialog.getByRole('textbox').waitFor();
  await sidebarOf(page).getByText('Keterangan templat disisipkan.').waitFor();
  const text = await composerText(page);
  expect(text).toContain('#TemanPemilih');
  expect(await dialog.locator('img[src^="blob:"]').count()).toBe(1);
  await dialog.getByRole('button', { name: 'Bagikan', exact: true }).click();
  await page.getByText('Postingan Anda telah dibagikan.').waitFor();
  await expect.poll(async () => (await loggedPosts(session)).length).toBe(1);
  expect((await loggedPosts(session))[0]).toMatchObject({
    platform: 'instagram',
    templateId: TEMPLATE,
    text,
    images: [{ sha256: sha256(FLYER), templateId: TEMPLATE }],
  });
  expect((await page.evaluate(() => window.panduFixture.publishedFiles()))[0]).toEqual([
    { name: 'flyer.png', type: 'image/png', sha256: sha256(FLYER) },
  ]);
  await page.close();
});

test('authoring: KPU staff add an image with alt text, see each platform’s crop, and export the pack as a .zip', async () => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/author.html`);
  await page.getByRole('heading', { name: 'Susun paket templat' }).waitFor();
  const editor = page.getByRole('group', { name: /^Ubah templat:/ });
  const tall = makePng(400, 900, { colour: 0x335577 });
  await editor
    .getByLabel('Tambah gambar')
    .setInputFiles({ name: 'Poster Tinggi.png', mimeType: 'image/png', buffer: Buffer.from(tall) });
  // Too tall for both sites: each says it crops, and shows the part it keeps.
  await editor.getByText('Instagram: dipotong seperti ini (400 × 900 di luar rasio yang diterima)').waitFor();
  await editor.getByText('Facebook: dipotong seperti ini (400 × 900 di luar rasio yang diterima)').waitFor();
  // Alt text is required: the pack does not validate without it.
  await page.getByText(/alt: tidak boleh kosong/).waitFor();
  await editor.getByLabel(/^Teks alternatif untuk images\/poster-tinggi\.png/).fill('Poster uji setinggi 900 piksel');
  expect(await editor.locator('.author-crop img').first().getAttribute('alt')).toBe('Poster uji setinggi 900 piksel');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspor paket dengan gambar (.zip)' }).click(),
  ]);
  const zip = new Uint8Array(await readFile(await download.path()));
  const read = await readPackZip(zip, builtInData().calendar);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const first = read.value.pack.templates[0]!;
  expect(first.images).toEqual([
    { file: 'images/poster-tinggi.png', sha256: sha256(tall), alt: 'Poster uji setinggi 900 piksel' },
  ]);
  expect(read.value.images.map((image) => image.sha256)).toContain(sha256(tall));
  await page.close();
});

test('a JSON pack naming its image by https address downloads it on import and checks its pinned hash', async () => {
  const poster = makePng(1080, 1080, { colour: 0x1f7a4d });
  const address = 'https://kpu-jepara.go.id/media/poster-coklit.png';
  // KPU Kabupaten's site, allowing cross-origin reads as a site publishing images for Pandu does.
  await session.context.route(address, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'image/png',
      headers: { 'access-control-allow-origin': '*' },
      body: Buffer.from(poster),
    }),
  );
  const pack = structuredClone(builtInData().pack);
  pack.version = '2024.4';
  const template = pack.templates.find((entry) => entry.id === 'coklit-pantarlih-datang')!;
  const json = (sha: string) => {
    template.images = [{ url: address, sha256: sha, alt: 'Poster coklit dari situs KPU Kabupaten' }];
    return { name: 'paket-alamat.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) };
  };
  const page = await optionsPage();
  await page.getByLabel('Impor paket').setInputFiles(json(sha256(makePng(20, 20))));
  await page
    .getByRole('alert')
    .getByText(/gambar 'https:\/\/kpu-jepara\.go\.id\/media\/poster-coklit\.png': SHA-256 tidak cocok/)
    .waitFor();
  await page.getByLabel('Impor paket').setInputFiles(json(sha256(poster)));
  await page.getByText('1 gambar di dalam paket.').waitFor();
  await page.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
  await page.getByText('Berkas dipasang.').waitFor();
  await page.close();
  await session.context.unroute(address);
});
