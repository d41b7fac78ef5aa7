import { checkContextFor } from '@/lib/workspace/check-context';
import { answerFor, check, matchReviews, withAnswer, type Finding, type ReviewAnswer } from '@/lib/guidelines';
import type { FindingReview, PostRecord } from '@/lib/posts/schema';
import type { Workspace } from '@/lib/workspace';
import { useTranslate } from './i18n';
import { ReviewControl } from './ReviewControl';

/** Findings with their answer controls: the sidebar's "Sudah saya periksa", for the log's pages. */
export function FindingAnswers({
  findings,
  text,
  answers,
  onChange,
}: {
  findings: readonly Finding[];
  text: string;
  answers: readonly ReviewAnswer[];
  onChange(answers: ReviewAnswer[]): void;
}) {
  const t = useTranslate();
  return (
    <ul class="log-findings" aria-label={t('checks.heading')}>
      {findings.map((finding) => (
        <li key={finding.id}>
          <strong>{t(`severity.${finding.severity}`)}:</strong> {t(finding.message)}
          {finding.severity !== 'info' && (
            <ReviewControl
              answer={answerFor(finding, text, answers)}
              onAnswer={(reason) => onChange(withAnswer(answers, finding, text, reason))}
              onWithdraw={() => onChange(withAnswer(answers, finding, text, null))}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * A logged post's findings, checked again with the post's own stages and the rules in use, each answerable
 * with a reason. Only rules that fired when it was published are offered, so an answer never covers an
 * error the log does not count.
 */
export function PostReviews({
  post,
  workspace,
  onChange,
}: {
  post: PostRecord;
  workspace: Workspace;
  onChange(reviews: FindingReview[]): void;
}) {
  const t = useTranslate();
  if (post.findings.errors + post.findings.warnings === 0) return null;
  // The stages the record names: the post is judged as it was when logged, not as of today.
  const findings = check(post.text, checkContextFor(workspace, post.platform, { stageIds: post.stageIds })).filter(
    (finding) => finding.severity !== 'info' && post.findings.rules.includes(finding.rule),
  );
  return (
    <details class="log-reviews">
      <summary>{t('log.reviewFindings')}</summary>
      <FindingAnswers
        findings={findings}
        text={post.text}
        answers={post.reviews ?? []}
        onChange={(answers) => onChange(matchReviews(findings, post.text, answers))}
      />
    </details>
  );
}
