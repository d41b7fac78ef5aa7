import { useState } from 'preact/hooks';
import { isCompliant, unansweredErrors } from '@/lib/guidelines';
import { editPost, postLog, postStoreMessage } from '@/lib/post-store';
import { statusWord } from '@/lib/report/tables';
import { stageName } from '@/lib/report/weekly';
import { localDateTime } from '@/lib/report/weeks';
import { isHttpsLink, type PostRecord } from '@/lib/schemas/post';
import { workspaceZone, type Workspace } from '@/lib/workspace';
import { useTranslate } from '../i18n';
import { PostReviews } from '../PostReviews';
import { PostEditForm } from './PostEditForm';

/** One logged post: when, where, what, its compliance and reviews, and the buttons to correct or delete it. */
export function PostRow({
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
  const [reviewError, setReviewError] = useState('');
  return (
    <tr>
      <td>{localDateTime(post.createdAt, workspaceZone(workspace))}</td>
      <td>{t(`platform.${post.platform}`)}</td>
      <td>{post.account}</td>
      <td>{post.stageIds.map((id) => stageName(workspace.calendar, id, language)).join(', ')}</td>
      <td class="log-text">
        {post.text}
        {/* Only an https link is a link; anything older that is not stays text, never clickable. */}
        {post.postUrl && (
          <>
            <br />
            {isHttpsLink(post.postUrl) ? (
              <a href={post.postUrl} target="_blank" rel="noopener noreferrer">
                {post.postUrl}
              </a>
            ) : (
              <span>{post.postUrl}</span>
            )}
          </>
        )}
        {post.notes && <p class="hint">{post.notes}</p>}
      </td>
      <td>
        {!isCompliant(post)
          ? t('log.notCompliant', { errors: unansweredErrors(post) })
          : post.reviews?.length
            ? t('log.compliantReviewed', { count: post.reviews.length })
            : t('log.compliant')}
        <PostReviews
          post={post}
          workspace={workspace}
          onChange={(reviews) =>
            void editPost(postLog(), post.id, { reviews }).then(
              () => {
                setReviewError('');
                onSaved();
              },
              (failure: unknown) => setReviewError(postStoreMessage(failure, language)),
            )
          }
        />
        {reviewError && <p role="alert">{reviewError}</p>}
      </td>
      <td>{statusWord(post.status, language)}</td>
      <td>
        {editing ? (
          <PostEditForm
            post={post}
            language={language}
            onDone={(saved) => {
              setEditing(false);
              if (saved) onSaved();
            }}
          />
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
