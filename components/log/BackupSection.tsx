import { useState } from 'preact/hooks';
import { exportBackup, MAX_BACKUP_BYTES, parseBackup } from '@/lib/posts/backup';
import { readChosenFile } from '@/lib/files';
import { applyRestore, planRestore, type RestorePlan } from '@/lib/posts/store';
import type { Problem } from '@/lib/schemas';
import type { Workspace } from '@/lib/workspace';
import { download } from '../download';
import { FileProblems } from '../FileProblems';
import { JsonFileInput } from '../JsonFileInput';
import { useTranslate } from '../i18n';
import { RestoreList } from './RestoreList';
import { errorText } from '@/lib/messages/errors';
import { openDatabase } from '@/lib/posts/database';

/**
 * Backups: the whole log out as a file, and back in. A restore lists what it would replace (only by a newer
 * copy) and what it leaves, before the admin agrees.
 */
export function BackupSection({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const [plan, setPlan] = useState<{ total: number; plan: RestorePlan } | null>(null);
  const [problems, setProblems] = useState<{ file: string; problems: Problem[] } | null>(null);
  const [message, setMessage] = useState('');

  const backup = async () => {
    setMessage(t('log.working'));
    try {
      const blob = await exportBackup(openDatabase());
      download(blob, `pandu_cadangan_${new Date().toISOString().slice(0, 10)}.json`);
      setMessage('');
    } catch (error) {
      setMessage(t('log.backupFailed', { error: errorText(error, t) }));
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
      else setPlan({ total: parsed.value.posts.length, plan: await planRestore(openDatabase(), parsed.value) });
      setMessage('');
    } catch (error) {
      setMessage(errorText(error, t));
    }
  };
  const restore = async () => {
    if (!plan) return;
    try {
      const { written } = await applyRestore(openDatabase(), plan.plan);
      setMessage(t('log.restored', { count: written }));
      setPlan(null);
    } catch (error) {
      setMessage(errorText(error, t));
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
      {problems && <FileProblems file={problems.file} problems={problems.problems} />}
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
