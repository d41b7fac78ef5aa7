import { z } from 'zod';
import { dateSchema, idSchema, platformSchema, shortText, timeZoneSchema } from './common';
import { ROLES } from './profile';
import { CONTENT_TYPES, POST_SOURCES, POST_STATUSES, POST_THEMES, postImageSchema } from '../posts/schema';
import { message } from '../messages/reference';
import { customIssue } from './refine';

/** `YYYY-MM-DD HH:mm`: when a post went out, in the body's zone. */
export const PUBLISHED_AT_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

const count = z.int().min(0).max(1_000_000_000);

/** Engagement as read on the site, with the local date it was read (report version 2). */
export const reportEngagementSchema = z.strictObject({
  likes: count.optional(),
  comments: count.optional(),
  shares: count.optional(),
  reach: count.optional(),
  readOn: dateSchema,
});

/** The week's engagement added up over the posts that have counts (report version 2). */
export const engagementTotalsSchema = z.strictObject({
  postsWithCounts: z.int().min(0),
  likes: count,
  comments: count,
  shares: count,
  reach: count,
});

/** One post as the weekly report carries it. */
export const reportPostSchema = z.strictObject({
  id: z.string().min(8).max(80),
  /** `YYYY-MM-DD HH:mm` in the body's zone. */
  publishedAt: z.string().regex(PUBLISHED_AT_PATTERN),
  platform: platformSchema,
  account: z.string().max(200),
  text: z.string().max(70_000),
  hashtags: z.array(z.string().max(200)).max(500),
  stageIds: z.array(idSchema).max(50),
  templateId: idSchema.optional(),
  status: z.enum(POST_STATUSES),
  source: z.enum(POST_SOURCES),
  /** No error from the guideline checker when it was published, or every error answered by the admin. */
  compliant: z.boolean(),
  errors: z.int().min(0),
  warnings: z.int().min(0),
  postUrl: z.string().max(2000).optional(),
  notes: z.string().max(5000).optional(),
  /** Findings the admin answered with a reason: the post counts as compliant when every error is answered. */
  reviews: z
    .array(z.strictObject({ rule: z.string().max(60), subject: z.string().max(300), reason: z.string().max(300) }))
    .max(100)
    .optional(),
  // Version 2 (issue 13); absent in version 1 files and on posts where nobody filled them in.
  contentType: z.enum(CONTENT_TYPES).optional(),
  theme: z.enum(POST_THEMES).optional(),
  engagement: reportEngagementSchema.optional(),
  /** The approved images that went out with it (issue 15). */
  images: z.array(postImageSchema).max(20).optional(),
});

export const reportSummarySchema = z.strictObject({
  total: z.int().min(0),
  perPlatform: z.strictObject({ facebook: z.int().min(0), instagram: z.int().min(0) }),
  /** Posts per stage, each counted once under the stage that mattered most on its day (its first). */
  perStage: z.record(idSchema, z.int().min(0)),
  compliant: z.int().min(0),
  /** Of the compliant posts, those with errors the admin answered with a reason. */
  compliantAfterReview: z.int().min(0).optional(),
  /** compliant / total, 0 when there is no post. */
  complianceRate: z.number().min(0).max(1),
  daysWithoutPost: z.array(dateSchema).max(7),
  // Version 2 (issue 13): absent in version 1 files.
  perTheme: z.record(z.string().max(40), z.int().min(0)).optional(),
  perContentType: z.record(z.string().max(40), z.int().min(0)).optional(),
  engagement: engagementTotalsSchema.optional(),
  /** Followers (friends) per account, as read that week. */
  audience: z
    .array(z.strictObject({ platform: platformSchema, account: z.string().max(200), followers: count }))
    .max(50)
    .optional(),
  /** Posts per approved image, most used first (issue 15; absent when no post carried one). */
  perImage: z
    .array(
      z.strictObject({
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        templateIds: z.array(idSchema).max(100),
        posts: z.int().min(0),
      }),
    )
    .max(2000)
    .optional(),
});

/** Everything a weekly report holds but its posts. */
const reportFields = {
  $schema: z.string().optional(),
  kind: z.literal('pandu-weekly-report'),
  /** 1: before issue 13; 2 adds content types, themes, engagement and followers. Both are read. */
  schemaVersion: z.literal([1, 2]),
  body: z.strictObject({
    role: z.enum(ROLES),
    name: shortText(200),
    province: z.string().max(100),
    kabupaten: shortText(100),
    kecamatan: z.string().max(100).optional(),
    desa: z.string().max(100).optional(),
  }),
  week: z.strictObject({
    label: z.string().regex(/^\d{4}-W\d{2}$/),
    firstDay: dateSchema,
    lastDay: dateSchema,
    timeZone: timeZoneSchema,
  }),
  generatedAt: z.iso.datetime({ offset: true }),
};

function totalMatchesPosts(
  report: { posts: readonly unknown[]; summary: { total: number } },
  context: z.RefinementCtx,
): void {
  if (report.summary.total !== report.posts.length)
    customIssue(
      context,
      ['summary', 'total'],
      message('problem.reportTotal', { total: report.summary.total, count: report.posts.length }),
    );
}

/** The weekly report a PPK/PPS sends to KPU Kabupaten as JSON; the recap reads many of them. */
export const weeklyReportSchema = z
  .strictObject({
    ...reportFields,
    posts: z.array(reportPostSchema).max(10_000),
    summary: reportSummarySchema,
  })
  .superRefine(totalMatchesPosts);

/**
 * The same report with its posts left unread (see lib/schemas/report-reader.ts, which reads them): it
 * accepts every file weeklyReportSchema accepts, and more only where a post is wrong.
 */
export const reportEnvelopeSchema = z
  .strictObject({
    ...reportFields,
    posts: z.array(z.unknown()).max(10_000),
    summary: reportSummarySchema,
  })
  .superRefine(totalMatchesPosts);

export type ReportPost = z.infer<typeof reportPostSchema>;
export type WeeklyReport = z.infer<typeof weeklyReportSchema>;
