import { useState } from 'preact/hooks';
import type { Language } from '@/lib/i18n';
import { editPost, postLog, postStoreMessage } from '@/lib/post-store';
import { isHttpsLink, type PostRecord } from '@/lib/schemas/post';
import { useTranslate } from '../i18n';
import { StatusOptions } from './StatusOptions';

/** Corrects what the admin may change on a logged post: its link, notes and status. */
export function PostEditForm({
  post,
  language,
  onDone,
}: {
  post: PostRecord;
  language: Language;
  onDone(saved: boolean): void;
}) {
  const t = useTranslate();
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
      onDone(true);
    } catch (failure) {
      setError(postStoreMessage(failure, language));
    }
  };
  return (
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
          <StatusOptions language={language} />
        </select>
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit">{t('log.save')}</button>
      <button type="button" onClick={() => onDone(false)}>
        {t('log.cancel')}
      </button>
    </form>
  );
}
