import type { PostRecord } from '@/lib/posts/schema';
import { localDateTime } from '@/lib/report/weeks';
import { workspaceZone, type Workspace } from '@/lib/workspace';
import { useTranslate } from '../i18n';
import { excerpt, LISTED } from './excerpt';

/** Posts a restore would replace, or leave, each with both copies' times. */
export function RestoreList({
  heading,
  entries,
  workspace,
}: {
  heading: string;
  entries: { current: PostRecord; backup: PostRecord }[];
  workspace: Workspace;
}) {
  const t = useTranslate();
  const zone = workspaceZone(workspace);
  if (entries.length === 0) return null;
  return (
    <>
      <p>{heading}</p>
      <ul>
        {entries.slice(0, LISTED).map(({ current, backup }) => (
          <li key={current.id}>
            {t('log.restoreItem', {
              time: localDateTime(current.createdAt, zone),
              platform: t(`platform.${current.platform}`),
              text: excerpt(current.text),
              current: localDateTime(current.updatedAt, zone),
              backup: localDateTime(backup.updatedAt, zone),
            })}
          </li>
        ))}
        {entries.length > LISTED && <li>{t('bin.more', { count: entries.length - LISTED })}</li>}
      </ul>
    </>
  );
}
