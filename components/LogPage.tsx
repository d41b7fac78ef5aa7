import { useMemo, useState } from 'preact/hooks';
import { check, isCompliant, unansweredErrors, type ReviewAnswer } from '@/lib/guidelines';
import { manualPostRecord } from '@/lib/manual-post';
import type { Platform } from '@/lib/platform';
import { exportReport, type ExportFormat } from '@/lib/report/export';
import { statusWord } from '@/lib/report/tables';
import { buildWeeklyReport, stageName } from '@/lib/report/weekly';
import { lastCompleteWeek, localDateTime, weekFromLabel, weekOf, type ReportWeek } from '@/lib/report/weeks';
import {
  addManualPost,
  deletePost,
  editPost,
  livePostsBetween,
  postLog,
  postStoreMessage,
  restoreFromBin,
} from '@/lib/post-store';
import { TIME_ZONE_NAMES } from '@/lib/schemas';
import { isHttpsLink, POST_STATUSES, type PostRecord } from '@/lib/schemas/post';
import { workspaceClock, workspaceNow, workspaceZone, type Workspace } from '@/lib/workspace';
import { download } from './download';
import { useTranslate } from './i18n';
import { BackupSection, BinSection } from './LogRecovery';
import { FindingAnswers, PostReviews } from './PostReviews';
import { SimulatedBanner } from './SimulatedBanner';
import { useObservable } from './useObservable';
import { WorkspacePage } from './WorkspacePage';

/** The post log: a week of posts, filters, corrections, posts added by hand, the weekly files, backups. */
export function LogPage() {
  return <WorkspacePage class="page">{(workspace) => <Log workspace={workspace} />}</WorkspacePage>;
}

function Log({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const zone = workspaceZone(workspace);
  const [week, setWeek] = useState<ReportWeek>(() => lastCompleteWeek(new Date(), zone));
  const [search, setSearch] = useState('');
  const [platform, setPlatform] = useState<'' | Platform>('');
  const [stage, setStage] = useState('');
  const [status, setStatus] = useState('');
  const [notice, setNotice] = useState<{ text: string; undo?: string }>({ text: '' });
  // Read live: a post logged in the background, or changed in another tab, shows at once.
  const posts =
    useObservable(() => livePostsBetween(postLog(), week.start.getTime(), week.end.getTime()), [week.label]).value ??
    [];

  const shown = posts.filter(
    (post) =>
      (!platform || post.platform === platform) &&
      (!stage || post.stageIds.includes(stage)) &&
      (!status || post.status === status) &&
      (!search || post.text.toLowerCase().includes(search.toLowerCase())),
  );
  const stagesThisWeek = [...new Set(posts.flatMap((post) => post.stageIds))];
  const dateLabel = (day: string) => day.split('-').reverse().join('/');

  // Deleting moves the post to the bin (below): undo works after a reload too.
  const remove = async (post: PostRecord) => {
    try {
      await deletePost(postLog(), post.id);
      setNotice({ text: t('log.deleted'), undo: post.id });
    } catch (error) {
      setNotice({ text: postStoreMessage(error, language) });
    }
  };
  const undo = async (id: string) => {
    try {
      await restoreFromBin(postLog(), id);
      setNotice({ text: '' });
    } catch (error) {
      setNotice({ text: postStoreMessage(error, language) });
    }
  };

  return (
    <>
      <h1>{t('log.title')}</h1>
      <SimulatedBanner settings={workspace.settings} />
      <div class="log-controls">
        <div class="log-week">
          <label>
            {t('log.week')}
            <input
              type="week"
              value={week.label}
              aria-describedby="log-week-hint"
              onChange={(event) => {
                const chosen = weekFromLabel((event.target as HTMLInputElement).value, zone);
                if (chosen) setWeek(chosen);
              }}
            />
          </label>
          <span id="log-week-hint" class="hint">
            {t('log.weekHint', { zone: TIME_ZONE_NAMES[zone] })}
          </span>
        </div>
        <label>
          {t('log.search')}
          <input
            type="search"
            value={search}
            onInput={(event) => setSearch((event.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('log.platform')}
          <select
            value={platform}
            onChange={(event) => setPlatform((event.target as HTMLSelectElement).value as Platform)}
          >
            <option value="">{t('log.all')}</option>
            <option value="facebook">Facebook</option>
            <option value="instagram">Instagram</option>
          </select>
        </label>
        <label>
          {t('log.stage')}
          <select value={stage} onChange={(event) => setStage((event.target as HTMLSelectElement).value)}>
            <option value="">{t('log.all')}</option>
            {stagesThisWeek.map((id) => (
              <option key={id} value={id}>
                {stageName(workspace.calendar, id, language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('log.status')}
          <select value={status} onChange={(event) => setStatus((event.target as HTMLSelectElement).value)}>
            <option value="">{t('log.all')}</option>
            {POST_STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusWord(value, language)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <p role="status" class="log-notice">
        {notice.text}
        {notice.undo && (
          <button type="button" onClick={() => void undo(notice.undo as string)}>
            {t('log.undo')}
          </button>
        )}
      </p>

      <table class="log-table">
        <caption>
          {t('log.caption', {
            week: week.label,
            from: dateLabel(week.firstDay),
            to: dateLabel(week.lastDay),
            count: shown.length,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('log.colTime')}</th>
            <th scope="col">{t('log.platform')}</th>
            <th scope="col">{t('log.colAccount')}</th>
            <th scope="col">{t('log.stage')}</th>
            <th scope="col">{t('log.colText')}</th>
            <th scope="col">{t('log.colCompliance')}</th>
            <th scope="col">{t('log.status')}</th>
            <th scope="col">{t('log.colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={8}>{t('log.empty')}</td>
            </tr>
          ) : (
            shown.map((post) => (
              <PostRow
                key={post.id}
                post={post}
                workspace={workspace}
                onSaved={() => setNotice({ text: t('log.saved') })}
                onDelete={() => void remove(post)}
              />
            ))
          )}
        </tbody>
      </table>

      <ExportSection workspace={workspace} posts={posts} week={week} />
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

function PostRow({
  post,
  workspace,
  onSaved,
  onDelete,
}: {
  post: PostRecord;
  workspace: Workspace;
  onSaved(): void;
  onDelete(): void;
}) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const [editing, setEditing] = useState(false);
  const [url, setUrl] = useState(post.postUrl ?? '');
  const [notes, setNotes] = useState(post.notes ?? '');
  const [status, setStatus] = useState(post.status);
  const [error, setError] = useState('');
  const save = async (event: Event) => {
    event.preventDefault();
    if (url.trim() && !isHttpsLink(url.trim())) {
      setError(t('log.linkNotHttps'));
      return;
    }
    try {
      await editPost(postLog(), post.id, {
        postUrl: url.trim() || undefined,
        notes: notes.trim() || undefined,
        status,
      });
      setError('');
      setEditing(false);
      onSaved();
    } catch (failure) {
      setError(postStoreMessage(failure, language));
    }
  };
  return (
    <tr>
      <td>{localDateTime(post.createdAt, workspaceZone(workspace))}</td>
      <td>{t(`platform.${post.platform}`)}</td>
      <td>{post.account}</td>
      <td>{post.stageIds.map((id) => stageName(workspace.calendar, id, language)).join(', ')}</td>
      <td class="log-text">
        {post.text}
        {/* Only an https link is a link; anything older that is not stays text, never clickable. */}
        {post.postUrl && (
          <>
            <br />
            {isHttpsLink(post.postUrl) ? (
              <a href={post.postUrl} target="_blank" rel="noopener noreferrer">
                {post.postUrl}
              </a>
            ) : (
              <span>{post.postUrl}</span>
            )}
          </>
        )}
        {post.notes && <p class="hint">{post.notes}</p>}
      </td>
      <td>
        {!isCompliant(post)
          ? t('log.notCompliant', { errors: unansweredErrors(post) })
          : post.reviews?.length
            ? t('log.compliantReviewed', { count: post.reviews.length })
            : t('log.compliant')}
        <PostReviews
          post={post}
          workspace={workspace}
          onChange={(reviews) =>
            void editPost(postLog(), post.id, { reviews }).then(onSaved, (failure: unknown) =>
              setError(postStoreMessage(failure, language)),
            )
          }
        />
      </td>
      <td>{statusWord(post.status, language)}</td>
      <td>
        {editing ? (
          <form onSubmit={(event) => void save(event)} class="log-edit">
            <label>
              {t('log.url')}
              <input type="url" value={url} onInput={(event) => setUrl((event.target as HTMLInputElement).value)} />
            </label>
            <label>
              {t('log.notes')}
              <textarea value={notes} onInput={(event) => setNotes((event.target as HTMLTextAreaElement).value)} />
            </label>
            <label>
              {t('log.status')}
              <select
                value={status}
                onChange={(event) => setStatus((event.target as HTMLSelectElement).value as PostRecord['status'])}
              >
                {POST_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {statusWord(value, language)}
                  </option>
                ))}
              </select>
            </label>
            {error && <p role="alert">{error}</p>}
            <button type="submit">{t('log.save')}</button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('log.cancel')}
            </button>
          </form>
        ) : (
          <>
            <button type="button" onClick={() => setEditing(true)}>
              {t('log.edit')}
            </button>
            <button type="button" onClick={onDelete}>
              {t('log.delete')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

function ExportSection({ workspace, posts, week }: { workspace: Workspace; posts: PostRecord[]; week: ReportWeek }) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const includePractice = workspace.settings.includePracticeInReports ?? false;
  const [error, setError] = useState('');
  const save = async (format: ExportFormat) => {
    try {
      const report = buildWeeklyReport(posts, week, workspace.profile, { includePractice });
      const file = await exportReport(report, format, workspace.calendar, language, workspace.settings.csvSeparator ?? ';');
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
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

function AddPost({ workspace, onAdded }: { workspace: Workspace; onAdded(record: PostRecord): void }) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [account, setAccount] = useState(workspace.profile.accounts?.facebook ?? '');
  const [when, setWhen] = useState('');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const [answers, setAnswers] = useState<ReviewAnswer[]>([]);
  const findings = useMemo(() => {
    if (text.trim() === '') return [];
    const now = workspaceNow(workspace);
    const stageIds = workspaceClock(workspace)
      .active(now)
      .map((view) => view.stage.id);
    return check(text, { platform, stageIds, rules: workspace.rules, profile: workspace.profile });
  }, [text, platform, workspace]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const record = manualPostRecord(
      { platform, account, localDateTime: when, text, postUrl: url, reviews: answers },
      workspace,
    );
    if (!record) return;
    if (record.postUrl !== undefined && !isHttpsLink(record.postUrl)) {
      setError(t('log.linkNotHttps'));
      return;
    }
    try {
      await addManualPost(postLog(), record);
      setText('');
      setUrl('');
      setError('');
      setAnswers([]);
      onAdded(record);
    } catch (failure) {
      setError(postStoreMessage(failure, language));
    }
  };

  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">{t('log.addTitle')}</h2>
      <p class="hint">{t('log.addHint')}</p>
      <form class="log-add" onSubmit={(event) => void submit(event)}>
        <label>
          {t('log.platform')}
          <select
            value={platform}
            onChange={(event) => {
              const chosen = (event.target as HTMLSelectElement).value as Platform;
              setPlatform(chosen);
              setAccount(workspace.profile.accounts?.[chosen] ?? account);
            }}
          >
            <option value="facebook">Facebook</option>
            <option value="instagram">Instagram</option>
          </select>
        </label>
        <label>
          {t('log.addAccount')}
          <input value={account} onInput={(event) => setAccount((event.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('log.addTime')}
          <input
            type="datetime-local"
            required
            value={when}
            onInput={(event) => setWhen((event.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('log.url')}
          <input type="url" value={url} onInput={(event) => setUrl((event.target as HTMLInputElement).value)} />
        </label>
        <label class="wide">
          {t('log.addText')}
          <textarea
            required
            rows={6}
            value={text}
            onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
          />
        </label>
        {findings.length > 0 && (
          <FindingAnswers findings={findings} text={text} answers={answers} language={language} onChange={setAnswers} />
        )}
        {error && <p role="alert">{error}</p>}
        <button type="submit">{t('log.addSubmit')}</button>
      </form>
    </section>
  );
}
