import type { ImageUse } from '../images/usage';
import { ruleName } from '../guidelines/rule-names';
import type { Language } from '../messages/i18n';
import type { StageCalendar } from '../schemas';
import type { ReportPost, WeeklyReport } from '../schemas/report';
import { contentTypeName, themeName } from '../posts/fields';
import { isPostLink } from '../posts/schema';
import { stageLabelById } from '../calendar';
import { engagementTotals } from './weekly';

/** A local date-time (`YYYY-MM-DD HH:mm`) or date (`YYYY-MM-DD`) in the report's zone: a date cell in XLSX. */
export interface DateCell {
  kind: 'date';
  local: string;
}

/** An https address: a clickable hyperlink in XLSX. */
export interface LinkCell {
  kind: 'link';
  url: string;
}

export type Cell = string | number | DateCell | LinkCell;

export const dateCell = (local: string): DateCell => ({ kind: 'date', local });

/** A cell as text: how CSV writes it (and what a column must be wide enough for). */
export function cellText(value: Cell): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return value.kind === 'date' ? value.local : value.url;
}

/** A count that may be missing: an empty cell, never a zero nobody read. */
const countCell = (value: number | undefined): Cell => value ?? '';

const HEADERS: Record<Language, string[]> = {
  id: [
    'No',
    'Waktu',
    'Platform',
    'Akun',
    'Tahapan',
    'Teks',
    'Tagar',
    'Sesuai pedoman',
    'Galat',
    'Peringatan',
    'Status',
    'Sumber',
    'Tautan',
    'Catatan',
    'Temuan yang diperiksa admin',
    'Tema',
    'Jenis konten',
    'Suka/reaksi',
    'Komentar',
    'Dibagikan',
    'Jangkauan',
    'Interaksi dibaca',
  ],
  en: [
    'No',
    'Time',
    'Platform',
    'Account',
    'Stage',
    'Text',
    'Hashtags',
    'Meets guidelines',
    'Errors',
    'Warnings',
    'Status',
    'Source',
    'Link',
    'Notes',
    'Findings the admin checked',
    'Theme',
    'Content type',
    'Likes/reactions',
    'Comments',
    'Shares',
    'Reach',
    'Engagement read on',
  ],
};

const WORDS: Record<Language, Record<string, string>> = {
  id: {
    yes: 'Ya',
    no: 'Tidak',
    published: 'terbit',
    unconfirmed: 'belum dipastikan',
    practice: 'latihan',
    detected: 'terdeteksi',
    manual: 'manual',
    imported: 'impor',
  },
  en: {
    yes: 'Yes',
    no: 'No',
    published: 'published',
    unconfirmed: 'unconfirmed',
    practice: 'practice',
    detected: 'detected',
    manual: 'manual',
    imported: 'imported',
  },
};

/** The admin's answers to findings, one per line: "Ajakan memilih satu peserta: kutipan hoaks yang dibantah". */
export function reviewNotes(post: Pick<ReportPost, 'reviews'>, language: Language): string {
  return (post.reviews ?? []).map((review) => `${ruleName(review.rule, language)}: ${review.reason}`).join('\n');
}

export function statusWord(status: string, language: Language): string {
  return WORDS[language][status] ?? status;
}

/** Columns of the posts sheet holding long text (stages, text, tags, notes, answers): they wrap. */
export const POST_TEXT_COLUMNS = [4, 5, 6, 13, 14];

/** The posts sheet: a header row, then one row per post. Shared by the CSV and XLSX exports. */
export function postRows(report: WeeklyReport, calendar: StageCalendar, language: Language): Cell[][] {
  const words = WORDS[language];
  const header = [...HEADERS[language]];
  header[1] = `${header[1]} (${report.week.timeZone})`;
  return [
    header,
    ...report.posts.map((post, index) => [
      index + 1,
      dateCell(post.publishedAt),
      post.platform === 'facebook' ? 'Facebook' : 'Instagram',
      post.account,
      post.stageIds.map((id) => stageLabelById(calendar, id, language)).join('; '),
      post.text,
      post.hashtags.join(' '),
      post.compliant ? (words.yes as string) : (words.no as string),
      post.errors,
      post.warnings,
      statusWord(post.status, language),
      statusWord(post.source, language),
      // Only an https link is made clickable; an older record's other text stays text.
      post.postUrl ? (isPostLink(post.postUrl) ? { kind: 'link' as const, url: post.postUrl } : post.postUrl) : '',
      post.notes ?? '',
      reviewNotes(post, language),
      post.theme ? themeName(post.theme, language) : '',
      post.contentType ? contentTypeName(post.contentType, language) : '',
      countCell(post.engagement?.likes),
      countCell(post.engagement?.comments),
      countCell(post.engagement?.shares),
      countCell(post.engagement?.reach),
      post.engagement ? dateCell(post.engagement.readOn) : '',
    ]),
  ];
}

/** One table of the summary: a title, its column names, its rows. */
export interface SummarySection {
  title: string;
  header: string[];
  rows: Cell[][];
}

/** Counts, largest first; "–" when there is none. */
function countRows(counts: Record<string, number>, name: (key: string) => string): Cell[][] {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.length === 0 ? [['–', 0]] : entries.map(([key, count]) => [name(key), count]);
}

/** The body and week a report is about, as label and value. */
export function identityRows(report: WeeklyReport, language: Language): [string, string][] {
  const id = language === 'id';
  return [
    [id ? 'Badan' : 'Body', report.body.name],
    ['Kecamatan', report.body.kecamatan ?? ''],
    ...(report.body.desa ? [[id ? 'Desa/kelurahan' : 'Village', report.body.desa] as [string, string]] : []),
    ['Kabupaten/Kota', report.body.kabupaten],
    [id ? 'Minggu' : 'Week', report.week.label],
    [id ? 'Periode' : 'Period', `${report.week.firstDay} – ${report.week.lastDay} (${report.week.timeZone})`],
  ];
}

/**
 * The summary KPU Kabupaten reads, table by table: totals, then per stage, theme, platform and content type,
 * the engagement totals, followers per account, and every finding the admin checked with the reason given.
 * The XLSX "Ringkasan" sheet and the printable report both show these.
 */
export function summarySections(report: WeeklyReport, calendar: StageCalendar, language: Language): SummarySection[] {
  const id = language === 'id';
  const { summary } = report;
  const posts = id ? 'Postingan' : 'Posts';
  const total = id ? 'Jumlah' : 'Total';
  const engagement = summary.engagement ?? engagementTotals(report.posts);
  const platformName = (platform: string) => (platform === 'facebook' ? 'Facebook' : 'Instagram');
  const reviewed = report.posts.flatMap((post) =>
    (post.reviews ?? []).map((review) => [
      dateCell(post.publishedAt),
      platformName(post.platform),
      ruleName(review.rule, language),
      review.subject,
      review.reason,
    ]),
  );
  return [
    {
      title: id ? 'Ringkasan' : 'Summary',
      header: [id ? 'Uraian' : 'Item', total],
      rows: [
        [id ? 'Jumlah postingan' : 'Posts', summary.total],
        [id ? 'Sesuai pedoman' : 'Meeting the guidelines', summary.compliant],
        [
          id ? 'di antaranya sesuai setelah temuan diperiksa admin' : 'of which after the admin checked findings',
          summary.compliantAfterReview ?? 0,
        ],
        [id ? 'Tingkat kepatuhan (%)' : 'Compliance rate (%)', Math.round(summary.complianceRate * 1000) / 10],
        [id ? 'Hari tanpa postingan' : 'Days with no post', summary.daysWithoutPost.length],
        [id ? 'Tanggal tanpa postingan' : 'Dates with no post', summary.daysWithoutPost.join(', ')],
      ],
    },
    {
      title: id ? 'Per tahapan' : 'Per stage',
      header: [id ? 'Tahapan' : 'Stage', posts],
      rows: countRows(summary.perStage, (stage) => stageLabelById(calendar, stage, language)),
    },
    {
      title: id ? 'Per tema' : 'Per theme',
      header: [id ? 'Tema' : 'Theme', posts],
      rows: countRows(summary.perTheme ?? {}, (theme) => themeName(theme, language)),
    },
    {
      title: id ? 'Per platform' : 'Per platform',
      header: ['Platform', posts],
      rows: countRows(summary.perPlatform, platformName),
    },
    {
      title: id ? 'Per jenis konten' : 'Per content type',
      header: [id ? 'Jenis konten' : 'Content type', posts],
      rows: countRows(summary.perContentType ?? {}, (type) => contentTypeName(type, language)),
    },
    {
      title: id ? 'Interaksi' : 'Engagement',
      header: [id ? 'Uraian' : 'Item', total],
      rows: [
        [id ? 'Postingan dengan angka interaksi' : 'Posts with engagement counts', engagement.postsWithCounts],
        [id ? 'Suka/reaksi' : 'Likes/reactions', engagement.likes],
        [id ? 'Komentar' : 'Comments', engagement.comments],
        [id ? 'Dibagikan' : 'Shares', engagement.shares],
        [id ? 'Jangkauan' : 'Reach', engagement.reach],
      ],
    },
    {
      title: id ? 'Pengikut/teman per akun' : 'Followers/friends per account',
      header: [id ? 'Akun' : 'Account', 'Platform', id ? 'Pengikut/teman' : 'Followers/friends'],
      rows:
        (summary.audience ?? []).length === 0
          ? [['–', '', '']]
          : (summary.audience ?? []).map((entry) => [entry.account, platformName(entry.platform), entry.followers]),
    },
    {
      title: id ? 'Temuan yang diperiksa admin' : 'Findings the admin checked',
      header: [
        `${id ? 'Waktu' : 'Time'} (${report.week.timeZone})`,
        'Platform',
        id ? 'Aturan' : 'Rule',
        id ? 'Yang ditandai' : 'Marked',
        id ? 'Alasan' : 'Reason',
      ],
      rows: reviewed.length === 0 ? [['–']] : reviewed,
    },
  ];
}

/** The summary sheet ("Ringkasan"): the body and week, then each summary table under its title. */
export function summaryRows(report: WeeklyReport, calendar: StageCalendar, language: Language): Cell[][] {
  return [
    ...identityRows(report, language),
    [],
    ...summarySections(report, calendar, language).flatMap((section) => [
      [section.title],
      section.header,
      ...section.rows,
      [],
    ]),
    ...imageRows(report.summary.perImage ?? [], language),
  ];
}

/** Posts per approved image (issue 15): which flyers went out, by SHA-256 and template. */
export function imageRows(uses: readonly ImageUse[], language: Language): Cell[][] {
  if (uses.length === 0) return [];
  const id = language === 'id';
  return [
    [],
    [id ? 'Gambar (SHA-256)' : 'Image (SHA-256)', id ? 'Templat' : 'Template', id ? 'Postingan' : 'Posts'],
    ...uses.map((use) => [use.sha256, use.templateIds.join(', '), use.posts]),
  ];
}
