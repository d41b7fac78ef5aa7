import { useState } from 'preact/hooks';
import { emptyBin, liveBin, restoreFromBin } from '@/lib/posts/store';
import { localDateTime } from '@/lib/report/weeks';
import { workspaceZone, type Workspace } from '@/lib/workspace';
import { useTranslate } from '../i18n';
import { useObservable } from '../useObservable';
import { excerpt, LISTED } from './excerpt';
import { errorText } from '@/lib/messages/errors';
import { openDatabase } from '@/lib/posts/database';

/** The bin: deleted posts, each can come back; they leave for good only when the admin empties it. */
export function BinSection({ workspace }: { workspace: Workspace }) {
  const t = useTranslate();
  const zone = workspaceZone(workspace);
  const bin = useObservable(() => liveBin(openDatabase()), []).value ?? [];
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage(done);
    } catch (error) {
      setMessage(errorText(error, t));
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
                onClick={() => void act(() => restoreFromBin(openDatabase(), post.id), t('bin.restored'))}
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
            <button type="button" onClick={() => void act(() => emptyBin(openDatabase()), t('bin.emptied'))}>
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
