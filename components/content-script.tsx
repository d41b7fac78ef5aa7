import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ComposerSessions, type ActiveComposer } from '@/lib/content/composer-sessions';
import { FocusBridge } from '@/lib/content/focus-bridge';
import { translator } from '@/lib/messages/format';
import { SIDEBAR_MESSAGES } from '@/lib/messages/sidebar';
import { sendMessage } from '@/lib/messaging';
import { outboxItem, PostOutbox, type PendingPost } from '@/lib/content/outbox';
import type { Platform } from '@/lib/platforms/platform';
import { ADAPTERS } from '@/lib/platforms';
import { attachFiles } from '@/lib/platforms/attach';
import type { ComposerBinding } from '@/lib/platforms/binding';
import { MediaStepWatcher } from '@/lib/platforms/media-step';
import { followComposer, measure, placeNotice, type Placement } from '@/lib/content/placement';
import { onWorkspaceChange } from '@/lib/workspace/changes';
import type { Workspace } from '@/lib/workspace';
import { ContentApp } from './ContentApp';
import { createSidebarHost } from '@/lib/content/sidebar-host';

// Keyboard and text events typed in the sidebar must not reach the host page's shortcut handlers.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut'];
const NOTICE_MS = 6000;

/**
 * Pandu on a page of one of the sites: follows the composers, shows the sidebar beside the active one (placed
 * clear of the site's controls), logs each publish through the outbox, and gives keyboard users a way in.
 */
export async function runContentScript(ctx: ContentScriptContext, platform: Platform): Promise<void> {
  const adapter = ADAPTERS[platform];
  let workspace: Workspace = await sendMessage('getWorkspace', undefined);
  let active: ActiveComposer | null = null;
  let placement: Placement | null = null;
  let notice = '';
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: PendingPost[] = [];
  let stopFollowing: () => void = () => undefined;
  /** A composer open at its media step (Instagram), served until its editor appears. */
  let mediaStep: { dialog: HTMLElement; binding: ComposerBinding } | null = null;
  /** The caption the sidebar put in at the media step, inserted once the caption step's editor opens. */
  let waitingCaption: { dialog: HTMLElement; text: string } | null = null;

  const ui = await createSidebarHost(ctx, {
    name: 'pandu-sidebar',
    isolateEvents: ISOLATED_EVENTS,
    onRemove: (container) => render(null, container),
  });

  const t = () => translator(SIDEBAR_MESSAGES, workspace.settings.language);

  const pendingText = (): string => {
    if (pending.length === 0) return '';
    const error = pending.find((entry) => entry.lastError)?.lastError ?? '';
    return pending.length === 1
      ? t()('status.pendingOne', { error })
      : t()('status.pendingMany', { count: pending.length, error });
  };

  const bridge = new FocusBridge(window, {
    host: () => (ui.mounted ? ui.shadowHost : null),
    editor: () => active?.view.editor ?? null,
  });

  const update = () => {
    const waiting = pendingText();
    const served =
      active ??
      (mediaStep ? { binding: mediaStep.binding, view: { editor: null, container: mediaStep.dialog } } : null);
    if (!served && !notice && !waiting) {
      if (ui.mounted) ui.remove();
      return;
    }
    if (!ui.mounted) ui.mount();
    bridge.guard(ui.shadowHost);
    // WXT's shadow root holds its own <html>: give it the sidebar's language, for screen readers.
    ui.shadow.querySelector('html')?.setAttribute('lang', workspace.settings.language);
    const obstacles = [...adapter.openDialogs(document), ...(served ? adapter.keepClear(served.view) : [])];
    const page = measure(document.body, obstacles, window);
    render(
      <ContentApp
        workspace={workspace}
        composer={served?.binding ?? null}
        placement={placement}
        notice={notice}
        pending={waiting}
        noticePosition={placeNotice(page.viewport, page.keepClear)}
        onTemplateInserted={(binding, templateId, attachment) => {
          if (mediaStep && binding === mediaStep.binding) sessions.carryOver(mediaStep.dialog, templateId, attachment);
          else sessions.templateInserted(binding, templateId, attachment);
        }}
        onReviewsChanged={(binding, reviews) => sessions.reviewsChanged(binding, reviews)}
      />,
      ui.uiContainer,
    );
  };

  const showNotice = (text: string) => {
    notice = text;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => {
      notice = '';
      update();
    }, NOTICE_MS);
    update();
  };

  /** Places the sidebar beside the active composer and keeps it there as the page moves. */
  const follow = () => {
    stopFollowing();
    placement = null;
    const view = active?.view ?? (mediaStep ? { editor: null, container: mediaStep.dialog } : null);
    if (!view) return;
    stopFollowing = followComposer(
      window,
      () => ({ composer: view.container, keepClear: adapter.keepClear(view) }),
      (next) => {
        placement = next;
        update();
      },
    );
  };

  // A post goes from the composer sessions to the outbox and on to the background, all in lib/content/: the
  // page only shows what waits and what was saved.
  const outbox = new PostOutbox(platform, {
    changed(entries) {
      pending = entries;
      update();
    },
    logged: () => showNotice(t()('status.logged')),
  });
  // Another tab of the site may queue or save a post meanwhile.
  const stopWatchingOutbox = outboxItem.watch((contents) => {
    pending = outbox.own(contents);
    update();
  });

  const sessions = new ComposerSessions(adapter, document, () => workspace, outbox, {
    activeChanged(composer) {
      active = composer;
      follow();
      update();
      // The caption step opened in the dialog where the sidebar took a caption at the media step.
      const caption = waitingCaption;
      if (
        composer &&
        caption &&
        (caption.dialog === composer.view.container || caption.dialog.contains(composer.view.container))
      ) {
        waitingCaption = null;
        void composer.binding.write(caption.text, 'append').then((outcome) => {
          showNotice(
            outcome.result === 'inserted'
              ? t()('status.captionInserted')
              : outcome.result === 'clipboard'
                ? t()('status.clipboard')
                : t()('status.failed'),
          );
        });
      }
    },
  });
  sessions.start();

  /** The media step's stand-in for an editor: the caption waits, images go to the dialog's file chooser. */
  const mediaStepBinding = (dialog: HTMLElement): ComposerBinding => ({
    platform,
    readText: () => '',
    write: (text) => {
      waitingCaption = { dialog, text };
      return Promise.resolve({ result: 'deferred' });
    },
    onChange: () => () => undefined,
    attach: (files) => attachFiles(() => (dialog.isConnected ? dialog : null), null, files),
  });
  const mediaSteps = new MediaStepWatcher(adapter, document, (dialog) => {
    if (dialog && mediaStep?.dialog === dialog) return;
    mediaStep = dialog ? { dialog, binding: mediaStepBinding(dialog) } : null;
    if (waitingCaption && !waitingCaption.dialog.isConnected) waitingCaption = null;
    if (!active) follow();
    update();
  });
  mediaSteps.start();
  // Posts a closed tab or a stopped worker left waiting go out now.
  void outbox.resume();
  // Facebook and Instagram are single-page apps: a new view may bring a composer without a click.
  ctx.addEventListener(window, 'wxt:locationchange', () => sessions.navigated());

  const stopBridge = bridge.install();

  // Settings or profile changed elsewhere (the practice or settings page): answer with the new data.
  const refresh = async () => {
    workspace = await sendMessage('getWorkspace', undefined);
    update();
  };
  const stopListening = onWorkspaceChange(() => void refresh());

  ctx.onInvalidated(() => {
    sessions.stop();
    mediaSteps.stop();
    outbox.stop();
    stopFollowing();
    stopBridge();
    stopWatchingOutbox();
    clearTimeout(noticeTimer);
    stopListening();
    ui.remove();
  });
}
