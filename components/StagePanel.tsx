import { stageLabel, type StageClock } from '@/lib/calendar';
import { formatLongDate } from '@/lib/dates';
import type { Language } from '@/lib/messages/i18n';
import { useSidebarTranslate } from './i18n';

/** The active stages with days left, or, when none runs, the next one. */
export function StagePanel({ clock, now, language }: { clock: StageClock; now: Date; language: Language }) {
  const t = useSidebarTranslate();
  const active = clock.active(now);
  const next = clock.next(now)[0]?.stage;
  return (
    <section aria-labelledby="pandu-stage-heading">
      <h2 id="pandu-stage-heading">{t('stage.heading')}</h2>
      {active.length > 0 ? (
        <ul class="pandu-stages">
          {active.map(({ stage }) => {
            const left = clock.daysLeft(stage, now);
            return (
              <li key={stage.id}>
                {stageLabel(stage, language)}{' '}
                <span class="pandu-muted">
                  ({left === 1 ? t('stage.lastDay') : t('stage.daysLeft', { days: left })})
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('stage.none')}</p>
      )}
      <p class="pandu-muted">
        {next
          ? t('stage.next', {
              name: stageLabel(next, language),
              date: formatLongDate(next.start, language),
              days: clock.daysUntil(next, now),
            })
          : t('stage.noNext')}
      </p>
    </section>
  );
}
