import { formatLongDate } from '../dates';
import { message } from '../messages/reference';
import { contentTypeName, themeName } from '../posts/fields';
import type { StageCalendar } from '../schemas';
import { isPostLink } from '../posts/schema';
import type { WeeklyReport } from '../schemas/report';
import { stageLabelById } from '../calendar';
import type { ReportTranslate } from './tables';
import { engagementTotals } from './weekly';

/** Post links a shared summary lists at most: a chat message stays readable, and the URL within limits. */
export const SHARED_LINKS = 10;

const counts = (entries: [string, number][]) =>
  entries
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');

/**
 * The week's summary as plain text for a chat (WhatsApp, where KPU staff coordinate) or any other app:
 * the body and week, posts per platform, compliance, stages, themes, content types, engagement, days with
 * no post, and the first links. Only counts and links, no post text: it is read on a phone.
 */
export function weekSummaryText(report: WeeklyReport, calendar: StageCalendar, t: ReportTranslate): string {
  const { summary, body, week } = report;
  const language = t.language;
  const engagement = summary.engagement ?? engagementTotals(report.posts);
  const lines = [
    t('share.title'),
    `${body.name}, ${body.kabupaten}`,
    t('share.week', {
      week: week.label,
      from: formatLongDate(week.firstDay, language),
      to: formatLongDate(week.lastDay, language),
    }),
    '',
    t('share.posts', {
      total: summary.total,
      facebook: summary.perPlatform.facebook,
      instagram: summary.perPlatform.instagram,
    }),
    t('share.compliant', { count: summary.compliant, rate: Math.round(summary.complianceRate * 100) }),
  ];
  const stages = Object.entries(summary.perStage).map(([stage, count]): [string, number] => [
    stageLabelById(calendar, stage, language),
    count,
  ]);
  if (stages.length > 0) lines.push(t('share.stages', { counts: counts(stages) }));
  const themes = Object.entries(summary.perTheme ?? {}).map(([theme, count]): [string, number] => [
    themeName(theme, t),
    count,
  ]);
  if (themes.length > 0) lines.push(t('share.themes', { counts: counts(themes) }));
  const types = Object.entries(summary.perContentType ?? {}).map(([type, count]): [string, number] => [
    contentTypeName(type, t),
    count,
  ]);
  if (types.length > 0) lines.push(t('share.contentTypes', { counts: counts(types) }));
  if (engagement.postsWithCounts > 0)
    lines.push(
      t('share.engagement', {
        posts: message('share.postCount', { count: engagement.postsWithCounts }),
        likes: message('share.likes', { count: engagement.likes }),
        comments: message('share.comments', { count: engagement.comments }),
        shares: message('share.shares', { count: engagement.shares }),
        reach: message('share.reach', { count: engagement.reach }),
      }),
    );
  for (const entry of summary.audience ?? [])
    lines.push(t('share.followers', { account: entry.account, count: entry.followers }));
  lines.push(
    t('share.daysWithout', {
      days: summary.daysWithoutPost.length === 0 ? '–' : summary.daysWithoutPost.join(', '),
    }),
  );
  const links = report.posts.flatMap((post) => (post.postUrl && isPostLink(post.postUrl) ? [post.postUrl] : []));
  if (links.length > 0) {
    lines.push('', t('share.links'), ...links.slice(0, SHARED_LINKS));
    if (links.length > SHARED_LINKS) lines.push(t('share.more', { count: links.length - SHARED_LINKS }));
  }
  return lines.join('\n');
}

/**
 * WhatsApp's click-to-chat link with the text filled in: it opens WhatsApp (app or web) to choose the chat;
 * nothing is sent until the admin sends it, and Pandu needs no permission for it.
 */
export function whatsAppShareUrl(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}
