import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers, refreshPackWhenDue } from '@/lib/background/handlers';
import { handleMessages } from '@/lib/messaging';

import { renderedBodiesItem } from '@/lib/templates/rendered-bodies';
import { openDatabase } from '@/lib/posts/database';

export default defineBackground({
  // Chrome MV3 runs this as a module service worker; Firefox MV3 as an event page.
  type: 'module',
  main() {
    handleMessages(backgroundHandlers(openDatabase()));
    browser.runtime.onStartup.addListener(() => void refreshPackWhenDue());
    // First run: setup opens by itself, so the sidebar has a profile to fill templates from.
    browser.runtime.onInstalled.addListener(({ reason }) => {
      // A new version may convert Markdown differently: convert every body again once.
      if (reason === 'install' || reason === 'update') void renderedBodiesItem.removeValue();
      if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html#setup') });
    });
  },
});
