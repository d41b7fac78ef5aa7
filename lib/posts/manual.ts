import { tz } from '@date-fns/tz';
import { parseISO } from 'date-fns';
import { checkContextFor } from '../workspace/check-context';
import { check, type Finding, type ReviewAnswer } from '../guidelines';
import type { Platform } from '../platforms/platform';
import { buildPostRecord } from './record';
import type { PostRecord } from './schema';
import { workspaceNow, workspaceZone, type Workspace } from '../workspace';

export interface ManualPost {
  platform: Platform;
  account: string;
  /** `YYYY-MM-DDTHH:mm` from a datetime-local field, read in the profile's zone. */
  localDateTime: string;
  text: string;
  postUrl: string;
  /** Findings the admin answered while adding it. */
  reviews?: readonly ReviewAnswer[];
}

/** The instant of a local date-time in the workspace's zone; null when it is not one. */
export function instantOf(localDateTime: string, workspace: Workspace): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(localDateTime)) return null;
  const instant = parseISO(localDateTime, { in: tz(workspaceZone(workspace)) });
  return Number.isNaN(instant.getTime()) ? null : new Date(instant.getTime());
}

/** A post posted from a phone, added by hand: stages and checks as of its own publish time. */
export function manualPostRecord(
  post: ManualPost,
  workspace: Workspace,
  id: string = crypto.randomUUID(),
): PostRecord | null {
  const publishedAt = instantOf(post.localDateTime, workspace);
  if (!publishedAt || post.text.trim() === '') return null;
  return buildPostRecord(
    {
      id,
      platform: post.platform,
      text: post.text,
      account: post.account.trim() || null,
      hostUrl: '',
      status: 'published',
      source: 'manual',
      publishedAt,
      ...(post.postUrl.trim() ? { postUrl: post.postUrl.trim() } : {}),
      ...(post.reviews ? { reviews: post.reviews } : {}),
    },
    workspace,
    publishedAt,
  );
}

/**
 * What the checker says of a post being added by hand, exactly as its record will keep it: the stages of its
 * own time and the saved limits. Until a valid time is typed, the (possibly simulated) present stands in.
 */
export function manualPostFindings(
  post: Pick<ManualPost, 'platform' | 'localDateTime' | 'text'>,
  workspace: Workspace,
): Finding[] {
  if (post.text.trim() === '') return [];
  const at = instantOf(post.localDateTime, workspace) ?? workspaceNow(workspace);
  return check(post.text, checkContextFor(workspace, post.platform, at));
}
