import { useState } from 'preact/hooks';
import { MAX_REVIEW_REASON, type ReviewAnswer } from '@/lib/guidelines/reviews';
import { useSidebarTranslate } from './i18n';

export interface ReviewControlProps {
  /** The admin's answer to this finding, once given. */
  answer?: Pick<ReviewAnswer, 'reason'>;
  onAnswer(reason: string): void;
  onWithdraw(): void;
}

/**
 * "Sudah saya periksa": the admin answers one finding with a short reason. The finding stays listed; the
 * answer shows under it and can be withdrawn.
 */
export function ReviewControl({ answer, onAnswer, onWithdraw }: ReviewControlProps) {
  const t = useSidebarTranslate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  if (answer)
    return (
      <p class="review-done">
        {t('review.done', { reason: answer.reason })}{' '}
        <button type="button" onClick={onWithdraw}>
          {t('review.withdraw')}
        </button>
      </p>
    );
  if (!open)
    return (
      <button type="button" class="review-open" onClick={() => setOpen(true)}>
        {t('review.button')}
      </button>
    );
  const save = (event: Event) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setError(t('review.empty'));
      return;
    }
    onAnswer(reason.trim());
    setOpen(false);
    setReason('');
    setError('');
  };
  return (
    <form class="review-form" onSubmit={save}>
      <label>
        {t('review.reason')}
        <input
          value={reason}
          maxLength={MAX_REVIEW_REASON}
          onInput={(event) => setReason((event.target as HTMLInputElement).value)}
        />
      </label>
      <span class="review-hint">{t('review.hint')}</span>
      {error && <span role="alert">{error}</span>}
      <button type="submit">{t('review.save')}</button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('review.cancel')}
      </button>
    </form>
  );
}
