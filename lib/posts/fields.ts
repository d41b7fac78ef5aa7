import { tz } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import type { Say } from '../messages/format';
import { message } from '../messages/reference';
import type { TimeZone } from '../schemas';
import { CONTENT_TYPES, POST_THEMES, type ContentType, type Engagement, type PostTheme } from './schema';

/**
 * What a composer held when the post went out. Issue 15's adapters count the attachments they see; a post
 * with none and no link is text.
 */
export interface ComposerAttachments {
  images: number;
  videos: number;
  links: number;
}

/** The content type a composer's attachments show: a video wins over photos, photos over a link preview. */
export function contentTypeFromAttachments({ images, videos, links }: ComposerAttachments): ContentType {
  if (videos > 0) return 'video';
  if (images > 0) return 'foto';
  if (links > 0) return 'tautan';
  return 'teks';
}

/**
 * A content type or theme in words (the `contentType.*` and `theme.*` messages). A value from a newer Pandu
 * (in an imported report) shows as written.
 */
export function contentTypeName(value: string, t: Say): string {
  return (CONTENT_TYPES as readonly string[]).includes(value)
    ? t(message(`contentType.${value as ContentType}`))
    : value;
}

export function themeName(value: string, t: Say): string {
  return (POST_THEMES as readonly string[]).includes(value) ? t(message(`theme.${value as PostTheme}`)) : value;
}

export const ENGAGEMENT_COUNTS = ['likes', 'comments', 'shares', 'reach'] as const;
export type EngagementCount = (typeof ENGAGEMENT_COUNTS)[number];

/** Engagement as typed on the log page: each count as written, and the local date it was read. */
export type EngagementInput = Record<EngagementCount, string> & { readOn: string };

export type EngagementParse =
  | { ok: true; engagement: Engagement | undefined }
  | { ok: false; badCounts: { field: EngagementCount; value: string }[]; missingDate: boolean };

/**
 * Reads the engagement fields: each count a whole number (digits only: "1.200" is refused rather than read
 * as 1.2 or 1200 by guess), the date required once any count is given. Every field empty: no engagement.
 */
export function parseEngagement(input: EngagementInput, timeZone: TimeZone): EngagementParse {
  const counts: Partial<Record<EngagementCount, number>> = {};
  const badCounts: { field: EngagementCount; value: string }[] = [];
  for (const field of ENGAGEMENT_COUNTS) {
    const value = input[field].trim();
    if (value === '') continue;
    if (/^\d{1,10}$/.test(value) && Number(value) <= 1_000_000_000) counts[field] = Number(value);
    else badCounts.push({ field, value });
  }
  const given = Object.keys(counts).length > 0 || badCounts.length > 0;
  const readAt = /^\d{4}-\d{2}-\d{2}$/.test(input.readOn)
    ? parseISO(`${input.readOn}T12:00`, { in: tz(timeZone) }).getTime()
    : Number.NaN;
  const missingDate = given && Number.isNaN(readAt);
  if (badCounts.length > 0 || missingDate) return { ok: false, badCounts, missingDate };
  return { ok: true, engagement: given ? { ...counts, readAt } : undefined };
}

/** A record's engagement back in the form's fields (the date in the profile's zone). */
export function engagementInput(
  engagement: Engagement | undefined,
  timeZone: TimeZone,
  today: string,
): EngagementInput {
  const text = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    likes: text(engagement?.likes),
    comments: text(engagement?.comments),
    shares: text(engagement?.shares),
    reach: text(engagement?.reach),
    readOn: engagement ? format(engagement.readAt, 'yyyy-MM-dd', { in: tz(timeZone) }) : today,
  };
}
