import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/components/content-script';
import { CONTENT_SCRIPT_MATCHES, platformForHost } from '@/lib/platforms';

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const platform = platformForHost(location.hostname);
    if (platform) await runContentScript(ctx, platform);
  },
});
