import { useState } from 'preact/hooks';
import { engagementInput, parseEngagement } from '@/lib/posts/fields';
import { editPost } from '@/lib/posts/store';
import { localDateTime } from '@/lib/report/weeks';
import type { TimeZone } from '@/lib/schemas';
import { postLinkFrom, type PostRecord } from '@/lib/posts/schema';
import { useTranslate } from '../i18n';
import { COUNT_LABELS, PostFieldsEditor, type PostFieldsValue } from './PostFieldsEditor';
import { StatusOptions } from './StatusOptions';
import { errorText } from '@/lib/messages/errors';
import { openDatabase } from '@/lib/posts/database';

/** Corrects what the admin may change on a logged post: link, notes, status, content type, theme, engagement. */
export function PostEditForm({
  post,
  zone,
  onDone,
}: {
  post: PostRecord;
  zone: TimeZone;
  onDone(saved: boolean): void;
}) {
  const t = useTranslate();
  const [url, setUrl] = useState(post.postUrl ?? '');
  const [notes, setNotes] = useState(post.notes ?? '');
  const [status, setStatus] = useState(post.status);
  const [fields, setFields] = useState<PostFieldsValue>(() => ({
    contentType: post.contentType ?? '',
    theme: post.theme ?? '',
    engagement: engagementInput(post.engagement, zone, localDateTime(Date.now(), zone).slice(0, 10)),
  }));
  const [error, setError] = useState('');
  const save = async (event: Event) => {
    event.preventDefault();
    const link = url.trim() === '' ? undefined : postLinkFrom(url);
    if (link === null) {
      setError(t('logKpu.linkNotPost', { value: url.trim() }));
      return;
    }
    const engagement = parseEngagement(fields.engagement, zone);
    if (!engagement.ok) {
      setError(
        [
          ...engagement.badCounts.map(({ field, value }) =>
            t('logKpu.badCount', { field: t(COUNT_LABELS[field]), value }),
          ),
          ...(engagement.missingDate ? [t('logKpu.needReadDate')] : []),
        ].join(' '),
      );
      return;
    }
    try {
      await editPost(openDatabase(), post.id, {
        postUrl: link,
        notes: notes.trim() || undefined,
        status,
        contentType: fields.contentType || undefined,
        theme: fields.theme || undefined,
        engagement: engagement.engagement,
      });
      onDone(true);
    } catch (failure) {
      setError(errorText(failure, t));
    }
  };
  return (
    <form onSubmit={(event) => void save(event)} class="log-edit">
      <label>
        {t('log.url')}
        <input type="url" value={url} onInput={(event) => setUrl((event.target as HTMLInputElement).value)} />
      </label>
      <PostFieldsEditor value={fields} onChange={setFields} />
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
          <StatusOptions />
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
