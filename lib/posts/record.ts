import { checkContextFor } from '../workspace/check-context';
import { check, matchReviews, type ReviewAnswer } from '../guidelines';
import type { Finding } from '../guidelines/types';
import { extractHashtags, tagKey } from '../hashtags';
import type { Platform } from '../platforms/platform';
import type { ContentType, FindingsSummary, PostImage, PostRecord } from './schema';
import type { Workspace } from '../workspace';

export function summariseFindings(findings: readonly Finding[]): FindingsSummary {
  return {
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    infos: findings.filter((finding) => finding.severity === 'info').length,
    rules: [...new Set(findings.map((finding) => finding.rule))],
  };
}

export interface PublishedPost {
  id: string;
  platform: Platform;
  text: string;
  account: string | null;
  hostUrl: string;
  templateId?: string;
  status: PostRecord['status'];
  /** Detected on a site or the practice page (the default), or added by hand. */
  source?: PostRecord['source'];
  /** When the admin published (the real clock: a simulated date changes stages, not the log's times). */
  publishedAt: Date;
  /** The post's link, already through `postLinkFrom`. */
  postUrl?: string;
  /** Findings the admin answered in the sidebar ("Sudah saya periksa"). */
  reviews?: readonly ReviewAnswer[];
  /** What the composer's attachments showed (`contentTypeFromAttachments`); absent: the admin chooses. */
  contentType?: ContentType;
  /** The approved images that went out with it (issue 15). */
  images?: readonly PostImage[];
}

/** The answers that match a finding of the post, as the record keeps them (none: no field). */
function reviewsOf(findings: readonly Finding[], post: PublishedPost): Pick<PostRecord, 'reviews'> {
  const reviews = matchReviews(findings, post.text, post.reviews ?? []);
  return reviews.length > 0 ? { reviews } : {};
}

/**
 * The log entry for a post: its hashtags, the stages active on the (possibly simulated) day, and what
 * the checker said at that moment. Every field of a new record is set here, once: its source, and its
 * publish time as both `createdAt` and `updatedAt` (a record nobody has edited yet).
 */
export function buildPostRecord(post: PublishedPost, workspace: Workspace, now: Date): PostRecord {
  const context = checkContextFor(workspace, post.platform, now);
  const stageIds = [...context.stageIds];
  const findings = check(post.text, context);
  const seen = new Set<string>();
  const hashtags = extractHashtags(post.text)
    .map((match) => match.tag)
    .filter((tag) => !seen.has(tagKey(tag)) && seen.add(tagKey(tag)));
  const account = post.account ?? workspace.profile.accounts?.[post.platform] ?? '';
  // The theme comes from the template the post was written from (the admin may correct it on the log page).
  const theme = post.templateId
    ? workspace.pack.templates.find((template) => template.id === post.templateId)?.theme
    : undefined;
  return {
    id: post.id,
    platform: post.platform,
    account,
    hostUrl: post.hostUrl,
    text: post.text,
    hashtags,
    stageIds,
    ...(post.templateId ? { templateId: post.templateId } : {}),
    ...(theme ? { theme } : {}),
    ...(post.contentType ? { contentType: post.contentType } : {}),
    findings: summariseFindings(findings),
    ...reviewsOf(findings, post),
    ...(post.images && post.images.length > 0 ? { images: [...post.images] } : {}),
    ...(post.postUrl ? { postUrl: post.postUrl } : {}),
    status: post.status,
    source: post.source ?? 'detected',
    createdAt: post.publishedAt.getTime(),
    updatedAt: post.publishedAt.getTime(),
  };
}
