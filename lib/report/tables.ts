import type { ImageUse } from '../images/usage';
import { ruleName } from '../guidelines/rule-names';
import type { ExportKey } from '../messages/exports';
import type { Translate } from '../messages/format';
import type { MessageKey } from '../messages/keys';
import { message } from '../messages/reference';
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

/** The posts sheet's columns, in order (the time column names the report's zone). */
const HEADERS: readonly ExportKey[] = [
  'sheet.no',
  'sheet.time',
  'sheet.platform',
  'sheet.account',
  'sheet.stage',
  'sheet.text',
  'sheet.hashtags',
  'sheet.meetsGuidelines',
  'sheet.errors',
  'sheet.warnings',
  'sheet.status',
  'sheet.source',
  'sheet.link',
  'sheet.notes',
  'sheet.reviewed',
  'sheet.theme',
  'sheet.contentType',
  'sheet.likes',
  'sheet.comments',
  'sheet.shares',
  'sheet.reach',
  'sheet.readOn',
];

/** The messages a report translates with: every catalogue (reports are made on the extension's pages). */
export type ReportTranslate = Translate<MessageKey>;

/** The admin's answers to findings, one per line: "Ajakan memilih satu peserta: kutipan hoaks yang dibantah". */
export function reviewNotes(post: Pick<ReportPost, 'reviews'>, t: ReportTranslate): string {
  return (post.reviews ?? [])
    .map((review) => t('sheet.reviewNote', { rule: ruleName(review.rule, t), reason: review.reason }))
    .join('\n');
}

const STATUS_WORDS: Record<string, ExportKey> = {
  published: 'postStatus.published',
  unconfirmed: 'postStatus.unconfirmed',
  practice: 'postStatus.practice',
  detected: 'source.detected',
  manual: 'source.manual',
  imported: 'source.imported',
};

/** A post's status or source in words; a value from a newer Pandu shows as written. */
export function statusWord(status: string, t: ReportTranslate): string {
  return Object.hasOwn(STATUS_WORDS, status) ? t(STATUS_WORDS[status] as ExportKey) : status;
}

/** A platform's name (a platform from a newer Pandu shows as its id). */
const platformName = (platform: string, t: ReportTranslate) =>
  platform === 'facebook' || platform === 'instagram' ? t(message(`platform.${platform}`)) : platform;

/** Columns of the posts sheet holding long text (stages, text, tags, notes, answers): they wrap. */
export const POST_TEXT_COLUMNS = [4, 5, 6, 13, 14];

/** The posts sheet: a header row, then one row per post. Shared by the CSV and XLSX exports. */
export function postRows(report: WeeklyReport, calendar: StageCalendar, t: ReportTranslate): Cell[][] {
  const header = HEADERS.map((key) => t(key, { zone: report.week.timeZone }));
  return [
    header,
    ...report.posts.map((post, index) => [
      index + 1,
      dateCell(post.publishedAt),
      platformName(post.platform, t),
      post.account,
      post.stageIds.map((id) => stageLabelById(calendar, id, t.language)).join('; '),
      post.text,
      post.hashtags.join(' '),
      t(post.compliant ? 'sheet.yes' : 'sheet.noAnswer'),
      post.errors,
      post.warnings,
      statusWord(post.status, t),
      statusWord(post.source, t),
      // Only an https link is made clickable; an older record's other text stays text.
      post.postUrl ? (isPostLink(post.postUrl) ? { kind: 'link' as const, url: post.postUrl } : post.postUrl) : '',
      post.notes ?? '',
      reviewNotes(post, t),
      post.theme ? themeName(post.theme, t) : '',
      post.contentType ? contentTypeName(post.contentType, t) : '',
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
export function identityRows(report: WeeklyReport, t: ReportTranslate): [string, string][] {
  return [
    [t('identity.body'), report.body.name],
    [t('identity.kecamatan'), report.body.kecamatan ?? ''],
    ...(report.body.desa ? [[t('identity.desa'), report.body.desa] as [string, string]] : []),
    [t('identity.kabupaten'), report.body.kabupaten],
    [t('identity.week'), report.week.label],
    [t('identity.period'), `${report.week.firstDay} – ${report.week.lastDay} (${report.week.timeZone})`],
  ];
}

/**
 * The summary KPU Kabupaten reads, table by table: totals, then per stage, theme, platform and content type,
 * the engagement totals, followers per account, and every finding the admin checked with the reason given.
 * The XLSX "Ringkasan" sheet and the printable report both show these.
 */
export function summarySections(report: WeeklyReport, calendar: StageCalendar, t: ReportTranslate): SummarySection[] {
  const { summary } = report;
  const posts = t('sheet.posts');
  const total = t('summary.total');
  const item = t('summary.item');
  const engagement = summary.engagement ?? engagementTotals(report.posts);
  const reviewed = report.posts.flatMap((post) =>
    (post.reviews ?? []).map((review) => [
      dateCell(post.publishedAt),
      platformName(post.platform, t),
      ruleName(review.rule, t),
      review.subject,
      review.reason,
    ]),
  );
  return [
    {
      title: t('sheet.summary'),
      header: [item, total],
      rows: [
        [t('summary.postCount'), summary.total],
        [t('summary.compliant'), summary.compliant],
        [t('summary.compliantAfterReview'), summary.compliantAfterReview ?? 0],
        [t('summary.complianceRate'), Math.round(summary.complianceRate * 1000) / 10],
        [t('summary.daysWithout'), summary.daysWithoutPost.length],
        [t('summary.datesWithout'), summary.daysWithoutPost.join(', ')],
      ],
    },
    {
      title: t('summary.perStage'),
      header: [t('sheet.stage'), posts],
      rows: countRows(summary.perStage, (stage) => stageLabelById(calendar, stage, t.language)),
    },
    {
      title: t('summary.perTheme'),
      header: [t('sheet.theme'), posts],
      rows: countRows(summary.perTheme ?? {}, (theme) => themeName(theme, t)),
    },
    {
      title: t('summary.perPlatform'),
      header: [t('sheet.platform'), posts],
      rows: countRows(summary.perPlatform, (platform) => platformName(platform, t)),
    },
    {
      title: t('summary.perContentType'),
      header: [t('sheet.contentType'), posts],
      rows: countRows(summary.perContentType ?? {}, (type) => contentTypeName(type, t)),
    },
    {
      title: t('summary.engagement'),
      header: [item, total],
      rows: [
        [t('summary.postsWithCounts'), engagement.postsWithCounts],
        [t('sheet.likes'), engagement.likes],
        [t('sheet.comments'), engagement.comments],
        [t('sheet.shares'), engagement.shares],
        [t('sheet.reach'), engagement.reach],
      ],
    },
    {
      title: t('summary.followersTitle'),
      header: [t('sheet.account'), t('sheet.platform'), t('summary.followers')],
      rows:
        (summary.audience ?? []).length === 0
          ? [['–', '', '']]
          : (summary.audience ?? []).map((entry) => [entry.account, platformName(entry.platform, t), entry.followers]),
    },
    {
      title: t('sheet.reviewed'),
      header: [
        t('sheet.time', { zone: report.week.timeZone }),
        t('sheet.platform'),
        t('summary.rule'),
        t('summary.marked'),
        t('summary.reason'),
      ],
      rows: reviewed.length === 0 ? [['–']] : reviewed,
    },
  ];
}

/** The summary sheet ("Ringkasan"): the body and week, then each summary table under its title. */
export function summaryRows(report: WeeklyReport, calendar: StageCalendar, t: ReportTranslate): Cell[][] {
  return [
    ...identityRows(report, t),
    [],
    ...summarySections(report, calendar, t).flatMap((section) => [
      [section.title],
      section.header,
      ...section.rows,
      [],
    ]),
    ...imageRows(report.summary.perImage ?? [], t),
  ];
}

/** Posts per approved image (issue 15): which flyers went out, by SHA-256 and template. */
export function imageRows(uses: readonly ImageUse[], t: ReportTranslate): Cell[][] {
  if (uses.length === 0) return [];
  return [
    [],
    [t('summary.image'), t('summary.template'), t('sheet.posts')],
    ...uses.map((use) => [use.sha256, use.templateIds.join(', '), use.posts]),
  ];
}
