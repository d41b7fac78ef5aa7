import { formatLongDate } from '../dates';
import { message } from '../messages/reference';
import { contentTypeName, themeName } from '../posts/fields';
import type { StageCalendar } from '../schemas';
import { isPostLink } from '../posts/schema';
import type { WeeklyReport } from '../schemas/report';
import { cellText, identityRows, reviewNotes, statusWord, summarySections, type ReportTranslate } from './tables';
import { stageLabelById } from '../calendar';
import { localDateTime } from './weeks';

export interface PrintableTable {
  title: string;
  header: string[];
  rows: string[][];
}

export interface PrintablePost {
  number: number;
  publishedAt: string;
  platform: string;
  account: string;
  stages: string;
  theme: string;
  contentType: string;
  compliance: string;
  engagement: string;
  /** Only a Facebook or Instagram https link; anything else is left out of the page. */
  link?: string;
  text: string;
  /** The admin's answers to findings, one per line. */
  reviews: string[];
}

/**
 * The printable weekly report as data: the header KPU's forms carry, the body and period, the summary
 * tables, the list of posts with their links, and the signature block. The report page renders it as
 * elements (never as an HTML string), so whatever people wrote is text.
 */
export interface PrintableReport {
  /** The title lines of KPU forms (the page sets them in capitals, as the forms do). */
  heading: string[];
  identity: [string, string][];
  summary: PrintableTable[];
  postsTitle: string;
  postsHeader: string[];
  posts: PrintablePost[];
  textsTitle: string;
  signature: { placeAndDate: string; acknowledged: string; office: string; nameLine: string };
}

/** "Kabupaten Jepara" unless the name already says Kabupaten or Kota (KPU's forms are in Indonesian). */
function kabupatenTitle(name: string, t: ReportTranslate): string {
  return /^(kabupaten|kota|kab\.)\s/i.test(name) ? name : t('print.kabupaten', { name });
}

/** The body's full name for a form's heading: "Panitia Pemilihan Kecamatan Tahunan". */
function bodyTitle(report: WeeklyReport, t: ReportTranslate): string {
  const { body } = report;
  if (body.role === 'pps') return t('print.bodyPps', { name: body.desa ?? body.name });
  if (body.role === 'kpu') return t('print.bodyKpu', { kabupaten: kabupatenTitle(body.kabupaten, t) });
  return t('print.bodyPpk', { name: body.kecamatan ?? body.name });
}

function engagementText(post: WeeklyReport['posts'][number], t: ReportTranslate): string {
  const counts = post.engagement;
  if (!counts) return '–';
  return [
    counts.likes !== undefined ? t('print.likes', { count: counts.likes }) : '',
    counts.comments !== undefined ? t('print.comments', { count: counts.comments }) : '',
    counts.shares !== undefined ? t('print.shares', { count: counts.shares }) : '',
    counts.reach !== undefined ? t('print.reach', { count: counts.reach }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

export function printableReport(
  report: WeeklyReport,
  calendar: StageCalendar,
  t: ReportTranslate,
  signedAt: Date = new Date(),
): PrintableReport {
  const language = t.language;
  const { body } = report;
  const place =
    (body.role === 'pps' ? body.desa : body.role === 'kpu' ? body.kabupaten : body.kecamatan) ?? body.kabupaten;
  const signedOn = localDateTime(signedAt, report.week.timeZone).slice(0, 10);
  const office =
    body.role === 'pps'
      ? t('print.officePps', { desa: body.desa ?? '' })
      : body.role === 'kpu'
        ? body.name
        : t('print.officePpk', { kecamatan: body.kecamatan ?? '' });
  return {
    heading: [
      t('print.title'),
      bodyTitle(report, t),
      kabupatenTitle(body.kabupaten, t),
      ...(body.province ? [t('print.province', { name: body.province })] : []),
    ],
    identity: identityRows(report, t).map(([label, value]) =>
      label === t('identity.period')
        ? [
            label,
            `${formatLongDate(report.week.firstDay, language)} – ${formatLongDate(report.week.lastDay, language)} (${report.week.timeZone})`,
          ]
        : [label, value],
    ),
    summary: summarySections(report, calendar, t).map((section) => ({
      title: section.title,
      header: section.header,
      rows: section.rows.map((row) => row.map(cellText)),
    })),
    postsTitle: t('print.postsTitle'),
    postsHeader: [
      t('sheet.no'),
      t('print.time'),
      t('sheet.platform'),
      t('print.themeType'),
      t('print.guidelines'),
      t('summary.engagement'),
      t('sheet.link'),
    ],
    posts: report.posts.map((post, index) => ({
      number: index + 1,
      publishedAt: post.publishedAt,
      platform:
        post.platform === 'facebook' || post.platform === 'instagram'
          ? t(message(`platform.${post.platform}`))
          : post.platform,
      account: post.account,
      stages: post.stageIds.map((stage) => stageLabelById(calendar, stage, language)).join(', ') || '–',
      theme: post.theme ? themeName(post.theme, t) : '–',
      contentType: post.contentType ? contentTypeName(post.contentType, t) : '–',
      compliance: t('print.compliance', {
        guidelines: post.compliant ? t('print.meets') : t('print.errors', { count: post.errors }),
        status: statusWord(post.status, t),
      }),
      engagement: engagementText(post, t),
      ...(post.postUrl && isPostLink(post.postUrl) ? { link: post.postUrl } : {}),
      text: post.text,
      reviews: reviewNotes(post, t).split('\n').filter(Boolean),
    })),
    textsTitle: t('print.textsTitle'),
    signature: {
      placeAndDate: `${place}, ${formatLongDate(signedOn, language).replace(/^[^,]+, /, '')}`,
      acknowledged: t('print.acknowledged'),
      office: t('print.chair', { office: office.trim() }),
      nameLine: '(……………………………………)',
    },
  };
}
