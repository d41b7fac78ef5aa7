import { useState } from 'preact/hooks';
import { exportReport, type ExportFormat } from '@/lib/report/export';
import { buildWeeklyReport } from '@/lib/report/weekly';
import type { ReportWeek } from '@/lib/report/weeks';
import type { PostRecord } from '@/lib/schemas/post';
import type { Workspace } from '@/lib/workspace';
import { download } from '../download';
import { useTranslate } from '../i18n';

/** The weekly report KPU Kabupaten asks for, saved as a file or opened for printing. */
export function ExportSection({
  workspace,
  posts,
  week,
}: {
  workspace: Workspace;
  posts: PostRecord[];
  week: ReportWeek;
}) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const includePractice = workspace.settings.includePracticeInReports ?? false;
  const [error, setError] = useState('');
  const save = (format: ExportFormat) => {
    try {
      const report = buildWeeklyReport(posts, week, workspace.profile, { includePractice });
      const file = exportReport(report, format, workspace.calendar, language, workspace.settings.csvSeparator ?? ';');
      download(file.blob, file.name);
      setError('');
    } catch (failure) {
      // An export that fails says so: the admin must not believe a file was saved.
      setError(t('log.exportFailed', { error: failure instanceof Error ? failure.message : String(failure) }));
    }
  };
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('log.exportTitle')}</h2>
      <p>
        {t('log.exportHint', {
          week: week.label,
          practice: includePractice ? t('log.practiceIncluded') : t('log.practiceExcluded'),
        })}
      </p>
      <div class="log-actions">
        <button type="button" onClick={() => save('xlsx')}>
          {t('log.exportXlsx')}
        </button>
        <button type="button" onClick={() => save('csv')}>
          {t('log.exportCsv')}
        </button>
        <button type="button" onClick={() => save('json')}>
          {t('log.exportJson')}
        </button>
        <a href={`report.html?week=${week.label}`} target="_blank">
          {t('log.openPrint')}
        </a>
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
