import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '@/lib/messaging';

export default defineBackground({
  // Chrome MV3 runs this as a module service worker; Firefox MV3 as an event page.
  type: 'module',
  main() {
    handleMessages({
      getAbout: () => {
        const manifest = browser.runtime.getManifest();
        return { name: 'Pandu', version: manifest.version };
      },
    });
  },
});
