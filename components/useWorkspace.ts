import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import type { Workspace } from '@/lib/workspace';

export type WorkspaceState =
  { status: 'loading' } | { status: 'ready'; workspace: Workspace } | { status: 'failed'; error: string };

/** The workspace from the background, reloaded whenever settings or profile change in storage. */
export function useWorkspace(): WorkspaceState {
  const [state, setState] = useState<WorkspaceState>({ status: 'loading' });
  useEffect(() => {
    const load = () =>
      sendMessage('getWorkspace', undefined).then(
        (workspace) => setState({ status: 'ready', workspace }),
        (error: unknown) => setState({ status: 'failed', error: String(error) }),
      );
    void load();
    const onChanged = () => void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return state;
}
