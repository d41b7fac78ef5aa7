import { browser } from 'wxt/browser';
import { livePostsBetween } from '@/lib/posts/store';
import { isCompliant } from '@/lib/guidelines/reviews';
import { weekOf } from '@/lib/report/weeks';
import { workspaceClock, workspaceNow, workspaceZone, type Workspace } from '@/lib/workspace';
import { useTranslate } from './i18n';
import { PackUpdateNotice } from './PackUpdateNotice';
import { SimulatedBanner } from './SimulatedBanner';
import { StagePanel } from './StagePanel';
import { useObservable } from './useObservable';
import { WorkspacePage } from './WorkspacePage';
import { openDatabase } from '@/lib/posts/database';

/** The toolbar popup: today's stage, this week's posts, and the way to every page. */
export function PopupPage() {
  return <WorkspacePage class="popup-main">{(workspace) => <Popup workspace={workspace} />}</WorkspacePage>;
}

type PageFile = 'log.html' | 'practice.html' | 'options.html' | 'privacy.html';

function open(page: PageFile, hash = ''): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL(`/${page}`)}${hash}` });
  window.close();
}

function Popup({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  // This week by the real clock: the log's times are real even while a date is simulated.
  const week = weekOf(new Date(), workspaceZone(workspace));
  const posts = useObservable(
    () => livePostsBetween(openDatabase(), week.start.getTime(), week.end.getTime()),
    [week.label],
  ).value?.filter((post) => post.status !== 'practice');
  return (
    <>
      <h1>{t('popup.title')}</h1>
      <SimulatedBanner settings={workspace.settings} />
      <StagePanel
        clock={workspaceClock(workspace)}
        now={workspaceNow(workspace)}
        language={workspace.settings.language}
      />
      <PackUpdateNotice workspace={workspace}>
        <button type="button" onClick={() => open('options.html', '#data-heading')}>
          {t('packUpdate.review')}
        </button>
      </PackUpdateNotice>
      {posts && (
        <p>
          {t('popup.week', {
            count: posts.length,
            compliant: posts.filter(isCompliant).length,
          })}
        </p>
      )}
      <div class="popup-actions">
        <button type="button" onClick={() => open('log.html')}>
          {t('popup.openLog')}
        </button>
        <button type="button" onClick={() => open('log.html', '#export-heading')}>
          {t('popup.export')}
        </button>
        <button type="button" onClick={() => open('practice.html')}>
          {t('popup.practice')}
        </button>
        <button type="button" onClick={() => open('options.html')}>
          {t('popup.settings')}
        </button>
        <button type="button" onClick={() => open('privacy.html')}>
          {t('privacy.link')}
        </button>
      </div>
    </>
  );
}
