import { useState } from 'preact/hooks';
import type { Platform } from '@/lib/platforms';
import { useTranslate } from './i18n';

export interface SidebarProps {
  platform: Platform;
}

/** The sidebar beside the composer. Starts as a small tab so it never covers the host page uninvited. */
export function Sidebar({ platform }: SidebarProps) {
  const t = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <aside class="pandu-sidebar" aria-label={t('sidebar.landmark')} data-open={open}>
      <button
        type="button"
        class="pandu-tab"
        aria-expanded={open}
        aria-controls="pandu-panel"
        onClick={() => setOpen(!open)}
      >
        {open ? t('sidebar.close') : t('sidebar.open')}
      </button>
      {open && (
        <div id="pandu-panel" class="pandu-panel">
          <h2>{t('app.name')}</h2>
          <p>{t('sidebar.activeOn', { platform: t(`platform.${platform}`) })}</p>
          <p>{t('sidebar.hint')}</p>
        </div>
      )}
    </aside>
  );
}
