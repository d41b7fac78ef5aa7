import { useState } from 'preact/hooks';
import { liveAudienceOfWeek, livePostsBetween } from '@/lib/posts/store';
import { exportReport, type ExportFormat } from '@/lib/report/export';
import { weekSummaryText, whatsAppShareUrl } from '@/lib/report/share';
import { buildWeeklyReport } from '@/lib/report/weekly';
import { lastCompleteWeek, type ReportWeek } from '@/lib/report/weeks';
import { workspaceZone, type Workspace } from '@/lib/workspace';
import { download } from '../download';
import { useTranslate } from '../i18n';
import { errorText } from '@/lib/messages/errors';
import { useObservable } from '../useObservable';
import { AudienceSection } from './AudienceSection';
import { WeekInput } from './WeekInput';
import { openDatabase } from '@/lib/posts/database';

/**
 * The weekly report KPU Kabupaten asks for, for its own week (by default the last complete one): saved as a
 * file, opened for printing, or its summary shared on WhatsApp or copied. Read live, like the log.
 */
export function ExportSection({
  workspace,
  week,
  onWeek,
}: {
  workspace: Workspace;
  week: ReportWeek;
  onWeek(week: ReportWeek): void;
}) {
  const t = useTranslate();
  const zone = workspaceZone(workspace);
  const includePractice = workspace.settings.includePracticeInReports ?? false;
  const [error, setError] = useState('');
  const [copyNotice, setCopyNotice] = useState('');
  const posts =
    useObservable(() => livePostsBetween(openDatabase(), week.start.getTime(), week.end.getTime()), [week.label])
      .value ?? [];
  const audience = useObservable(() => liveAudienceOfWeek(openDatabase(), week.label), [week.label]).value ?? [];
  const report = buildWeeklyReport(posts, week, workspace.profile, { includePractice, audience });
  const summary = weekSummaryText(report, workspace.calendar, t);

  const save = async (format: ExportFormat) => {
    try {
      const file = await exportReport(report, format, workspace.calendar, t, workspace.settings.csvSeparator ?? ';');
      download(file.blob, file.name);
      setError('');
    } catch (failure) {
      // An export that fails says so: the admin must not believe a file was saved.
      setError(t('log.exportFailed', { error: errorText(failure, t) }));
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summary);
      setCopyNotice(t('logKpu.copied'));
    } catch {
      setCopyNotice(t('logKpu.copyFailed'));
    }
  };
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('log.exportTitle')}</h2>
      <WeekInput label={t('logKpu.reportWeek')} week={week} zone={zone} hintId="report-week-hint" onWeek={onWeek} />
      <span id="report-week-hint" class="hint">
        {t('logKpu.reportWeekHint', { week: lastCompleteWeek(new Date(), zone).label })}
      </span>
      <p>
        {t('log.exportHint', {
          week: week.label,
          practice: includePractice ? t('log.practiceIncluded') : t('log.practiceExcluded'),
        })}
      </p>
      <div class="log-actions">
        <button type="button" onClick={() => void save('xlsx')}>
          {t('log.exportXlsx')}
        </button>
        <button type="button" onClick={() => void save('csv')}>
          {t('log.exportCsv')}
        </button>
        <button type="button" onClick={() => void save('json')}>
          {t('log.exportJson')}
        </button>
        <a href={`report.html?week=${week.label}`} target="_blank">
          {t('log.openPrint')}
        </a>
        <a href={whatsAppShareUrl(summary)} target="_blank" rel="noopener noreferrer">
          {t('logKpu.shareWhatsApp')}
        </a>
        <button type="button" onClick={() => void copy()}>
          {t('logKpu.copySummary')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      <p role="status">{copyNotice}</p>
      <details>
        <summary>{t('logKpu.summaryText', { week: week.label })}</summary>
        <pre class="log-summary">{summary}</pre>
      </details>
      <AudienceSection workspace={workspace} week={week} posts={posts} audience={audience} />
    </section>
  );
}
