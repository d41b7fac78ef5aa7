import type { Platform } from '@/lib/platforms/platform';
import { stageLabelById } from '@/lib/calendar';
import type { ReportWeek } from '@/lib/report/weeks';
import { TIME_ZONE_NAMES } from '@/lib/schemas';
import type { PostRecord } from '@/lib/posts/schema';
import { workspaceZone, type Workspace } from '@/lib/workspace';
import { useTranslate } from '../i18n';
import type { LogFilter } from './filters';
import { StatusOptions } from './StatusOptions';
import { WeekInput } from './WeekInput';

/** The week shown and the filters over its posts; the stage filter offers the stages this week's posts name. */
export function LogFilters({
  workspace,
  week,
  onWeek,
  filter,
  onFilter,
  stageIds,
  onLastWeekReport,
}: {
  workspace: Workspace;
  week: ReportWeek;
  onWeek(week: ReportWeek): void;
  filter: LogFilter;
  onFilter(filter: LogFilter): void;
  stageIds: string[];
  /** "Laporan minggu lalu": shows the last complete week and makes it the report's week. */
  onLastWeekReport(): void;
}) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const zone = workspaceZone(workspace);
  const set = (changes: Partial<LogFilter>) => onFilter({ ...filter, ...changes });
  return (
    <div class="log-controls">
      <div class="log-week">
        <WeekInput label={t('log.week')} week={week} zone={zone} hintId="log-week-hint" onWeek={onWeek} />
        <button type="button" title={t('logKpu.lastWeekReportHint')} onClick={onLastWeekReport}>
          {t('logKpu.lastWeekReport')}
        </button>
        <span id="log-week-hint" class="hint">
          {t('log.weekHint', { zone: TIME_ZONE_NAMES[zone] })}
        </span>
      </div>
      <label>
        {t('log.search')}
        <input
          type="search"
          value={filter.search}
          onInput={(event) => set({ search: (event.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        {t('log.platform')}
        <select
          value={filter.platform}
          onChange={(event) => set({ platform: (event.target as HTMLSelectElement).value as Platform })}
        >
          <option value="">{t('log.all')}</option>
          <option value="facebook">Facebook</option>
          <option value="instagram">Instagram</option>
        </select>
      </label>
      <label>
        {t('log.stage')}
        <select value={filter.stage} onChange={(event) => set({ stage: (event.target as HTMLSelectElement).value })}>
          <option value="">{t('log.all')}</option>
          {stageIds.map((id) => (
            <option key={id} value={id}>
              {stageLabelById(workspace.calendar, id, language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('log.status')}
        <select
          value={filter.status}
          onChange={(event) => set({ status: (event.target as HTMLSelectElement).value as PostRecord['status'] })}
        >
          <option value="">{t('log.all')}</option>
          <StatusOptions />
        </select>
      </label>
    </div>
  );
}
