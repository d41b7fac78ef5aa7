import { ruleName } from '@/lib/guidelines';
import type { MessageKey, Translate } from '@/lib/messages/i18n';
import type { RecapReview } from '@/lib/report/recap';
import type { Cell } from '@/lib/report/tables';
import { useTranslate } from './i18n';

/** The reasons sheet of the recap's XLSX: a header, then one row per answered finding. */
export function reviewRows(reviews: readonly RecapReview[], t: Translate<MessageKey>): Cell[][] {
  return [
    [
      t('recap.colKecamatan'),
      t('recap.colBody'),
      t('recap.colTime'),
      t('sheet.platform'),
      t('recap.colRule'),
      t('recap.colReason'),
      t('recap.colPost'),
    ],
    ...reviews.map((review) => [
      review.kecamatan,
      review.body,
      review.publishedAt,
      t(`platform.${review.platform}`),
      `${ruleName(review.rule, t)}: ${review.subject}`,
      review.reason,
      review.text,
    ]),
  ];
}

/** Every reason the admins gave when they answered a finding, so KPU Kabupaten can read each one. */
export function RecapReviews({ reviews }: { reviews: readonly RecapReview[] }) {
  const t = useTranslate();
  return (
    <section aria-labelledby="recap-reviews-heading">
      <h2 id="recap-reviews-heading">{t('recap.reviewsTitle')}</h2>
      <p>{t('recap.reviewsIntro')}</p>
      {reviews.length === 0 ? (
        <p>{t('recap.reviewsNone')}</p>
      ) : (
        <table class="log-table">
          <thead>
            <tr>
              <th scope="col">{t('recap.colBody')}</th>
              <th scope="col">{t('recap.colTime')}</th>
              <th scope="col">{t('recap.colRule')}</th>
              <th scope="col">{t('recap.colReason')}</th>
              <th scope="col">{t('recap.colPost')}</th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((review, index) => (
              <tr key={index}>
                <th scope="row">{review.body}</th>
                <td>{review.publishedAt}</td>
                <td>
                  {ruleName(review.rule, t)}: <q>{review.subject}</q>
                </td>
                <td>{review.reason}</td>
                <td class="log-text">{review.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
