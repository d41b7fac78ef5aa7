import type { ReportWeek } from '@/lib/report/weeks';
import type { PostRecord } from '@/lib/posts/schema';
import type { Workspace } from '@/lib/workspace';
import { useTranslate } from '../i18n';
import { PostRow } from './PostRow';

const dateLabel = (day: string) => day.split('-').reverse().join('/');

/** The week's posts (after the filters), one row each, or a line saying there are none. */
export function PostTable({
  workspace,
  week,
  posts,
  onSaved,
  onDelete,
}: {
  workspace: Workspace;
  week: ReportWeek;
  posts: PostRecord[];
  onSaved(): void;
  onDelete(post: PostRecord): void;
}) {
  const t = useTranslate();
  return (
    <table class="log-table">
      <caption>
        {t('log.caption', {
          week: week.label,
          from: dateLabel(week.firstDay),
          to: dateLabel(week.lastDay),
          count: posts.length,
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
          <th scope="col">{t('logKpu.colDetails')}</th>
          <th scope="col">{t('log.status')}</th>
          <th scope="col">{t('log.colActions')}</th>
        </tr>
      </thead>
      <tbody>
        {posts.length === 0 ? (
          <tr>
            <td colSpan={9}>{t('log.empty')}</td>
          </tr>
        ) : (
          posts.map((post) => (
            <PostRow
              key={post.id}
              post={post}
              workspace={workspace}
              onSaved={onSaved}
              onDelete={() => onDelete(post)}
            />
          ))
        )}
      </tbody>
    </table>
  );
}
