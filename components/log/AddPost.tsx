import { useMemo, useState } from 'preact/hooks';
import type { ReviewAnswer } from '@/lib/guidelines';
import { manualPostFindings, manualPostRecord } from '@/lib/posts/manual';
import type { Platform } from '@/lib/platforms/platform';
import { addManualPost } from '@/lib/posts/store';
import { postLinkFrom, type PostRecord } from '@/lib/posts/schema';
import type { Workspace } from '@/lib/workspace';
import { useTranslate } from '../i18n';
import { FindingAnswers } from '../PostReviews';
import { errorText } from '@/lib/messages/errors';
import { PostFieldsEditor, type PostFieldsValue } from './PostFieldsEditor';
import { openDatabase } from '@/lib/posts/database';

/** A post published without Pandu, added by hand: checked as it is typed, its findings answered before saving. */
export function AddPost({ workspace, onAdded }: { workspace: Workspace; onAdded(record: PostRecord): void }) {
  const t = useTranslate();
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [account, setAccount] = useState(workspace.profile.accounts?.facebook ?? '');
  const [when, setWhen] = useState('');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const [answers, setAnswers] = useState<ReviewAnswer[]>([]);
  const [fields, setFields] = useState<PostFieldsValue>({
    contentType: '',
    theme: '',
    engagement: { likes: '', comments: '', shares: '', reach: '', readOn: '' },
  });
  const findings = useMemo(
    () => manualPostFindings({ platform, localDateTime: when, text }, workspace),
    [text, platform, when, workspace],
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    const link = url.trim() === '' ? '' : postLinkFrom(url);
    if (link === null) {
      setError(t('logKpu.linkNotPost', { value: url.trim() }));
      return;
    }
    const built = manualPostRecord(
      { platform, account, localDateTime: when, text, postUrl: link, reviews: answers },
      workspace,
    );
    if (!built) return;
    const record: PostRecord = {
      ...built,
      ...(fields.contentType ? { contentType: fields.contentType } : {}),
      ...(fields.theme ? { theme: fields.theme } : {}),
    };
    try {
      await addManualPost(openDatabase(), record);
      setText('');
      setUrl('');
      setError('');
      setAnswers([]);
      onAdded(record);
    } catch (failure) {
      setError(errorText(failure, t));
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
        <PostFieldsEditor value={fields} onChange={setFields} withEngagement={false} />
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
          <FindingAnswers findings={findings} text={text} answers={answers} onChange={setAnswers} />
        )}
        {error && <p role="alert">{error}</p>}
        <button type="submit">{t('log.addSubmit')}</button>
      </form>
    </section>
  );
}
