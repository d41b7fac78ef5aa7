import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '@/components/Sidebar';
import { LanguageProvider } from '@/components/i18n';
import { DEFAULT_LANGUAGE } from '@/lib/i18n';
import { CONTENT_SCRIPT_MATCHES, platformForHost } from '@/lib/platforms';
import './style.css';

// Keyboard and text events typed in the sidebar must not reach the host page's shortcut handlers.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut'];

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'pandu-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: ISOLATED_EVENTS,
      onMount(container) {
        renderFor(container, location.hostname);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();

    // Facebook and Instagram are single-page apps: re-render for the new address instead of reloading.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      renderFor(ui.uiContainer, newUrl.hostname);
    });
    ctx.onInvalidated(() => ui.remove());
  },
});

function renderFor(container: HTMLElement, hostname: string): void {
  const platform = platformForHost(hostname);
  render(
    platform ? (
      <LanguageProvider language={DEFAULT_LANGUAGE}>
        <Sidebar platform={platform} />
      </LanguageProvider>
    ) : null,
    container,
  );
}
