import { localNumber, message } from '@/lib/messages/reference';
import { contentTypeName, themeName } from '@/lib/posts/fields';
import { localDateTime } from '@/lib/report/weeks';
import type { TimeZone } from '@/lib/schemas';
import type { PostRecord } from '@/lib/posts/schema';
import { useTranslate } from '../i18n';

/** A post's theme, content type and engagement as the row shows them ("Belum dipilih" where not set). */
export function PostDetails({ post, zone }: { post: PostRecord; zone: TimeZone }) {
  const t = useTranslate();
  const count = (value: number | undefined) => ({ count: value === undefined ? '–' : localNumber(value) });
  return (
    <>
      {t('logKpu.theme')}: {post.theme ? themeName(post.theme, t) : t('logKpu.notChosen')}
      <br />
      {t('logKpu.contentType')}: {post.contentType ? contentTypeName(post.contentType, t) : t('logKpu.notChosen')}
      <br />
      <span class="hint">
        {post.engagement
          ? t('logKpu.engagementShown', {
              likes: message('print.likes', count(post.engagement.likes)),
              comments: message('print.comments', count(post.engagement.comments)),
              shares: message('print.shares', count(post.engagement.shares)),
              reach: message('print.reach', count(post.engagement.reach)),
              date: localDateTime(post.engagement.readAt, zone).slice(0, 10),
            })
          : t('logKpu.noEngagement')}
      </span>
    </>
  );
}
