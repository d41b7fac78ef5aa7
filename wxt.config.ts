import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox add-on id: fixed so storage and updates survive reinstalls.
const GECKO_ID = 'pandu@kpu-adhoc.id';

// A fixed public key pins the Chrome extension id of the unpacked build (.output/chrome-mv3), which tests,
// `npm start` and testers load, so they can name it. It is a public key only; no private key is needed to
// load unpacked. The zip goes to the Chrome Web Store, which refuses a manifest with `key` and gives the id
// at the first upload, so the zip's manifest goes without it (the hook below).
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvioem7BCgW9SBT7KByX/VkEng4+6BaeS6Q+m5fS+eH4Jo57ejoKRT6J5wPMsHHTLKxcI8sxGd96pUpgf21ATJfFgSEGxRJC0YNhZp4x0dOocLLvHk37Lf3FHIfFGtxDApKhCNgg6dgWrV7xDjGV7/IfdnBRPDpyC4LO9gp8Sz0scxVDWrG6JhdJaqJ3aVwC9DERojCz22WvxmzHs1z6+qYQpPsRpPkUxDx2zzYys62L3VTgeZfqBfrtaduGSW5BEB4TA1lMicN1jD+Xu2lq+pr2fId2oE6itWyahGcMEocLUe383V86nqCdentL9//jbG4JndrDhofRNJffobWgJEwIDAQAB';

/** DOS time 1980-01-01 00:00, as WXT writes every entry: the same build makes the same zip, byte for byte. */
const ZIP_EPOCH = new Date(1980, 0, 1);

/** Rewrites the zip at `path` with its manifest.json lacking `key`; every other entry stays as it was. */
function dropKeyFromZip(path: string): void {
  const entries = unzipSync(readFileSync(path));
  const manifestBytes = entries['manifest.json'];
  if (!manifestBytes) throw new Error(`${path} has no manifest.json`);
  const manifest = JSON.parse(strFromU8(manifestBytes)) as Record<string, unknown>;
  if (!('key' in manifest)) return;
  delete manifest.key;
  entries['manifest.json'] = strToU8(JSON.stringify(manifest));
  writeFileSync(path, zipSync(entries, { level: 9, mtime: ZIP_EPOCH }));
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'zip:extension:done': (_wxt, zipPath) => dropKeyFromZip(zipPath),
  },
  // Everything shipped as-is (icons, _locales) lives under assets/ with the rest of the data.
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    permissions: ['storage'],
    optional_host_permissions: ['https://*/*'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // The store listing states this minimum (read from the built manifest); it admits ESR 153.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: CHROME_KEY }),
  }),
});
