import { KPU_DATA_ITEMS, type DataNotice } from '@/lib/workspace/data-store';
import type { MessageKey } from '@/lib/messages/i18n';
import { describeProblems } from '@/lib/schemas';
import { download } from './download';
import { useTranslate } from './i18n';

const NAMES: Record<DataNotice['kind'], MessageKey> = {
  calendar: 'data.calendar',
  pack: 'data.pack',
  rules: 'data.rules',
  drafts: 'drafts.title',
};

/** Saves the stored file as it is, so resetting it loses nothing the admin may still want. */
async function saveStoredCopy(kind: keyof typeof KPU_DATA_ITEMS): Promise<void> {
  const value = await KPU_DATA_ITEMS[kind].getValue();
  download(
    new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }),
    `pandu-${kind}-tersimpan.json`,
  );
}

/**
 * Stored data Pandu could not use, on every page: what it uses instead, what is wrong, and a way back (the
 * built-in file, after saving a copy of the stored one; for drafts, the drafts page).
 */
export function DataNotices({ notices }: { notices: readonly DataNotice[] }) {
  const t = useTranslate();
  if (notices.length === 0) return null;
  return (
    <section class="data-notices" aria-label={t('notice.heading')}>
      {notices.map((notice) => {
        const name = t(NAMES[notice.kind]);
        const items = (notice.templates ?? [])
          .map((template) => (template.title ? `'${template.id}' (${template.title})` : `'${template.id}'`))
          .join(', ');
        const kind = notice.kind === 'drafts' ? null : notice.kind;
        return (
          <div role="alert" class="notice" key={`${notice.kind}-${notice.outcome}`}>
            <p>
              {notice.outcome === 'unreadable'
                ? t('notice.unreadable', { name })
                : notice.kind === 'drafts'
                  ? t('notice.skippedDrafts', { items })
                  : t('notice.skippedTemplates', { items })}
            </p>
            <details>
              <summary>{t('notice.details')}</summary>
              <ul>
                {describeProblems(notice.problems, t).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
            {kind ? (
              <div class="log-actions">
                <button type="button" onClick={() => void saveStoredCopy(kind)}>
                  {t('notice.saveCopy')}
                </button>
                <button type="button" onClick={() => void KPU_DATA_ITEMS[kind].removeValue()}>
                  {t('data.reset', { name })}
                </button>
              </div>
            ) : (
              <a href="drafts.html">{t('notice.openDrafts')}</a>
            )}
          </div>
        );
      })}
    </section>
  );
}
