import { formatLongDate } from '@/lib/dates';
import type { Settings } from '@/lib/workspace/settings';
import { useTranslate } from './i18n';

/** Shown on every page while a simulated date is on, so nobody mistakes a training date for today. */
export function SimulatedBanner({ settings }: { settings: Settings }) {
  const t = useTranslate();
  if (!settings.simulatedDate) return null;
  return (
    <p class="simulated-banner" role="status">
      {t('settings.simulatedOn', { date: formatLongDate(settings.simulatedDate, settings.language) })}
    </p>
  );
}
