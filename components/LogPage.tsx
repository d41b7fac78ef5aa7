import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyRestore, exportBackup, parseBackup, planRestore, type RestorePlan } from '@/lib/backup';
import { deletePost, PanduDatabase, postsBetween, restorePost, savePost, StorageError, updatePost } from '@/lib/db';
import { check } from '@/lib/guidelines';
import type { Language } from '@/lib/i18n';
import { manualPostRecord } from '@/lib/manual-post';
import type { Platform } from '@/lib/platform';
import { exportReport, type ExportFormat } from '@/lib/report/export';
import { statusWord } from '@/lib/report/tables';
import { buildWeeklyReport, stageName } from '@/lib/report/weekly';
import { lastCompleteWeek, localDateTime, weekFromLabel, weekOf, type ReportWeek } from '@/lib/report/weeks';
import { TIME_ZONE_NAMES, type Problem } from '@/lib/schemas';
import { POST_STATUSES, type PostRecord } from '@/lib/schemas/post';
import { workspaceClock, workspaceNow, workspaceZone, type Workspace } from '@/lib/workspace';
import { download } from './download';
import { FileProblems } from './FileProblems';
import { useTranslate } from './i18n';
import { SimulatedBanner } from './SimulatedBanner';
import { WorkspacePage } from './WorkspacePage';

/** The post log: a week of posts, filters, corrections, posts added by hand, the weekly files, backups. */
export function LogPage() {
  return <WorkspacePage class="page">{(workspace) => <Log workspace={workspace} />}</WorkspacePage>;
}

const db = new PanduDatabase();

function messageOf(error: unknown, language: Language): string {
  if (error instanceof StorageError) return error.description[language];
  return error instanceof Error ? error.message : String(error);
}

function Log({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const zone = workspaceZone(workspace);
  const [week, setWeek] = useState<ReportWeek>(() => lastCompleteWeek(new Date(), zone));
  const [posts, setPosts] = useState<PostRecord[]>([]);
  const [version, setVersion] = useState(0);
  const [search, setSearch] = useState('');
  const [platform, setPlatform] = useState<'' | Platform>('');
  const [stage, setStage] = useState('');
  const [status, setStatus] = useState('');
  const [notice, setNotice] = useState<{ text: string; undo?: PostRecord }>({ text: '' });
  const reload = () => setVersion(version + 1);

  useEffect(() => {
    void postsBetween(db, week.start.getTime(), week.end.getTime()).then(setPosts);
  }, [week.label, version]);

  const shown = posts.filter(
    (post) =>
      (!platform || post.platform === platform) &&
      (!stage || post.stageIds.includes(stage)) &&
      (!status || post.status === status) &&
      (!search || post.text.toLowerCase().includes(search.toLowerCase())),
  );
  const stagesThisWeek = [...new Set(posts.flatMap((post) => post.stageIds))];
  const dateLabel = (day: string) => day.split('-').reverse().join('/');

  const remove = async (post: PostRecord) => {
    const removed = await deletePost(db, post.id);
    setNotice({ text: t('log.deleted'), undo: removed });
    reload();
  };
  const undo = async (post: PostRecord) => {
    await restorePost(db, post);
    setNotice({ text: '' });
    reload();
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
          <button type="button" onClick={() => void undo(notice.undo as PostRecord)}>
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
                onSaved={() => {
                  setNotice({ text: t('log.saved') });
                  reload();
                }}
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
          reload();
        }}
      />
      <BackupSection workspace={workspace} onRestored={reload} />
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
  const save = async (event: Event) => {
    event.preventDefault();
    await updatePost(db, post.id, { postUrl: url.trim() || undefined, notes: notes.trim() || undefined, status });
    setEditing(false);
    onSaved();
  };
  return (
    <tr>
      <td>{localDateTime(post.createdAt, workspaceZone(workspace))}</td>
      <td>{t(`platform.${post.platform}`)}</td>
      <td>{post.account}</td>
      <td>{post.stageIds.map((id) => stageName(workspace.calendar, id, language)).join(', ')}</td>
      <td class="log-text">
        {post.text}
        {post.postUrl && (
          <>
            <br />
            <a href={post.postUrl} target="_blank" rel="noopener noreferrer">
              {post.postUrl}
            </a>
          </>
        )}
        {post.notes && <p class="hint">{post.notes}</p>}
      </td>
      <td>
        {post.findings.errors === 0 ? t('log.compliant') : t('log.notCompliant', { errors: post.findings.errors })}
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
  const save = (format: ExportFormat) => {
    const report = buildWeeklyReport(posts, week, workspace.profile, { includePractice });
    const file = exportReport(report, format, workspace.calendar, language, workspace.settings.csvSeparator ?? ';');
    download(file.blob, file.name);
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
    const record = manualPostRecord({ platform, account, localDateTime: when, text, postUrl: url }, workspace);
    if (!record) return;
    try {
      await savePost(db, record);
      setText('');
      setUrl('');
      setError('');
      onAdded(record);
    } catch (failure) {
      setError(messageOf(failure, language));
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
          <ul class="log-findings" aria-label={t('checks.heading')}>
            {findings.map((finding) => (
              <li key={finding.id}>
                <strong>{t(`severity.${finding.severity}`)}:</strong> {finding.message[language]}
              </li>
            ))}
          </ul>
        )}
        {error && <p role="alert">{error}</p>}
        <button type="submit">{t('log.addSubmit')}</button>
      </form>
    </section>
  );
}

function BackupSection({ workspace, onRestored }: { workspace: Workspace; onRestored(): void }) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const [plan, setPlan] = useState<{ total: number; plan: RestorePlan } | null>(null);
  const [problems, setProblems] = useState<{ file: string; problems: Problem[] } | null>(null);
  const [message, setMessage] = useState('');

  const backup = async () => {
    setMessage(t('log.working'));
    const blob = await exportBackup(db);
    download(blob, `pandu_cadangan_${new Date().toISOString().slice(0, 10)}.json`);
    setMessage('');
  };
  const choose = async (file: File) => {
    setPlan(null);
    setProblems(null);
    setMessage(t('log.working'));
    const parsed = parseBackup(await file.text());
    setMessage('');
    if (!parsed.ok) {
      setProblems({ file: file.name, problems: parsed.problems });
      return;
    }
    setPlan({ total: parsed.value.posts.length, plan: await planRestore(db, parsed.value) });
  };
  const restore = async () => {
    if (!plan) return;
    try {
      await applyRestore(db, plan.plan);
      setMessage(t('log.restored', { count: plan.plan.added.length + plan.plan.replaced.length }));
      setPlan(null);
      onRestored();
    } catch (error) {
      setMessage(messageOf(error, language));
    }
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('log.backupTitle')}</h2>
      <div class="log-actions">
        <button type="button" onClick={() => void backup()}>
          {t('log.backupExport')}
        </button>
        <label>
          {t('log.restore')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (file) void choose(file);
            }}
          />
        </label>
      </div>
      {message && <p role="status">{message}</p>}
      {problems && <FileProblems file={problems.file} problems={problems.problems} language={language} />}
      {plan && (
        <div>
          <p>
            {t('log.restorePlan', {
              total: plan.total,
              added: plan.plan.added.length,
              replaced: plan.plan.replaced.length,
              unchanged: plan.plan.unchanged,
            })}
          </p>
          <button type="button" onClick={() => void restore()}>
            {t('log.restoreApply')}
          </button>
          <button type="button" onClick={() => setPlan(null)}>
            {t('log.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
