import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentApp } from '@/components/ContentApp';
import { ComposerSessions } from '@/lib/composer-sessions';
import { translator } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { ComposerBinding } from '@/lib/platforms/binding';
import { onWorkspaceChange } from '@/lib/settings';
import { ADAPTERS, CONTENT_SCRIPT_MATCHES, platformForHost } from '@/lib/platforms';
import type { Workspace } from '@/lib/workspace';

// Keyboard and text events typed in the sidebar must not reach the host page's shortcut handlers.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut'];
const NOTICE_MS = 6000;

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const platform = platformForHost(location.hostname);
    if (!platform) return;

    let workspace: Workspace = await sendMessage('getWorkspace', undefined);
    let composer: ComposerBinding | null = null;
    let notice = '';
    let noticeTimer: ReturnType<typeof setTimeout> | undefined;

    const ui = await createShadowRootUi(ctx, {
      name: 'pandu-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: ISOLATED_EVENTS,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });

    const update = () => {
      if (!composer && !notice) {
        if (ui.mounted) ui.remove();
        return;
      }
      if (!ui.mounted) ui.mount();
      // WXT's shadow root holds its own <html>: give it the sidebar's language, for screen readers.
      ui.shadow.querySelector('html')?.setAttribute('lang', workspace.settings.language);
      render(
        <ContentApp
          workspace={workspace}
          composer={composer}
          notice={notice}
          onTemplateInserted={(binding, templateId) => sessions.templateInserted(binding, templateId)}
          onReviewsChanged={(binding, reviews) => sessions.reviewsChanged(binding, reviews)}
        />,
        ui.uiContainer,
      );
    };

    const sessions = new ComposerSessions(
      ADAPTERS[platform],
      document,
      () => workspace,
      (record) => sendMessage('logPost', record),
      {
        activeChanged(active) {
          composer = active;
          update();
        },
        logged(result) {
          const t = translator(workspace.settings.language);
          notice = result.ok ? t('status.logged') : t('status.logFailed', { error: result.error });
          clearTimeout(noticeTimer);
          noticeTimer = setTimeout(() => {
            notice = '';
            update();
          }, NOTICE_MS);
          update();
        },
      },
    );
    sessions.start();
    // Facebook and Instagram are single-page apps: a new view may bring a composer without a click.
    ctx.addEventListener(window, 'wxt:locationchange', () => sessions.navigated());

    // Settings or profile changed elsewhere (the practice or settings page): answer with the new data.
    const refresh = async () => {
      workspace = await sendMessage('getWorkspace', undefined);
      update();
    };
    const stopListening = onWorkspaceChange(() => void refresh());

    ctx.onInvalidated(() => {
      sessions.stop();
      clearTimeout(noticeTimer);
      stopListening();
      ui.remove();
    });
  },
});
