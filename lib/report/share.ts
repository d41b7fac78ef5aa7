import { formatLongDate } from '../dates';
import type { Language } from '../messages/i18n';
import { contentTypeName, themeName } from '../posts/fields';
import type { StageCalendar } from '../schemas';
import { isPostLink } from '../posts/schema';
import type { WeeklyReport } from '../schemas/report';
import { stageLabelById } from '../calendar';
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
export function weekSummaryText(report: WeeklyReport, calendar: StageCalendar, language: Language): string {
  const id = language === 'id';
  const { summary, body, week } = report;
  const engagement = summary.engagement ?? engagementTotals(report.posts);
  const lines = [
    `*${id ? 'Laporan mingguan media sosial' : 'Weekly social-media report'}*`,
    `${body.name}, ${body.kabupaten}`,
    `${id ? 'Minggu' : 'Week'} ${week.label}: ${formatLongDate(week.firstDay, language)} – ${formatLongDate(week.lastDay, language)}`,
    '',
    `${id ? 'Postingan' : 'Posts'}: ${summary.total} (Facebook ${summary.perPlatform.facebook}, Instagram ${summary.perPlatform.instagram})`,
    `${id ? 'Sesuai pedoman' : 'Meeting the guidelines'}: ${summary.compliant} (${Math.round(summary.complianceRate * 100)}%)`,
  ];
  const stages = Object.entries(summary.perStage).map(([stage, count]): [string, number] => [
    stageLabelById(calendar, stage, language),
    count,
  ]);
  if (stages.length > 0) lines.push(`${id ? 'Tahapan' : 'Stages'}: ${counts(stages)}`);
  const themes = Object.entries(summary.perTheme ?? {}).map(([theme, count]): [string, number] => [
    themeName(theme, language),
    count,
  ]);
  if (themes.length > 0) lines.push(`${id ? 'Tema' : 'Themes'}: ${counts(themes)}`);
  const types = Object.entries(summary.perContentType ?? {}).map(([type, count]): [string, number] => [
    contentTypeName(type, language),
    count,
  ]);
  if (types.length > 0) lines.push(`${id ? 'Jenis konten' : 'Content types'}: ${counts(types)}`);
  if (engagement.postsWithCounts > 0)
    lines.push(
      id
        ? `Interaksi (${engagement.postsWithCounts} postingan): ${engagement.likes} suka/reaksi, ${engagement.comments} komentar, ${engagement.shares} dibagikan, jangkauan ${engagement.reach}`
        : `Engagement (${engagement.postsWithCounts} posts): ${engagement.likes} likes/reactions, ${engagement.comments} comments, ${engagement.shares} shares, reach ${engagement.reach}`,
    );
  for (const entry of summary.audience ?? [])
    lines.push(`${id ? 'Pengikut' : 'Followers'} ${entry.account}: ${entry.followers}`);
  lines.push(
    `${id ? 'Hari tanpa postingan' : 'Days with no post'}: ${summary.daysWithoutPost.length === 0 ? '–' : summary.daysWithoutPost.join(', ')}`,
  );
  const links = report.posts.flatMap((post) => (post.postUrl && isPostLink(post.postUrl) ? [post.postUrl] : []));
  if (links.length > 0) {
    lines.push('', id ? 'Tautan postingan:' : 'Post links:', ...links.slice(0, SHARED_LINKS));
    if (links.length > SHARED_LINKS)
      lines.push(id ? `… dan ${links.length - SHARED_LINKS} lagi` : `… and ${links.length - SHARED_LINKS} more`);
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
