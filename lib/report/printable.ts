import { formatLongDate } from '../dates';
import type { Language } from '../messages/i18n';
import { contentTypeName, themeName } from '../posts/fields';
import type { StageCalendar } from '../schemas';
import { isPostLink } from '../posts/schema';
import type { WeeklyReport } from '../schemas/report';
import { cellText, identityRows, reviewNotes, statusWord, summarySections } from './tables';
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

/** "Kabupaten Jepara" unless the name already says Kabupaten or Kota. */
function kabupatenTitle(name: string): string {
  return /^(kabupaten|kota|kab\.)\s/i.test(name) ? name : `Kabupaten ${name}`;
}

/** The body's full name for a form's heading: "Panitia Pemilihan Kecamatan Tahunan". */
function bodyTitle(report: WeeklyReport): string {
  const { body } = report;
  if (body.role === 'pps') return `Panitia Pemungutan Suara ${body.desa ?? body.name}`;
  if (body.role === 'kpu') return `Komisi Pemilihan Umum ${kabupatenTitle(body.kabupaten)}`;
  return `Panitia Pemilihan Kecamatan ${body.kecamatan ?? body.name}`;
}

function engagementText(post: WeeklyReport['posts'][number], language: Language): string {
  const counts = post.engagement;
  if (!counts) return '–';
  const id = language === 'id';
  return [
    counts.likes !== undefined ? `${counts.likes} ${id ? 'suka' : 'likes'}` : '',
    counts.comments !== undefined ? `${counts.comments} ${id ? 'komentar' : 'comments'}` : '',
    counts.shares !== undefined ? `${counts.shares} ${id ? 'dibagikan' : 'shares'}` : '',
    counts.reach !== undefined ? `${id ? 'jangkauan' : 'reach'} ${counts.reach}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

export function printableReport(
  report: WeeklyReport,
  calendar: StageCalendar,
  language: Language,
  signedAt: Date = new Date(),
): PrintableReport {
  const id = language === 'id';
  const { body } = report;
  const place =
    (body.role === 'pps' ? body.desa : body.role === 'kpu' ? body.kabupaten : body.kecamatan) ?? body.kabupaten;
  const signedOn = localDateTime(signedAt, report.week.timeZone).slice(0, 10);
  const office =
    body.role === 'pps' ? `PPS ${body.desa ?? ''}` : body.role === 'kpu' ? body.name : `PPK ${body.kecamatan ?? ''}`;
  return {
    heading: [
      id ? 'Laporan mingguan media sosial' : 'Weekly social-media report',
      bodyTitle(report),
      kabupatenTitle(body.kabupaten),
      ...(body.province ? [`Provinsi ${body.province}`] : []),
    ],
    identity: identityRows(report, language).map(([label, value]) =>
      label === (id ? 'Periode' : 'Period')
        ? [
            label,
            `${formatLongDate(report.week.firstDay, language)} – ${formatLongDate(report.week.lastDay, language)} (${report.week.timeZone})`,
          ]
        : [label, value],
    ),
    summary: summarySections(report, calendar, language).map((section) => ({
      title: section.title,
      header: section.header,
      rows: section.rows.map((row) => row.map(cellText)),
    })),
    postsTitle: id ? 'Daftar postingan' : 'Posts',
    postsHeader: [
      'No',
      id ? 'Waktu' : 'Time',
      'Platform',
      id ? 'Tema / jenis' : 'Theme / type',
      id ? 'Pedoman' : 'Guidelines',
      id ? 'Interaksi' : 'Engagement',
      id ? 'Tautan' : 'Link',
    ],
    posts: report.posts.map((post, index) => ({
      number: index + 1,
      publishedAt: post.publishedAt,
      platform: post.platform === 'facebook' ? 'Facebook' : 'Instagram',
      account: post.account,
      stages: post.stageIds.map((stage) => stageLabelById(calendar, stage, language)).join(', ') || '–',
      theme: post.theme ? themeName(post.theme, language) : '–',
      contentType: post.contentType ? contentTypeName(post.contentType, language) : '–',
      compliance: `${post.compliant ? (id ? 'sesuai' : 'meets') : `${post.errors} ${id ? 'galat' : 'errors'}`} · ${statusWord(post.status, language)}`,
      engagement: engagementText(post, language),
      ...(post.postUrl && isPostLink(post.postUrl) ? { link: post.postUrl } : {}),
      text: post.text,
      reviews: reviewNotes(post, language).split('\n').filter(Boolean),
    })),
    textsTitle: id ? 'Isi postingan' : 'Post texts',
    signature: {
      placeAndDate: `${place}, ${formatLongDate(signedOn, language).replace(/^[^,]+, /, '')}`,
      acknowledged: id ? 'Mengetahui,' : 'Acknowledged,',
      office: id ? `Ketua ${office.trim()}` : `Chair, ${office.trim()}`,
      nameLine: '(……………………………………)',
    },
  };
}
