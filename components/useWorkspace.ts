import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging';
import { onWorkspaceChange } from '@/lib/workspace/changes';
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
    return onWorkspaceChange(() => void load());
  }, []);
  return state;
}
