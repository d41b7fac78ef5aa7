import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox add-on id: fixed so storage and updates survive reinstalls.
const GECKO_ID = 'pandu@kpu-adhoc.id';

// A fixed public key pins the Chrome extension id (tests and docs can name it).
// It is a public key only; the matching private key is not needed to load unpacked.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvioem7BCgW9SBT7KByX/VkEng4+6BaeS6Q+m5fS+eH4Jo57ejoKRT6J5wPMsHHTLKxcI8sxGd96pUpgf21ATJfFgSEGxRJC0YNhZp4x0dOocLLvHk37Lf3FHIfFGtxDApKhCNgg6dgWrV7xDjGV7/IfdnBRPDpyC4LO9gp8Sz0scxVDWrG6JhdJaqJ3aVwC9DERojCz22WvxmzHs1z6+qYQpPsRpPkUxDx2zzYys62L3VTgeZfqBfrtaduGSW5BEB4TA1lMicN1jD+Xu2lq+pr2fId2oE6itWyahGcMEocLUe383V86nqCdentL9//jbG4JndrDhofRNJffobWgJEwIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
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
