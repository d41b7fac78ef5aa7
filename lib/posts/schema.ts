import { z } from 'zod';
import { FACEBOOK_HOST, FACEBOOK_SHORT_HOST, isPostLinkHost } from '../platforms/hosts';
import type { Platform } from '../platforms/platform';
import { message } from '../messages/reference';
import { idSchema, platformSchema } from '../schemas/common';
import { refinement } from '../schemas/problems';

export const POST_STATUSES = ['published', 'unconfirmed', 'practice'] as const;
export const POST_SOURCES = ['detected', 'manual', 'imported'] as const;

/** What the checker said when the post went out, kept small: counts and the rules that fired. */
export const findingsSummarySchema = z.strictObject({
  errors: z.int().min(0),
  warnings: z.int().min(0),
  infos: z.int().min(0),
  rules: z.array(z.string().max(60)).max(100),
});

/** Is this a complete https address? Only those are stored and rendered as links. */
export function isHttpsLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}

// ——— Issue 13: the post's link, content type, theme and engagement ———

/**
 * The one rule for a post's link: a complete https address on facebook.com or instagram.com. Whatever a link
 * comes from (the page's "View post", a pasted address, an older record or backup, a report), `postLinkFrom`
 * says what the log keeps of it, and `isPostLink` whether a kept value is one (to show it as a link).
 */
export function isPostLink(text: string): boolean {
  if (!isHttpsLink(text)) return false;
  const url = new URL(text);
  return isPostLinkHost(url.hostname) && !url.port;
}

/**
 * A pasted or captured link as the log keeps it: trimmed, Facebook's short host `fb.com` written as
 * `www.facebook.com` (it redirects there, path and all); null when it is not a post link.
 */
export function postLinkFrom(text: string): string | null {
  const trimmed = text.trim();
  if (!isHttpsLink(trimmed)) return null;
  const url = new URL(trimmed);
  if (FACEBOOK_SHORT_HOST.test(url.hostname)) url.hostname = FACEBOOK_HOST;
  return isPostLink(url.href) ? url.href : null;
}

/** A post's link: https on Facebook or Instagram only, so a look-alike or `javascript:` address is never kept. */
export const postLinkSchema = z
  .string()
  .max(2000)
  .refine(isPostLink, refinement(message('problem.postLink')));

export const CONTENT_TYPES = ['teks', 'foto', 'video', 'reel', 'infografis', 'tautan'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export const POST_THEMES = [
  'sosialisasi-tahapan',
  'ajakan-partisipasi',
  'pengumuman',
  'kegiatan-badan',
  'klarifikasi-hoaks',
  'lainnya',
] as const;
export type PostTheme = (typeof POST_THEMES)[number];

const count = z.int().min(0).max(1_000_000_000);

/** Engagement as read on the site: any of the counts (at least one), and the day they were read. */
export const engagementSchema = z
  .strictObject({
    likes: count.optional(),
    comments: count.optional(),
    shares: count.optional(),
    reach: count.optional(),
    /** When the counts were read (ms since epoch). */
    readAt: z.int().positive(),
  })
  .refine(
    (value) => [value.likes, value.comments, value.shares, value.reach].some((n) => n !== undefined),
    refinement(message('problem.engagementCount')),
  );
export type Engagement = z.infer<typeof engagementSchema>;

/**
 * An admin's answer to one finding ("Sudah saya periksa" with a short reason). The finding stays in the
 * counts; a post whose every error is answered counts as compliant, with the reason as a note.
 */
export const findingReviewSchema = z.strictObject({
  rule: z.string().max(60),
  /** What the finding concerns: the words it marks, or its message when it marks none. */
  subject: z.string().max(300),
  severity: z.enum(['error', 'warning', 'info']),
  /** How many of the post's findings it answers (the same words flagged twice are answered together). */
  count: z.int().min(1).max(100),
  reason: z.string().trim().min(1).max(300),
  reviewedAt: z.int().positive(),
});

/** An approved image attached to a post: its SHA-256 and the template it came with. */
export const postImageSchema = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  templateId: idSchema,
});

/** The longest post text the log keeps (Facebook allows 63,206 characters). */
export const MAX_POST_TEXT = 70_000;

/** One published post, as the log keeps it. Written idempotently by `id`. */
export const postRecordSchema = z.strictObject({
  id: z.string().min(8).max(80),
  platform: platformSchema,
  account: z.string().max(200),
  hostUrl: z.string().max(2000),
  postUrl: postLinkSchema.optional(),
  text: z.string().max(MAX_POST_TEXT),
  hashtags: z.array(z.string().max(200)).max(500),
  stageIds: z.array(idSchema).max(50),
  templateId: idSchema.optional(),
  findings: findingsSummarySchema,
  status: z.enum(POST_STATUSES),
  source: z.enum(POST_SOURCES),
  /** When it was published (ms since epoch). */
  createdAt: z.int().positive(),
  updatedAt: z.int().positive(),
  notes: z.string().max(5000).optional(),
  /** When the admin moved it to the bin (ms since epoch); it stays there until the bin is emptied. */
  deletedAt: z.int().positive().optional(),
  /** Findings the admin answered (optional: absent on posts logged before reviews existed). */
  reviews: z.array(findingReviewSchema).max(100).optional(),
  // Issue 13: what KPU Kabupaten tallies (absent on posts logged before; see lib/posts/migration.ts).
  /** Teks, foto, video, …: detected from the composer's attachments, else chosen by the admin. */
  contentType: z.enum(CONTENT_TYPES).optional(),
  /** Taken from the template it was written from; the admin may correct it. */
  theme: z.enum(POST_THEMES).optional(),
  /** Likes, comments, shares, reach as the admin read them on the site, and when. */
  engagement: engagementSchema.optional(),
  /** The approved images that went out with the post (issue 15): which flyer, from which template. */
  images: z.array(postImageSchema).max(20).optional(),
});

/**
 * A post a content script saw go out, as it reaches the background. The background checks the text and
 * completes the record (hashtags, stages, findings, theme) itself: what the checker said is never taken from
 * a message. Unknown fields are dropped, so a full record an older Pandu left waiting in the outbox still goes.
 */
export const detectedPostSchema = z.object({
  id: postRecordSchema.shape.id,
  platform: platformSchema,
  text: postRecordSchema.shape.text,
  /** The account the composer named; absent or null: the profile's account on the platform. */
  account: z.string().max(200).nullish(),
  hostUrl: postRecordSchema.shape.hostUrl,
  postUrl: z.string().max(2000).optional(),
  templateId: idSchema.optional(),
  status: z.enum(POST_STATUSES),
  createdAt: z.int().positive(),
  /** The instant whose stages the post belongs to: its publish time, or the simulated day in training. */
  stagesAt: z.int().positive().optional(),
  /** The admin's answers to findings ("Sudah saya periksa"), matched against the background's own check. */
  reviews: z
    .array(
      z.object({
        rule: z.string().max(60),
        subject: z.string().max(300),
        reason: z.string().max(300),
        reviewedAt: z.int().positive(),
      }),
    )
    .max(100)
    .optional(),
  images: z.array(postImageSchema).max(20).optional(),
  contentType: z.enum(CONTENT_TYPES).optional(),
});
export type DetectedPost = z.infer<typeof detectedPostSchema>;

/**
 * A link to a post already sent, found on the page after it went out ("View post"): the post's id and the
 * address. The background takes the platform from the tab that sends it.
 */
export const postLinkMessageSchema = z.object({
  id: postRecordSchema.shape.id,
  postUrl: z.string().max(2000),
});
export type PostLinkMessage = z.infer<typeof postLinkMessageSchema>;

/** A link found after its post went out, as the store attaches it: the platform is the sending tab's. */
export interface PostLink {
  id: string;
  platform: Platform;
  /** Already through `postLinkFrom`. */
  postUrl: string;
}

export type FindingReview = z.infer<typeof findingReviewSchema>;
export type FindingsSummary = z.infer<typeof findingsSummarySchema>;
export type PostImage = z.infer<typeof postImageSchema>;
export type PostRecord = z.infer<typeof postRecordSchema>;

/** An account's followers (friends, for a personal profile) in one reporting week, as the admin read them. */
export const audienceRecordSchema = z.strictObject({
  platform: platformSchema,
  account: z.string().trim().min(1).max(200),
  /** The ISO week, `2024-W27`. */
  week: z.string().regex(/^\d{4}-W\d{2}$/),
  followers: count,
  readAt: z.int().positive(),
});
export type AudienceRecord = z.infer<typeof audienceRecordSchema>;
