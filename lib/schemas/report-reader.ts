import type { z } from 'zod';
import { ID_PATTERN, PLATFORMS } from './common';
import { CONTENT_TYPES, POST_SOURCES, POST_STATUSES, POST_THEMES } from './post';
import {
  PUBLISHED_AT_PATTERN,
  reportEnvelopeSchema,
  weeklyReportSchema,
  type ReportPost,
  type WeeklyReport,
} from './report';

/*
 * A recap reads thousands of weekly reports, a hundred thousand posts: zod's general parser spends about a
 * microsecond on each field of each post, more than JSON.parse takes for the whole file. The posts are read
 * here instead, by hand, checking exactly what reportPostSchema checks and building the same value (the same
 * keys, in the schema's order). Whatever this reader does not accept goes to zod, which then names the
 * problems as before: a file is accepted, and its messages worded, exactly as with weeklyReportSchema alone
 * (tests/unit/report-reader.test.ts compares the two on generated valid and broken posts and reports).
 */

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Unicode code points, as zod counts a string's length: a surrogate pair (an emoji, a rare CJK character)
 * is one.
 */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++)
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  return count;
}

/** z.string().max(max) (and .min(min)): a code point is one or two UTF-16 units, so most need no count. */
function isText(value: unknown, max: number, min = 0): value is string {
  if (typeof value !== 'string') return false;
  const units = value.length;
  if (units < min) return false;
  if (units <= max && units >= min * 2) return true;
  const length = codePoints(value);
  return length >= min && length <= max;
}

const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

/** z.int().min(0), with .max(max) when given. */
const isCount = (value: unknown, max = Number.MAX_SAFE_INTEGER): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;

const ENGAGEMENT_MAX = 1_000_000_000;
/** z.iso.date(): the same pattern zod uses (leap days included). */
const DATE_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;

const PLATFORM_SET = new Set<unknown>(PLATFORMS);
const STATUS_SET = new Set<unknown>(POST_STATUSES);
const SOURCE_SET = new Set<unknown>(POST_SOURCES);
const CONTENT_TYPE_SET = new Set<unknown>(CONTENT_TYPES);
const THEME_SET = new Set<unknown>(POST_THEMES);

/** reportPostSchema's keys, in its order; the test checks they are the schema's. */
export const REPORT_POST_KEYS = [
  'id',
  'publishedAt',
  'platform',
  'account',
  'text',
  'hashtags',
  'stageIds',
  'templateId',
  'status',
  'source',
  'compliant',
  'errors',
  'warnings',
  'postUrl',
  'notes',
  'reviews',
  'contentType',
  'theme',
  'engagement',
  'images',
] as const;
export const REVIEW_KEYS = ['rule', 'subject', 'reason'] as const;
export const ENGAGEMENT_KEYS = ['likes', 'comments', 'shares', 'reach', 'readOn'] as const;
export const IMAGE_KEYS = ['sha256', 'templateId'] as const;

const POST_KEY_SET = new Set<string>(REPORT_POST_KEYS);
const ENGAGEMENT_KEY_SET = new Set<string>(ENGAGEMENT_KEYS);

/** z.strictObject: no key but the schema's. */
function onlyKeys(value: Fields, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

/** z.array(z.string().max(max)).max(maxItems), as a new array. */
function textList(value: unknown, max: number, maxItems: number): string[] | undefined {
  if (!Array.isArray(value) || value.length > maxItems) return undefined;
  const out = new Array<string>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!isText(item, max)) return undefined;
    out[i] = item;
  }
  return out;
}

function idList(value: unknown, maxItems: number): string[] | undefined {
  if (!Array.isArray(value) || value.length > maxItems) return undefined;
  const out = new Array<string>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!isId(item)) return undefined;
    out[i] = item;
  }
  return out;
}

/** Each element read by `read`, or undefined as soon as one is not. */
function list<T>(value: unknown, maxItems: number, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || value.length > maxItems) return undefined;
  const out = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item = read(value[i]);
    if (item === undefined) return undefined;
    out[i] = item;
  }
  return out;
}

function review(value: unknown): Fields | undefined {
  if (!isFields(value)) return undefined;
  const { rule, subject, reason } = value;
  if (!isText(rule, 60) || !isText(subject, 300) || !isText(reason, 300)) return undefined;
  for (const key in value) if (key !== 'rule' && key !== 'subject' && key !== 'reason') return undefined;
  return { rule, subject, reason };
}

function image(value: unknown): Fields | undefined {
  if (!isFields(value)) return undefined;
  const { sha256, templateId } = value;
  if (typeof sha256 !== 'string' || !SHA256_PATTERN.test(sha256) || !isId(templateId)) return undefined;
  for (const key in value) if (key !== 'sha256' && key !== 'templateId') return undefined;
  return { sha256, templateId };
}

function engagement(value: unknown): Fields | undefined {
  if (!isFields(value) || !onlyKeys(value, ENGAGEMENT_KEY_SET)) return undefined;
  const { likes, comments, shares, reach, readOn } = value;
  const out: Fields = {};
  if (likes !== undefined) {
    if (!isCount(likes, ENGAGEMENT_MAX)) return undefined;
    out.likes = likes;
  } else if ('likes' in value) out.likes = undefined;
  if (comments !== undefined) {
    if (!isCount(comments, ENGAGEMENT_MAX)) return undefined;
    out.comments = comments;
  } else if ('comments' in value) out.comments = undefined;
  if (shares !== undefined) {
    if (!isCount(shares, ENGAGEMENT_MAX)) return undefined;
    out.shares = shares;
  } else if ('shares' in value) out.shares = undefined;
  if (reach !== undefined) {
    if (!isCount(reach, ENGAGEMENT_MAX)) return undefined;
    out.reach = reach;
  } else if ('reach' in value) out.reach = undefined;
  if (typeof readOn !== 'string' || !DATE_PATTERN.test(readOn)) return undefined;
  out.readOn = readOn;
  return out;
}

/*
 * Optional fields: absent stays absent; present (even as undefined, which zod keeps) it must read. Each is
 * written out with its own name: a store under a computed key costs more than checking the whole post.
 */

/** One post, as reportPostSchema.parse would return it; undefined when that would fail. */
export function readReportPost(value: unknown): ReportPost | undefined {
  if (!isFields(value) || !onlyKeys(value, POST_KEY_SET)) return undefined;
  const { id, publishedAt, platform, account, text, templateId, status, source, compliant, errors, warnings } = value;
  if (
    !isText(id, 80, 8) ||
    typeof publishedAt !== 'string' ||
    !PUBLISHED_AT_PATTERN.test(publishedAt) ||
    !PLATFORM_SET.has(platform) ||
    !isText(account, 200) ||
    !isText(text, 70_000) ||
    !STATUS_SET.has(status) ||
    !SOURCE_SET.has(source) ||
    typeof compliant !== 'boolean' ||
    !isCount(errors) ||
    !isCount(warnings)
  )
    return undefined;
  const hashtags = textList(value.hashtags, 200, 500);
  const stageIds = idList(value.stageIds, 50);
  if (!hashtags || !stageIds) return undefined;
  const out: Fields = { id, publishedAt, platform, account, text, hashtags, stageIds };
  if (templateId !== undefined) {
    if (!isId(templateId)) return undefined;
    out.templateId = templateId;
  } else if ('templateId' in value) out.templateId = undefined;
  out.status = status;
  out.source = source;
  out.compliant = compliant;
  out.errors = errors;
  out.warnings = warnings;
  const { postUrl, notes, contentType, theme } = value;
  if (postUrl !== undefined) {
    if (!isText(postUrl, 2000)) return undefined;
    out.postUrl = postUrl;
  } else if ('postUrl' in value) out.postUrl = undefined;
  if (notes !== undefined) {
    if (!isText(notes, 5000)) return undefined;
    out.notes = notes;
  } else if ('notes' in value) out.notes = undefined;
  if (value.reviews !== undefined) {
    const reviews = list(value.reviews, 100, review);
    if (!reviews) return undefined;
    out.reviews = reviews;
  } else if ('reviews' in value) out.reviews = undefined;
  if (contentType !== undefined) {
    if (!CONTENT_TYPE_SET.has(contentType)) return undefined;
    out.contentType = contentType;
  } else if ('contentType' in value) out.contentType = undefined;
  if (theme !== undefined) {
    if (!THEME_SET.has(theme)) return undefined;
    out.theme = theme;
  } else if ('theme' in value) out.theme = undefined;
  if (value.engagement !== undefined) {
    const read = engagement(value.engagement);
    if (!read) return undefined;
    out.engagement = read;
  } else if ('engagement' in value) out.engagement = undefined;
  if (value.images !== undefined) {
    const images = list(value.images, 20, image);
    if (!images) return undefined;
    out.images = images;
  } else if ('images' in value) out.images = undefined;
  // Every field was checked above against the schema's rules.
  return out as unknown as ReportPost;
}

/**
 * weeklyReportSchema.safeParse, faster: the report around its posts is read by zod, the posts by
 * readReportPost. A file either reader refuses is parsed by weeklyReportSchema itself, so a bad file
 * gets zod's problems, worded as always.
 */
export function parseWeeklyReport(input: unknown): z.ZodSafeParseResult<WeeklyReport> {
  const envelope = reportEnvelopeSchema.safeParse(input);
  if (envelope.success) {
    const posts = list(envelope.data.posts, Number.POSITIVE_INFINITY, readReportPost);
    if (posts) return { success: true, data: { ...envelope.data, posts } };
  }
  return weeklyReportSchema.safeParse(input);
}
