import type { Language } from '../i18n';
import type { StageCalendar } from '../schemas';
import { isHttpsLink } from '../schemas/post';
import type { WeeklyReport } from '../schemas/report';
import { escapeMarkdown } from '../templates';
import { reviewNotes, statusWord } from './tables';
import { stageLabelById } from '../calendar';

/**
 * A line of a post, already escaped, made to read as written inside the quote: its indentation kept as
 * no-break spaces (never a code block) and a list, heading or rule marker at its start escaped, so no text
 * can nest the report (a post of "- - - …" thousands deep once overflowed the parser's stack).
 */
function literalLine(escaped: string): string {
  const indent = /^[ \t]*/.exec(escaped)?.[0] ?? '';
  const rest = escaped
    .slice(indent.length)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return `${'\u00a0'.repeat(indent.replace(/\t/g, '  ').length)}${rest}`;
}

/**
 * The printable report as Markdown, rendered by the same Markdown-and-sanitiser path as templates. Every
 * value from a person (names, post texts) is escaped, so a post reads as written and renders inert.
 */
export function printableMarkdown(report: WeeklyReport, calendar: StageCalendar, language: Language): string {
  const id = language === 'id';
  const e = escapeMarkdown;
  const { summary, body, week } = report;
  const lines = [
    `# ${id ? 'Laporan mingguan media sosial' : 'Weekly social-media report'}`,
    '',
    `**${e(body.name)}**${body.kecamatan ? `, ${id ? 'Kecamatan' : 'Kecamatan'} ${e(body.kecamatan)}` : ''}, ${e(body.kabupaten)}${body.province ? `, ${e(body.province)}` : ''}  `,
    `${id ? 'Minggu' : 'Week'} ${week.label}: ${week.firstDay} – ${week.lastDay} (${week.timeZone})`,
    '',
    `## ${id ? 'Ringkasan' : 'Summary'}`,
    '',
    `- ${id ? 'Jumlah postingan' : 'Posts'}: ${summary.total} (Facebook ${summary.perPlatform.facebook}, Instagram ${summary.perPlatform.instagram})`,
    `- ${id ? 'Sesuai pedoman' : 'Meeting the guidelines'}: ${summary.compliant} (${Math.round(summary.complianceRate * 100)}%)${summary.compliantAfterReview ? `, ${id ? 'di antaranya setelah temuan diperiksa' : 'of which after checked findings'}: ${summary.compliantAfterReview}` : ''}`,
    `- ${id ? 'Hari tanpa postingan' : 'Days with no post'}: ${summary.daysWithoutPost.length === 0 ? '–' : summary.daysWithoutPost.join(', ')}`,
    ...Object.entries(summary.perStage).map(
      ([stage, count]) => `- ${e(stageLabelById(calendar, stage, language))}: ${count}`,
    ),
    '',
    `## ${id ? 'Postingan' : 'Posts'}`,
    '',
  ];
  report.posts.forEach((post, index) => {
    lines.push(
      `### ${index + 1}. ${post.publishedAt} · ${post.platform === 'facebook' ? 'Facebook' : 'Instagram'} · ${e(post.account)}`,
      '',
      `${post.stageIds.map((stage) => e(stageLabelById(calendar, stage, language))).join(', ') || '–'} · ${post.compliant ? (id ? 'sesuai pedoman' : 'meets the guidelines') : `${post.errors} ${id ? 'galat' : 'errors'}`} · ${statusWord(post.status, language)}`,
      '',
      ...post.text.split('\n').map((line) => `> ${literalLine(e(line))}`),
      '',
    );
    const answers = reviewNotes(post, language);
    if (answers)
      lines.push(
        `${id ? 'Temuan yang diperiksa admin' : 'Findings the admin checked'}:`,
        '',
        ...answers.split('\n').map((line) => `- ${literalLine(e(line))}`),
        '',
      );
    // Only an https link becomes a link; a record from before that rule keeps its link out of the page.
    if (post.postUrl && isHttpsLink(post.postUrl)) lines.push(`<${post.postUrl.replace(/[<>\s]/g, '')}>`, '');
  });
  return lines.join('\n');
}
