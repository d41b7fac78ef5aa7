import type { FindingReview, PostRecord } from '../posts/schema';
import type { Finding } from './types';

/** What the admin wrote when answering a finding, before it is matched to a post's findings. */
export interface ReviewAnswer {
  rule: string;
  subject: string;
  reason: string;
  reviewedAt: number;
}

/** The longest reason kept: a short note, not a report. */
export const MAX_REVIEW_REASON = 300;

/** What an answer needs of a finding: a checked one, or one the sidebar shows (`ShownFinding`). */
export type Answerable = Pick<Finding, 'start' | 'end' | 'subject' | 'rule'>;

/**
 * What a finding is about, stable while the admin types elsewhere and the same in either language: the
 * words it marks ("coblos nomor 1"), or what it names when it marks none (the missing required tags).
 * Answers stored by a Pandu before issue 23 may hold the finding's Indonesian sentence instead: they are shown
 * as they are.
 */
export function reviewSubject(finding: Answerable, text: string): string {
  return (text.slice(finding.start, finding.end) || finding.subject || finding.rule).slice(0, 300);
}

/** One key per answerable finding: its rule and its subject. */
export const reviewKey = (rule: string, subject: string) => `${rule}\u0000${subject}`;

/** The answer to a finding, if the admin gave one. */
export function answerFor<T extends { rule: string; subject: string }>(
  finding: Answerable,
  text: string,
  answers: readonly T[],
): T | undefined {
  const key = reviewKey(finding.rule, reviewSubject(finding, text));
  return answers.find((answer) => reviewKey(answer.rule, answer.subject) === key);
}

/** The answers with the one to a finding given (a reason), replaced, or withdrawn (null). */
export function withAnswer(
  answers: readonly ReviewAnswer[],
  finding: Answerable,
  text: string,
  reason: string | null,
  now = Date.now(),
): ReviewAnswer[] {
  const subject = reviewSubject(finding, text);
  const others = answers.filter((entry) => reviewKey(entry.rule, entry.subject) !== reviewKey(finding.rule, subject));
  return reason === null ? others : [...others, { rule: finding.rule, subject, reason, reviewedAt: now }];
}

/**
 * The answers that still match a finding of the text (an answer to words since deleted answers nothing),
 * with the finding's severity and how many findings each answers.
 */
export function matchReviews(
  findings: readonly Finding[],
  text: string,
  answers: readonly ReviewAnswer[],
): FindingReview[] {
  const matched: FindingReview[] = [];
  for (const answer of answers) {
    const reason = answer.reason.trim().slice(0, MAX_REVIEW_REASON);
    const answered = findings.filter(
      (finding) => reviewKey(finding.rule, reviewSubject(finding, text)) === reviewKey(answer.rule, answer.subject),
    );
    const first = answered[0];
    if (!first || reason === '') continue;
    matched.push({
      rule: answer.rule,
      subject: answer.subject,
      severity: first.severity,
      count: Math.min(answered.length, 100),
      reason,
      reviewedAt: answer.reviewedAt,
    });
  }
  return matched;
}

/** Errors the checker found that no answer covers. */
export function unansweredErrors(post: Pick<PostRecord, 'findings' | 'reviews'>): number {
  const answered = (post.reviews ?? [])
    .filter((review) => review.severity === 'error')
    .reduce((sum, review) => sum + review.count, 0);
  return Math.max(0, post.findings.errors - answered);
}

/** Meets the guidelines: no error, or every error answered by the admin with a reason. */
export const isCompliant = (post: Pick<PostRecord, 'findings' | 'reviews'>) => unansweredErrors(post) === 0;
