import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { KPU_DATA_ITEMS } from '@/lib/workspace/data-store';
import { DEFAULT_LANGUAGE, MESSAGES } from '@/lib/messages/i18n';
import type { Workspace } from '@/lib/workspace';
import { DataNotices } from './DataNotices';
import { LanguageProvider, useTranslate } from './i18n';
import { useWorkspace, type WorkspaceState } from './useWorkspace';

/**
 * An extension page: loads the workspace (and reloads it when settings change), speaks the chosen
 * language, and renders its content once the workspace is there.
 */
export function WorkspacePage({
  class: className,
  children,
}: {
  class: string;
  children(workspace: Workspace): ComponentChildren;
}) {
  const state = useWorkspace();
  const language = state.status === 'ready' ? state.workspace.settings.language : DEFAULT_LANGUAGE;
  const ready = state.status === 'ready';
  useEffect(() => {
    // The page renders once its data has loaded, too late for the browser's own jump to `#section`.
    if (ready && location.hash.length > 1) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [ready]);
  return (
    <LanguageProvider language={language} messages={MESSAGES}>
      <main class={className}>
        {state.status === 'ready' ? (
          <>
            <DataNotices notices={state.workspace.dataNotices} />
            {children(state.workspace)}
          </>
        ) : (
          <Loading state={state} />
        )}
      </main>
    </LanguageProvider>
  );
}

function Loading({ state }: { state: Exclude<WorkspaceState, { status: 'ready' }> }) {
  const t = useTranslate();
  return state.status === 'failed' ? (
    <div role="alert">
      <p>{t('page.loadFailed', { error: state.error })}</p>
      {/* The last way back from the page itself: KPU's files can be imported again; drafts are kept. */}
      <button
        type="button"
        onClick={() => void Promise.all(Object.values(KPU_DATA_ITEMS).map((item) => item.removeValue()))}
      >
        {t('notice.resetAll')}
      </button>
    </div>
  ) : (
    <p role="status">{t('page.loading')}</p>
  );
}
