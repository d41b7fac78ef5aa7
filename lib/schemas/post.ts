import { z } from 'zod';
import { idSchema, platformSchema } from './common';

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

/** A link to a post: https only, so a `javascript:` or `data:` address can never be stored, or clicked. */
export const httpsLinkSchema = z
  .string()
  .max(2000)
  .refine(isHttpsLink, {
    params: {
      id: 'tautan harus alamat lengkap yang diawali https://',
      en: 'a link must be a complete address starting with https://',
    },
  });
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

/** One published post, as the log keeps it. Written idempotently by `id`. */
export const postRecordSchema = z.strictObject({
  id: z.string().min(8).max(80),
  platform: platformSchema,
  account: z.string().max(200),
  hostUrl: z.string().max(2000),
  postUrl: httpsLinkSchema.optional(),
  text: z.string().max(70_000),
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
  /** The approved images that went out with the post (issue 15): which flyer, from which template. */
  images: z.array(postImageSchema).max(20).optional(),
});

export type FindingReview = z.infer<typeof findingReviewSchema>;
export type FindingsSummary = z.infer<typeof findingsSummarySchema>;
export type PostImage = z.infer<typeof postImageSchema>;
export type PostRecord = z.infer<typeof postRecordSchema>;
