import { useState } from 'preact/hooks';
import { exportBackup, MAX_BACKUP_BYTES, parseBackup } from '@/lib/backup';
import { readChosenFile } from '@/lib/files';
import {
  applyRestore,
  emptyBin,
  liveBin,
  planRestore,
  postLog,
  postStoreMessage,
  restoreFromBin,
  type RestorePlan,
} from '@/lib/post-store';
import { localDateTime } from '@/lib/report/weeks';
import type { Problem } from '@/lib/schemas';
import type { PostRecord } from '@/lib/schemas/post';
import { workspaceZone, type Workspace } from '@/lib/workspace';
import { download } from './download';
import { FileProblems } from './FileProblems';
import { JsonFileInput } from './JsonFileInput';
import { useTranslate } from './i18n';
import { useObservable } from './useObservable';

/** How many posts a list on this page names before it says "and N more". */
const LISTED = 50;

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text).replace(/\s+/g, ' ');

/** The bin: deleted posts, each can come back; they leave for good only when the admin empties it. */
export function BinSection({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const zone = workspaceZone(workspace);
  const bin = useObservable(() => liveBin(postLog()), []).value ?? [];
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage(done);
    } catch (error) {
      setMessage(postStoreMessage(error, language));
    } finally {
      setConfirming(false);
    }
  };
  return (
    <section aria-labelledby="bin-heading">
      <h2 id="bin-heading">{t('bin.title', { count: bin.length })}</h2>
      <p class="hint">{t('bin.hint')}</p>
      {bin.length === 0 ? (
        <p>{t('bin.empty')}</p>
      ) : (
        <ul class="log-bin">
          {bin.slice(0, LISTED).map((post) => (
            <li key={post.id}>
              {localDateTime(post.createdAt, zone)} · {t(`platform.${post.platform}`)} · “{excerpt(post.text)}”{' '}
              <button
                type="button"
                onClick={() => void act(() => restoreFromBin(postLog(), post.id), t('bin.restored'))}
              >
                {t('bin.restore')}
              </button>
            </li>
          ))}
          {bin.length > LISTED && <li>{t('bin.more', { count: bin.length - LISTED })}</li>}
        </ul>
      )}
      {bin.length > 0 &&
        (confirming ? (
          <p role="alert">
            {t('bin.confirm', { count: bin.length })}{' '}
            <button type="button" onClick={() => void act(() => emptyBin(postLog()), t('bin.emptied'))}>
              {t('bin.emptyForGood', { count: bin.length })}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('log.cancel')}
            </button>
          </p>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('bin.emptyBin')}
          </button>
        ))}
      {message && <p role="status">{message}</p>}
    </section>
  );
}

function RestoreList({
  heading,
  entries,
  workspace,
}: {
  heading: string;
  entries: { current: PostRecord; backup: PostRecord }[];
  workspace: Workspace;
}) {
  const t = useTranslate();
  const zone = workspaceZone(workspace);
  if (entries.length === 0) return null;
  return (
    <>
      <p>{heading}</p>
      <ul>
        {entries.slice(0, LISTED).map(({ current, backup }) => (
          <li key={current.id}>
            {t('log.restoreItem', {
              time: localDateTime(current.createdAt, zone),
              platform: t(`platform.${current.platform}`),
              text: excerpt(current.text),
              current: localDateTime(current.updatedAt, zone),
              backup: localDateTime(backup.updatedAt, zone),
            })}
          </li>
        ))}
        {entries.length > LISTED && <li>{t('bin.more', { count: entries.length - LISTED })}</li>}
      </ul>
    </>
  );
}

/**
 * Backups: the whole log out as a file, and back in. A restore lists what it would replace (only by a newer
 * copy) and what it leaves, before the admin agrees.
 */
export function BackupSection({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const language = workspace.settings.language;
  const [plan, setPlan] = useState<{ total: number; plan: RestorePlan } | null>(null);
  const [problems, setProblems] = useState<{ file: string; problems: Problem[] } | null>(null);
  const [message, setMessage] = useState('');

  const backup = async () => {
    setMessage(t('log.working'));
    try {
      const blob = await exportBackup(postLog());
      download(blob, `pandu_cadangan_${new Date().toISOString().slice(0, 10)}.json`);
      setMessage('');
    } catch (error) {
      setMessage(t('log.backupFailed', { error: postStoreMessage(error, language) }));
    }
  };
  const choose = async (file: File) => {
    setPlan(null);
    setProblems(null);
    setMessage(t('log.working'));
    try {
      // The size first: a file too large is refused before it is read into memory.
      const text = await readChosenFile(file, MAX_BACKUP_BYTES);
      const parsed = text.ok ? parseBackup(text.value) : text;
      if (!parsed.ok) setProblems({ file: file.name, problems: parsed.problems });
      else setPlan({ total: parsed.value.posts.length, plan: await planRestore(postLog(), parsed.value) });
      setMessage('');
    } catch (error) {
      setMessage(postStoreMessage(error, language));
    }
  };
  const restore = async () => {
    if (!plan) return;
    try {
      const { written } = await applyRestore(postLog(), plan.plan);
      setMessage(t('log.restored', { count: written }));
      setPlan(null);
    } catch (error) {
      setMessage(postStoreMessage(error, language));
    }
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('log.backupTitle')}</h2>
      <div class="log-actions">
        <button type="button" onClick={() => void backup()}>
          {t('log.backupExport')}
        </button>
        <JsonFileInput label={t('log.restore')} onFile={(file) => void choose(file)} />
      </div>
      {message && <p role="status">{message}</p>}
      {problems && <FileProblems file={problems.file} problems={problems.problems} language={language} />}
      {plan && (
        <div class="restore-plan" role="region" aria-label={t('log.restore')}>
          <p>
            {t('log.restorePlan', {
              total: plan.total,
              added: plan.plan.added.length,
              replaced: plan.plan.replaced.length,
              unchanged: plan.plan.unchanged,
            })}{' '}
            {t('log.restorePlanKept', { kept: plan.plan.kept.length })}
          </p>
          <RestoreList heading={t('log.restoreReplacedList')} entries={plan.plan.replaced} workspace={workspace} />
          <RestoreList heading={t('log.restoreKeptList')} entries={plan.plan.kept} workspace={workspace} />
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
