import type { ImageUse } from '../images/usage';
import { ruleName } from '../guidelines/rule-names';
import type { Language } from '../i18n';
import type { StageCalendar } from '../schemas';
import type { ReportPost, WeeklyReport } from '../schemas/report';
import { stageName } from './weekly';

export type Cell = string | number;

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

/** The posts sheet: a header row, then one row per post. Shared by the CSV and XLSX exports. */
export function postRows(report: WeeklyReport, calendar: StageCalendar, language: Language): Cell[][] {
  const words = WORDS[language];
  const header = [...HEADERS[language]];
  header[1] = `${header[1]} (${report.week.timeZone})`;
  return [
    header,
    ...report.posts.map((post, index) => [
      index + 1,
      post.publishedAt,
      post.platform === 'facebook' ? 'Facebook' : 'Instagram',
      post.account,
      post.stageIds.map((id) => stageName(calendar, id, language)).join('; '),
      post.text,
      post.hashtags.join(' '),
      post.compliant ? (words.yes as string) : (words.no as string),
      post.errors,
      post.warnings,
      statusWord(post.status, language),
      statusWord(post.source, language),
      post.postUrl ?? '',
      post.notes ?? '',
      reviewNotes(post, language),
    ]),
  ];
}

/** The summary sheet: totals per platform and stage, compliance, days with no post. */
export function summaryRows(report: WeeklyReport, calendar: StageCalendar, language: Language): Cell[][] {
  const id = language === 'id';
  const { summary } = report;
  return [
    [id ? 'Badan' : 'Body', report.body.name],
    [id ? 'Kecamatan' : 'Kecamatan', report.body.kecamatan ?? ''],
    [id ? 'Kabupaten/Kota' : 'Kabupaten/Kota', report.body.kabupaten],
    [id ? 'Minggu' : 'Week', report.week.label],
    [id ? 'Periode' : 'Period', `${report.week.firstDay} – ${report.week.lastDay} (${report.week.timeZone})`],
    [],
    [id ? 'Jumlah postingan' : 'Posts', summary.total],
    ['Facebook', summary.perPlatform.facebook],
    ['Instagram', summary.perPlatform.instagram],
    [id ? 'Sesuai pedoman' : 'Meeting the guidelines', summary.compliant],
    [
      id ? 'di antaranya sesuai setelah temuan diperiksa admin' : 'of which after the admin checked findings',
      summary.compliantAfterReview ?? 0,
    ],
    [id ? 'Tingkat kepatuhan (%)' : 'Compliance rate (%)', Math.round(summary.complianceRate * 1000) / 10],
    [id ? 'Hari tanpa postingan' : 'Days with no post', summary.daysWithoutPost.length],
    [id ? 'Tanggal tanpa postingan' : 'Dates with no post', summary.daysWithoutPost.join(', ')],
    [],
    [id ? 'Tahapan' : 'Stage', id ? 'Postingan' : 'Posts'],
    ...Object.entries(summary.perStage).map(([stage, count]) => [stageName(calendar, stage, language), count]),
    ...imageRows(summary.perImage ?? [], language),
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
