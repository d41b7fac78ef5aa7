import { useState } from 'preact/hooks';
import { deletePost, livePostsBetween, restoreFromBin } from '@/lib/posts/store';
import { lastCompleteWeek, weekOf, type ReportWeek } from '@/lib/report/weeks';
import type { PostRecord } from '@/lib/posts/schema';
import { workspaceZone, type Workspace } from '@/lib/workspace';
import { useTranslate } from '../i18n';
import { ImageUseTable } from '../ImageUseTable';
import { postsPerImage } from '@/lib/images/usage';
import { SimulatedBanner } from '../SimulatedBanner';
import { useObservable } from '../useObservable';
import { AddPost } from './AddPost';
import { BackupSection } from './BackupSection';
import { BinSection } from './BinSection';
import { ExportSection } from './ExportSection';
import { matchesFilter, NO_FILTER, type LogFilter } from './filters';
import { LogFilters } from './LogFilters';
import { PostTable } from './PostTable';
import { errorText } from '@/lib/messages/errors';
import { openDatabase } from '@/lib/posts/database';

/** One week of the log, read live from the store, with everything the admin does to it. */
export function PostLog({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const zone = workspaceZone(workspace);
  // The log opens on this week, so a post just published is in view; the report keeps its own week, by
  // default the last complete one (what KPU Kabupaten asks for).
  const [week, setWeek] = useState<ReportWeek>(() => weekOf(new Date(), zone));
  const [reportWeek, setReportWeek] = useState<ReportWeek>(() => lastCompleteWeek(new Date(), zone));
  const showLastWeekReport = () => {
    const lastWeek = lastCompleteWeek(new Date(), zone);
    setWeek(lastWeek);
    setReportWeek(lastWeek);
    document.getElementById('export-heading')?.scrollIntoView({ block: 'start' });
  };
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const [notice, setNotice] = useState<{ text: string; undo?: string }>({ text: '' });
  // Read live: a post logged in the background, or changed in another tab, shows at once.
  const posts =
    useObservable(() => livePostsBetween(openDatabase(), week.start.getTime(), week.end.getTime()), [week.label])
      .value ?? [];
  const shown = posts.filter((post) => matchesFilter(post, filter));
  const stagesThisWeek = [...new Set(posts.flatMap((post) => post.stageIds))];

  // Deleting moves the post to the bin (below): undo works after a reload too.
  const remove = async (post: PostRecord) => {
    try {
      await deletePost(openDatabase(), post.id);
      setNotice({ text: t('log.deleted'), undo: post.id });
    } catch (error) {
      setNotice({ text: errorText(error, t) });
    }
  };
  const undo = async (id: string) => {
    try {
      await restoreFromBin(openDatabase(), id);
      setNotice({ text: '' });
    } catch (error) {
      setNotice({ text: errorText(error, t) });
    }
  };

  return (
    <>
      <h1>{t('log.title')}</h1>
      <SimulatedBanner settings={workspace.settings} />
      <LogFilters
        workspace={workspace}
        week={week}
        onWeek={setWeek}
        filter={filter}
        onFilter={setFilter}
        stageIds={stagesThisWeek}
        onLastWeekReport={showLastWeekReport}
      />
      <p role="status" class="log-notice">
        {notice.text}
        {notice.undo && (
          <button type="button" onClick={() => void undo(notice.undo as string)}>
            {t('log.undo')}
          </button>
        )}
      </p>
      <PostTable
        workspace={workspace}
        week={week}
        posts={shown}
        onSaved={() => setNotice({ text: t('log.saved') })}
        onDelete={(post) => void remove(post)}
      />
      <ImageUseTable uses={postsPerImage(posts.filter((post) => post.status !== 'practice'))} pack={workspace.pack} />
      <ExportSection workspace={workspace} week={reportWeek} onWeek={setReportWeek} />
      <AddPost
        workspace={workspace}
        onAdded={(record) => {
          setNotice({ text: t('log.added') });
          // Show the week the added post belongs to.
          setWeek(weekOf(new Date(record.createdAt), zone));
        }}
      />
      <BinSection workspace={workspace} />
      <BackupSection workspace={workspace} />
    </>
  );
}
