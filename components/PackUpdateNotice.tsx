import type { ComponentChildren } from 'preact';
import type { Workspace } from '@/lib/workspace';
import { useSidebarTranslate } from './i18n';

/** A changed pack waits at the subscribed address: say so, with the way to review it (`children`). */
export function PackUpdateNotice({
  workspace,
  class: className = 'notice',
  children,
}: {
  workspace: Workspace;
  class?: string;
  children: ComponentChildren;
}) {
  const t = useSidebarTranslate();
  if (!workspace.packUpdate) return null;
  return (
    <p class={className}>
      {t('packUpdate.notice', workspace.packUpdate)} {children}
    </p>
  );
}
