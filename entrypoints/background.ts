import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers } from '@/lib/background';
import { PanduDatabase } from '@/lib/db';
import { handleMessages } from '@/lib/messaging';

export default defineBackground({
  // Chrome MV3 runs this as a module service worker; Firefox MV3 as an event page.
  type: 'module',
  main() {
    handleMessages(backgroundHandlers(new PanduDatabase()));
  },
});
