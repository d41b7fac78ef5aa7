import { isCompliant } from '../guidelines/reviews';
import { KPU_WORDS } from '../messages/fixed';
import { postsPerImage } from '../images/usage';
import type { Profile } from '../schemas';
import type { AudienceRecord, PostRecord } from '../posts/schema';
import type { ReportPost, WeeklyReport } from '../schemas/report';
import { localDateTime, weekDays, type ReportWeek } from './weeks';

const localDate = (instant: number, timeZone: ReportWeek['timeZone']) => localDateTime(instant, timeZone).slice(0, 10);

export interface ReportOptions {
  /** Practice posts stay out unless the admin asks for them (a setting). */
  includePractice?: boolean;
  generatedAt?: Date;
  /** Followers per account read for this week (the log page's "Pengikut" fields). */
  audience?: readonly AudienceRecord[];
}

export function bodyName(profile: Partial<Profile>): string {
  if (profile.role === 'pps') return KPU_WORDS.ppsShort(profile.desa ?? '');
  if (profile.role === 'kpu') return KPU_WORDS.kpuShort(profile.kabupaten ?? '');
  return KPU_WORDS.ppkShort(profile.kecamatan ?? '');
}

/** Is this post in the week (Monday 00:00 inclusive to next Monday 00:00 exclusive)? */
export function inWeek(post: Pick<PostRecord, 'createdAt'>, week: ReportWeek): boolean {
  return post.createdAt >= week.start.getTime() && post.createdAt < week.end.getTime();
}

export function reportPost(post: PostRecord, timeZone: ReportWeek['timeZone']): ReportPost {
  return {
    id: post.id,
    publishedAt: localDateTime(post.createdAt, timeZone),
    platform: post.platform,
    account: post.account,
    text: post.text,
    hashtags: post.hashtags,
    stageIds: post.stageIds,
    ...(post.templateId ? { templateId: post.templateId } : {}),
    status: post.status,
    source: post.source,
    compliant: isCompliant(post),
    errors: post.findings.errors,
    warnings: post.findings.warnings,
    ...(post.postUrl ? { postUrl: post.postUrl } : {}),
    ...(post.notes ? { notes: post.notes } : {}),
    ...(post.reviews?.length
      ? { reviews: post.reviews.map(({ rule, subject, reason }) => ({ rule, subject, reason })) }
      : {}),
    ...(post.contentType ? { contentType: post.contentType } : {}),
    ...(post.theme ? { theme: post.theme } : {}),
    ...(post.engagement
      ? {
          engagement: {
            ...(post.engagement.likes !== undefined ? { likes: post.engagement.likes } : {}),
            ...(post.engagement.comments !== undefined ? { comments: post.engagement.comments } : {}),
            ...(post.engagement.shares !== undefined ? { shares: post.engagement.shares } : {}),
            ...(post.engagement.reach !== undefined ? { reach: post.engagement.reach } : {}),
            readOn: localDate(post.engagement.readAt, timeZone),
          },
        }
      : {}),
    ...(post.images?.length ? { images: post.images } : {}),
  };
}

/** How many posts have each value (posts without one are left out). */
function tally(posts: readonly ReportPost[], value: (post: ReportPost) => string | undefined): Record<string, number> {
  const counts = new Map<string, number>();
  for (const post of posts) {
    const key = value(post);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.fromEntries(counts);
}

/** The week's likes, comments, shares and reach over the posts that have counts. */
export function engagementTotals(posts: readonly Pick<ReportPost, 'engagement'>[]) {
  const totals = { postsWithCounts: 0, likes: 0, comments: 0, shares: 0, reach: 0 };
  for (const { engagement } of posts) {
    if (!engagement) continue;
    totals.postsWithCounts++;
    totals.likes += engagement.likes ?? 0;
    totals.comments += engagement.comments ?? 0;
    totals.shares += engagement.shares ?? 0;
    totals.reach += engagement.reach ?? 0;
  }
  return totals;
}

/** The week's report: its posts in publishing order and the summary KPU Kabupaten asks for. */
export function buildWeeklyReport(
  posts: readonly PostRecord[],
  week: ReportWeek,
  profile: Partial<Profile>,
  options: ReportOptions = {},
): WeeklyReport {
  const chosen = posts
    .filter((post) => inWeek(post, week) && (options.includePractice || post.status !== 'practice'))
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((post) => reportPost(post, week.timeZone));
  // Each post once, under the stage that mattered most on its day (stages are logged in that order); a Map,
  // so a stage id such as "constructor" counts like any other.
  const perStage = new Map<string, number>();
  for (const post of chosen) {
    const stage = post.stageIds[0];
    if (stage !== undefined) perStage.set(stage, (perStage.get(stage) ?? 0) + 1);
  }
  const compliant = chosen.filter((post) => post.compliant).length;
  const compliantAfterReview = chosen.filter((post) => post.compliant && post.errors > 0).length;
  const daysWithPost = new Set(chosen.map((post) => post.publishedAt.slice(0, 10)));
  const perImage = postsPerImage(chosen);
  return {
    kind: 'pandu-weekly-report',
    schemaVersion: 2,
    body: {
      role: profile.role ?? 'ppk',
      name: bodyName(profile),
      province: profile.province ?? '',
      kabupaten: profile.kabupaten ?? '-',
      ...(profile.kecamatan ? { kecamatan: profile.kecamatan } : {}),
      ...(profile.desa ? { desa: profile.desa } : {}),
    },
    week: { label: week.label, firstDay: week.firstDay, lastDay: week.lastDay, timeZone: week.timeZone },
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    posts: chosen,
    summary: {
      total: chosen.length,
      perPlatform: {
        facebook: chosen.filter((post) => post.platform === 'facebook').length,
        instagram: chosen.filter((post) => post.platform === 'instagram').length,
      },
      perStage: Object.fromEntries(perStage),
      compliant,
      ...(compliantAfterReview > 0 ? { compliantAfterReview } : {}),
      complianceRate: chosen.length === 0 ? 0 : compliant / chosen.length,
      daysWithoutPost: weekDays(week).filter((day) => !daysWithPost.has(day)),
      perTheme: tally(chosen, (post) => post.theme),
      perContentType: tally(chosen, (post) => post.contentType),
      engagement: engagementTotals(chosen),
      audience: (options.audience ?? [])
        .filter((entry) => entry.week === week.label)
        .map(({ platform, account, followers }) => ({ platform, account, followers }))
        .sort((a, b) => a.platform.localeCompare(b.platform) || a.account.localeCompare(b.account)),
      ...(perImage.length > 0 ? { perImage } : {}),
    },
  };
}

const slug = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'tanpa-nama';

/** `pandu_<kabupaten>_<ppk>_<ISO year>-W<week>.<ext>`, so a KPU inbox sorts the files. */
export function reportFileName(report: WeeklyReport, extension: string): string {
  const local = [report.body.kecamatan, report.body.role === 'pps' ? report.body.desa : undefined]
    .filter(Boolean)
    .join(' ');
  return `pandu_${slug(report.body.kabupaten)}_${slug(local || report.body.name)}_${report.week.label}.${extension}`;
}
