import { useEffect, useState } from 'preact/hooks';
import { PanduDatabase, postsBetween } from '@/lib/db';
import { markdownToSafeHtml } from '@/lib/markdown-html';
import { printableMarkdown } from '@/lib/report/printable';
import { buildWeeklyReport } from '@/lib/report/weekly';
import { lastCompleteWeek, weekFromLabel } from '@/lib/report/weeks';
import { workspaceZone, type Workspace } from '@/lib/workspace';
import { useTranslate } from './i18n';
import { WorkspacePage } from './WorkspacePage';

/** The printable weekly report (report.html?week=2024-W27): print it, or save it as PDF from the browser. */
export function ReportPage() {
  return <WorkspacePage class="page report">{(workspace) => <Report workspace={workspace} />}</WorkspacePage>;
}

function Report({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const zone = workspaceZone(workspace);
  const asked = new URLSearchParams(location.search).get('week');
  const week = asked ? weekFromLabel(asked, zone) : lastCompleteWeek(new Date(), zone);
  const [html, setHtml] = useState<string | null>(null);

  useEffect(() => {
    if (!week) return;
    void postsBetween(new PanduDatabase(), week.start.getTime(), week.end.getTime()).then((posts) => {
      const report = buildWeeklyReport(posts, week, workspace.profile, {
        includePractice: workspace.settings.includePracticeInReports ?? false,
      });
      setHtml(markdownToSafeHtml(printableMarkdown(report, workspace.calendar, workspace.settings.language)));
    });
  }, [week?.label]);

  useEffect(() => {
    document.title = `Pandu — ${t('report.title')}${week ? ` ${week.label}` : ''}`;
  }, [week?.label]);

  if (!week) return <p role="alert">{t('report.badWeek', { week: asked ?? '' })}</p>;
  return (
    <>
      <button type="button" class="no-print" onClick={() => window.print()}>
        {t('report.print')}
      </button>
      {/* Sanitised by markdownToSafeHtml; every value in it was escaped as Markdown first. */}
      {html !== null && <article dangerouslySetInnerHTML={{ __html: html }} />}
    </>
  );
}
