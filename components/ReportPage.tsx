import { useEffect, useMemo } from 'preact/hooks';
import { livePostsBetween, liveAudienceOfWeek } from '@/lib/posts/store';
import { printableReport } from '@/lib/report/printable';
import { buildWeeklyReport } from '@/lib/report/weekly';
import { lastCompleteWeek, weekFromLabel } from '@/lib/report/weeks';
import { workspaceZone, type Workspace } from '@/lib/workspace';
import { useTranslate } from './i18n';
import { PrintableArticle } from './PrintableArticle';
import { useObservable } from './useObservable';
import { WorkspacePage } from './WorkspacePage';
import { openDatabase } from '@/lib/posts/database';

/** The printable weekly report (report.html?week=2024-W27): print it, or save it as PDF from the browser. */
export function ReportPage() {
  return <WorkspacePage class="page report">{(workspace) => <Report workspace={workspace} />}</WorkspacePage>;
}

function Report({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const zone = workspaceZone(workspace);
  const asked = new URLSearchParams(location.search).get('week');
  const week = asked ? weekFromLabel(asked, zone) : lastCompleteWeek(new Date(), zone);
  const posts = useObservable(
    () => livePostsBetween(openDatabase(), week?.start.getTime() ?? 0, week?.end.getTime() ?? 0),
    [week?.label],
  ).value;
  const audience = useObservable(() => liveAudienceOfWeek(openDatabase(), week?.label ?? ''), [week?.label]).value;
  const printable = useMemo(() => {
    if (!week || !posts) return null;
    const report = buildWeeklyReport(posts, week, workspace.profile, {
      includePractice: workspace.settings.includePracticeInReports ?? false,
      audience: audience ?? [],
    });
    return printableReport(report, workspace.calendar, t);
  }, [posts, audience, week?.label]);

  useEffect(() => {
    document.title = `Pandu — ${t('report.title')}${week ? ` ${week.label}` : ''}`;
  }, [week?.label]);

  if (!week) return <p role="alert">{t('report.badWeek', { week: asked ?? '' })}</p>;
  return (
    <>
      <button type="button" class="no-print" onClick={() => window.print()}>
        {t('report.print')}
      </button>
      {printable !== null && <PrintableArticle report={printable} />}
    </>
  );
}
