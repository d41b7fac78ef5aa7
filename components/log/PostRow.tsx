import { useState } from 'preact/hooks';
import { isCompliant, unansweredErrors } from '@/lib/guidelines';
import { editPost } from '@/lib/posts/store';
import { statusWord } from '@/lib/report/tables';
import { stageLabelById } from '@/lib/calendar';
import { localDateTime } from '@/lib/report/weeks';
import { isPostLink, type PostRecord } from '@/lib/posts/schema';
import { workspaceZone, type Workspace } from '@/lib/workspace';
import { useTranslate } from '../i18n';
import { PostReviews } from '../PostReviews';
import { PostDetails } from './PostDetails';
import { PostEditForm } from './PostEditForm';
import { errorText } from '@/lib/messages/errors';
import { openDatabase } from '@/lib/posts/database';

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
      <td>{post.stageIds.map((id) => stageLabelById(workspace.calendar, id, language)).join(', ')}</td>
      <td class="log-text">
        {post.text}
        {/* Only an https link is a link; anything older that is not stays text, never clickable. */}
        {post.postUrl && (
          <>
            <br />
            {isPostLink(post.postUrl) ? (
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
            void editPost(openDatabase(), post.id, { reviews }).then(
              () => {
                setReviewError('');
                onSaved();
              },
              (failure: unknown) => setReviewError(errorText(failure, t)),
            )
          }
        />
        {reviewError && <p role="alert">{reviewError}</p>}
      </td>
      <td>
        <PostDetails post={post} zone={workspaceZone(workspace)} />
      </td>
      <td>{statusWord(post.status, t)}</td>
      <td>
        {editing ? (
          <PostEditForm
            post={post}
            zone={workspaceZone(workspace)}
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
