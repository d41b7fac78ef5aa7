import type { Language } from '@/lib/messages/i18n';
import { contentTypeName, themeName } from '@/lib/posts/fields';
import { localDateTime } from '@/lib/report/weeks';
import type { TimeZone } from '@/lib/schemas';
import type { PostRecord } from '@/lib/posts/schema';
import { useTranslate } from '../i18n';

/** A post's theme, content type and engagement as the row shows them ("Belum dipilih" where not set). */
export function PostDetails({ post, language, zone }: { post: PostRecord; language: Language; zone: TimeZone }) {
  const t = useTranslate();
  const count = (value: number | undefined) => (value === undefined ? '–' : value.toLocaleString(language));
  return (
    <>
      {t('logKpu.theme')}: {post.theme ? themeName(post.theme, language) : t('logKpu.notChosen')}
      <br />
      {t('logKpu.contentType')}:{' '}
      {post.contentType ? contentTypeName(post.contentType, language) : t('logKpu.notChosen')}
      <br />
      <span class="hint">
        {post.engagement
          ? t('logKpu.engagementShown', {
              likes: count(post.engagement.likes),
              comments: count(post.engagement.comments),
              shares: count(post.engagement.shares),
              reach: count(post.engagement.reach),
              date: localDateTime(post.engagement.readAt, zone).slice(0, 10),
            })
          : t('logKpu.noEngagement')}
      </span>
    </>
  );
}
