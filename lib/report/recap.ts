import { postsPerImage, type ImageUse } from '../images/usage';
import { readChosenFile, type ChosenFile } from '../files';
import { readJsonText, problemsFromZod, tooLargeProblem, type Problem } from '../schemas/problems';
import type { WeeklyReport } from '../schemas/report';
import { parseWeeklyReport } from '../schemas/report-reader';
import { weekFromLabel, weekOf } from './weeks';

export interface ReportFile {
  name: string;
  text: string;
}

export interface RecapInput {
  reports: WeeklyReport[];
  /** Files that could not be read, each with what is wrong. */
  rejected: { file: string; problems: Problem[] }[];
  /** Files left out: the same body and week as another file (identical, or an older version). */
  ignored: { file: string; reason: 'duplicate' | 'older' }[];
}

/** A report file is at most this large: 10,000 posts of a week is far beyond any body's. */
export const MAX_REPORT_BYTES = 20_000_000;

/**
 * All the files of one recap together: 200 MB, ten thousand weekly reports of an ordinary size. Each file is
 * read whole, so sizes are checked before reading.
 */
export const MAX_RECAP_BYTES = 200_000_000;

/**
 * Reads the chosen report files, sizes first: a file over MAX_REPORT_BYTES, or one that would take the
 * drop past MAX_RECAP_BYTES, is refused unread and named; the rest are read.
 */
export async function readReportFiles(
  files: readonly ChosenFile[],
): Promise<{ read: ReportFile[]; refused: RecapInput['rejected'] }> {
  const read: ReportFile[] = [];
  const refused: RecapInput['rejected'] = [];
  let total = 0;
  for (const file of files) {
    if (file.size <= MAX_REPORT_BYTES && total + file.size > MAX_RECAP_BYTES) {
      refused.push({ file: file.name, problems: [tooLargeProblem(total + file.size, MAX_RECAP_BYTES)] });
      continue;
    }
    const text = await readChosenFile(file, MAX_REPORT_BYTES);
    if (text.ok) {
      total += file.size;
      read.push({ name: file.name, text: text.value });
    } else refused.push({ file: file.name, problems: text.problems });
  }
  return { read, refused };
}

const bodyWeek = (report: WeeklyReport) =>
  `${report.body.kabupaten}|${report.body.kecamatan ?? ''}|${report.body.desa ?? ''}|${report.body.name}|${report.week.label}`;

/**
 * Reads the JSON reports KPU staff dropped in. Each file is validated on its own; a body's week sent twice
 * counts once (the newest when they differ).
 */
export function readReports(files: readonly ReportFile[]): RecapInput {
  const result: RecapInput = { reports: [], rejected: [], ignored: [] };
  const chosen = new Map<string, { report: WeeklyReport; file: string }>();
  // What a report says, bar when it was written: only compared when a body's week comes twice.
  const content = (report: WeeklyReport) => JSON.stringify({ ...report, generatedAt: undefined, $schema: undefined });
  for (const file of files) {
    const read = readJsonText(file.text, MAX_REPORT_BYTES);
    if (!read.ok) {
      result.rejected.push({ file: file.name, problems: read.problems });
      continue;
    }
    const parsed = parseWeeklyReport(read.value);
    if (!parsed.success) {
      result.rejected.push({ file: file.name, problems: problemsFromZod(parsed.error, read.value).slice(0, 20) });
      continue;
    }
    const report = parsed.data;
    const key = bodyWeek(report);
    const earlier = chosen.get(key);
    if (!earlier) chosen.set(key, { report, file: file.name });
    else if (content(earlier.report) === content(report)) result.ignored.push({ file: file.name, reason: 'duplicate' });
    else if (earlier.report.generatedAt >= report.generatedAt)
      result.ignored.push({ file: file.name, reason: 'older' });
    else {
      result.ignored.push({ file: earlier.file, reason: 'older' });
      chosen.set(key, { report, file: file.name });
    }
  }
  result.reports = [...chosen.values()].map((entry) => entry.report);
  return result;
}

export interface BodyRecap {
  name: string;
  kecamatan: string;
  desa: string;
  weeks: number;
  posts: number;
  facebook: number;
  instagram: number;
  compliant: number;
  complianceRate: number;
  daysWithoutPost: number;
  /** Posts per stage; a Map, so a stage id such as "constructor" counts like any other. */
  perStage: Map<string, number>;
  firstWeek: string;
  lastWeek: string;
  // Issue 13: the new fields, added up over the body's weeks.
  /** Likes, comments, shares, reach over the posts that have counts. */
  engagement: { postsWithCounts: number; likes: number; comments: number; shares: number; reach: number };
  perTheme: Map<string, number>;
  perContentType: Map<string, number>;
  /** Weeks in the recap's span (the first to the last week any body sent) this body sent no report for. */
  missingWeeks: string[];
  /** Findings the body's admins answered with a reason (listed one by one by `recapReviews`). */
  reasonsGiven: number;
  /** The latest followers count per account (`facebook:PPK Tahunan` → 1520), from the newest week that has one. */
  followers: Map<string, { week: string; followers: number }>;
}

/** Every ISO week label from `first` to `last` (both `2024-W27` form), in order. */
export function weeksBetween(first: string, last: string): string[] {
  const start = weekFromLabel(first, 'Asia/Jakarta');
  const end = weekFromLabel(last, 'Asia/Jakarta');
  if (!start || !end) return [];
  const labels: string[] = [];
  // Whole weeks in one zone: a week is always 7 × 24 hours there (Indonesia keeps no daylight saving).
  for (let instant = start.start.getTime(); instant <= end.start.getTime(); instant += 7 * 86_400_000)
    labels.push(weekOf(new Date(instant), 'Asia/Jakarta').label);
  return labels;
}

const addTo = (counts: Map<string, number>, entries: Record<string, number> | undefined) => {
  for (const [key, count] of Object.entries(entries ?? {})) counts.set(key, (counts.get(key) ?? 0) + count);
};

/**
 * One row per body across all its weeks, sorted by kecamatan then name: posts, compliance, stages, and
 * (report version 2) engagement, themes, content types, followers, reasons given and the weeks missing.
 */
export function recapByBody(reports: readonly WeeklyReport[]): BodyRecap[] {
  const bodies = new Map<string, BodyRecap>();
  const weeksOf = new Map<BodyRecap, Set<string>>();
  let firstWeek = '';
  let lastWeek = '';
  for (const report of reports) {
    const key = `${report.body.kabupaten}|${report.body.kecamatan ?? ''}|${report.body.desa ?? ''}|${report.body.name}`;
    let row = bodies.get(key);
    if (!row) {
      row = {
        name: report.body.name,
        kecamatan: report.body.kecamatan ?? '',
        desa: report.body.desa ?? '',
        weeks: 0,
        posts: 0,
        facebook: 0,
        instagram: 0,
        compliant: 0,
        complianceRate: 0,
        daysWithoutPost: 0,
        perStage: new Map(),
        firstWeek: report.week.label,
        lastWeek: report.week.label,
        engagement: { postsWithCounts: 0, likes: 0, comments: 0, shares: 0, reach: 0 },
        perTheme: new Map(),
        perContentType: new Map(),
        missingWeeks: [],
        reasonsGiven: 0,
        followers: new Map(),
      };
      weeksOf.set(row, new Set());
      bodies.set(key, row);
    }
    const { summary } = report;
    row.weeks++;
    row.posts += summary.total;
    row.facebook += summary.perPlatform.facebook;
    row.instagram += summary.perPlatform.instagram;
    row.compliant += summary.compliant;
    row.daysWithoutPost += summary.daysWithoutPost.length;
    for (const [stage, count] of Object.entries(summary.perStage))
      row.perStage.set(stage, (row.perStage.get(stage) ?? 0) + count);
    if (report.week.label < row.firstWeek) row.firstWeek = report.week.label;
    if (report.week.label > row.lastWeek) row.lastWeek = report.week.label;
    if (firstWeek === '' || report.week.label < firstWeek) firstWeek = report.week.label;
    if (report.week.label > lastWeek) lastWeek = report.week.label;
    weeksOf.get(row)?.add(report.week.label);
    // Version 1 reports carry none of these: they add nothing.
    const engagement = summary.engagement;
    if (engagement)
      for (const key of ['postsWithCounts', 'likes', 'comments', 'shares', 'reach'] as const)
        row.engagement[key] += engagement[key];
    addTo(row.perTheme, summary.perTheme);
    addTo(row.perContentType, summary.perContentType);
    for (const post of report.posts) row.reasonsGiven += post.reviews?.length ?? 0;
    for (const entry of summary.audience ?? []) {
      const key = `${entry.platform}:${entry.account}`;
      const known = row.followers.get(key);
      if (!known || known.week < report.week.label)
        row.followers.set(key, { week: report.week.label, followers: entry.followers });
    }
  }
  const span = firstWeek === '' ? [] : weeksBetween(firstWeek, lastWeek);
  return [...bodies.values()]
    .map((row) => ({
      ...row,
      complianceRate: row.posts === 0 ? 0 : row.compliant / row.posts,
      missingWeeks: span.filter((week) => !weeksOf.get(row)?.has(week)),
    }))
    .sort((a, b) => a.kecamatan.localeCompare(b.kecamatan) || a.name.localeCompare(b.name));
}

/** One answer an admin gave to a finding, for KPU Kabupaten to read. */
export interface RecapReview {
  body: string;
  kecamatan: string;
  publishedAt: string;
  platform: WeeklyReport['posts'][number]['platform'];
  rule: string;
  subject: string;
  reason: string;
  text: string;
}

/** Every reason given in the reports, by kecamatan, body and publishing time. */
export function recapReviews(reports: readonly WeeklyReport[]): RecapReview[] {
  return reports
    .flatMap((report) =>
      report.posts.flatMap((post) =>
        (post.reviews ?? []).map((review) => ({
          body: report.body.name,
          kecamatan: report.body.kecamatan ?? '',
          publishedAt: post.publishedAt,
          platform: post.platform,
          rule: review.rule,
          subject: review.subject,
          reason: review.reason,
          text: post.text,
        })),
      ),
    )
    .sort(
      (a, b) =>
        a.kecamatan.localeCompare(b.kecamatan) ||
        a.body.localeCompare(b.body) ||
        a.publishedAt.localeCompare(b.publishedAt),
    );
}

/** Posts per approved image across every report read (issue 15): which flyers went out in the kabupaten. */
export function recapImages(reports: readonly WeeklyReport[]): ImageUse[] {
  return postsPerImage(reports.flatMap((report) => report.posts));
}
