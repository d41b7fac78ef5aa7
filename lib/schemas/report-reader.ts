import type { z } from 'zod';
import { ID_PATTERN, PLATFORMS } from './common';
import { CONTENT_TYPES, POST_SOURCES, POST_STATUSES, POST_THEMES } from '../posts/schema';
import {
  PUBLISHED_AT_PATTERN,
  reportEnvelopeSchema,
  weeklyReportSchema,
  type ReportPost,
  type WeeklyReport,
} from './report';

/*
 * A recap reads thousands of weekly reports, a hundred thousand posts: zod's general parser spends about a
 * microsecond on each field of each post (more in the extension, where CSP forbids the code it compiles
 * with eval), more than JSON.parse takes for the whole file. The posts are read here instead, by hand,
 * checking exactly what reportPostSchema checks and giving the same value (the same keys, in the schema's
 * order). Whatever this reader does not accept goes to zod, which then names the problems as before: a
 * file is accepted, and its messages worded, exactly as with weeklyReportSchema alone
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

const positions = (keys: readonly string[]) => new Map(keys.map((key, index) => [key, index]));
const POST_POSITIONS = positions(REPORT_POST_KEYS);
const REVIEW_POSITIONS = positions(REVIEW_KEYS);
const ENGAGEMENT_POSITIONS = positions(ENGAGEMENT_KEYS);
const IMAGE_POSITIONS = positions(IMAGE_KEYS);

const UNKNOWN_KEY = -1;
const REORDERED = 0;
const IN_ORDER = 1;

/**
 * z.strictObject refuses a key not in its shape (UNKNOWN_KEY). The value it returns has the keys in the
 * shape's order: a value whose keys already come in that order (as every file Pandu writes) is returned
 * as it is, saving a copy of each of a hundred thousand posts; another is copied in that order.
 */
function keyOrder(value: Fields, keyPositions: ReadonlyMap<string, number>): number {
  let last = -1;
  let ordered = true;
  for (const key in value) {
    const position = keyPositions.get(key);
    if (position === undefined) return UNKNOWN_KEY;
    if (position < last) ordered = false;
    last = position;
  }
  return ordered ? IN_ORDER : REORDERED;
}

/** The value's keys (a present one even when undefined, as zod keeps it) in the schema's order. */
function inSchemaOrder(value: Fields, keys: readonly string[]): Fields {
  const out: Fields = {};
  for (const key of keys) if (key in value) out[key] = value[key];
  return out;
}

/** A z.strictObject of the given keys whose fields pass `valid`: the value itself when in order. */
function readObject(
  value: unknown,
  keys: readonly string[],
  keyPositions: ReadonlyMap<string, number>,
  valid: (value: Fields) => boolean,
): Fields | undefined {
  if (!isFields(value)) return undefined;
  const order = keyOrder(value, keyPositions);
  if (order === UNKNOWN_KEY || !valid(value)) return undefined;
  return order === IN_ORDER ? value : inSchemaOrder(value, keys);
}

/** z.array(element).max(maxItems): the array itself when `read` returned every element as it was. */
function list(value: unknown, maxItems: number, read: (item: unknown) => unknown): unknown[] | undefined {
  if (!Array.isArray(value) || value.length > maxItems) return undefined;
  let copy: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const result = read(item);
    if (result === undefined) return undefined;
    if (result !== item && !copy) copy = value.slice(0, i);
    copy?.push(result);
  }
  return copy ?? value;
}

/** z.array(z.string().max(max)).max(maxItems). */
function isTextList(value: unknown, max: number, maxItems: number): boolean {
  if (!Array.isArray(value) || value.length > maxItems) return false;
  for (let i = 0; i < value.length; i++) if (!isText(value[i], max)) return false;
  return true;
}

/** z.array(idSchema).max(maxItems). */
function isIdList(value: unknown, maxItems: number): boolean {
  if (!Array.isArray(value) || value.length > maxItems) return false;
  for (let i = 0; i < value.length; i++) if (!isId(value[i])) return false;
  return true;
}

const review = (value: unknown) =>
  readObject(
    value,
    REVIEW_KEYS,
    REVIEW_POSITIONS,
    ({ rule, subject, reason }) => isText(rule, 60) && isText(subject, 300) && isText(reason, 300),
  );

const image = (value: unknown) =>
  readObject(
    value,
    IMAGE_KEYS,
    IMAGE_POSITIONS,
    ({ sha256, templateId }) => typeof sha256 === 'string' && SHA256_PATTERN.test(sha256) && isId(templateId),
  );

/** An optional engagement count: absent (or undefined) or within bounds. */
const isOptionalCount = (value: unknown) => value === undefined || isCount(value, ENGAGEMENT_MAX);

const engagement = (value: unknown) =>
  readObject(
    value,
    ENGAGEMENT_KEYS,
    ENGAGEMENT_POSITIONS,
    ({ likes, comments, shares, reach, readOn }) =>
      isOptionalCount(likes) &&
      isOptionalCount(comments) &&
      isOptionalCount(shares) &&
      isOptionalCount(reach) &&
      typeof readOn === 'string' &&
      DATE_PATTERN.test(readOn),
  );

/** An optional field (absent, or undefined as zod allows) read by `read`: its value, or undefined when refused. */
function optional(value: unknown, read: (value: unknown) => unknown): { value: unknown } | undefined {
  if (value === undefined) return { value };
  const result = read(value);
  return result === undefined ? undefined : { value: result };
}

/** One post, as reportPostSchema.parse would return it; undefined when that would fail. */
export function readReportPost(value: unknown): ReportPost | undefined {
  if (!isFields(value)) return undefined;
  const order = keyOrder(value, POST_POSITIONS);
  if (order === UNKNOWN_KEY) return undefined;
  const { id, publishedAt, templateId, postUrl, notes, contentType, theme } = value;
  if (
    !isText(id, 80, 8) ||
    typeof publishedAt !== 'string' ||
    !PUBLISHED_AT_PATTERN.test(publishedAt) ||
    !PLATFORM_SET.has(value.platform) ||
    !isText(value.account, 200) ||
    !isText(value.text, 70_000) ||
    !isTextList(value.hashtags, 200, 500) ||
    !isIdList(value.stageIds, 50) ||
    (templateId !== undefined && !isId(templateId)) ||
    !STATUS_SET.has(value.status) ||
    !SOURCE_SET.has(value.source) ||
    typeof value.compliant !== 'boolean' ||
    !isCount(value.errors) ||
    !isCount(value.warnings) ||
    (postUrl !== undefined && !isText(postUrl, 2000)) ||
    (notes !== undefined && !isText(notes, 5000)) ||
    (contentType !== undefined && !CONTENT_TYPE_SET.has(contentType)) ||
    (theme !== undefined && !THEME_SET.has(theme))
  )
    return undefined;
  const reviews = optional(value.reviews, (reviews) => list(reviews, 100, review));
  const read = optional(value.engagement, engagement);
  const images = optional(value.images, (images) => list(images, 20, image));
  if (!reviews || !read || !images) return undefined;
  // Every field was checked above against the schema's rules.
  if (
    order === IN_ORDER &&
    reviews.value === value.reviews &&
    read.value === value.engagement &&
    images.value === value.images
  )
    return value as unknown as ReportPost;
  const out = inSchemaOrder(value, REPORT_POST_KEYS);
  if (reviews.value !== undefined) out.reviews = reviews.value;
  if (read.value !== undefined) out.engagement = read.value;
  if (images.value !== undefined) out.images = images.value;
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
    // Each post was read by readReportPost.
    if (posts) return { success: true, data: { ...envelope.data, posts: posts as ReportPost[] } };
  }
  return weeklyReportSchema.safeParse(input);
}
