import type { Platform } from '../platforms/platform';
import { message } from '../messages/reference';
import type { Workspace } from '../workspace';
import { buildPostRecord } from './record';
import { postLinkFrom, postLinkMessageSchema, type PostLink, type PostRecord } from './schema';
import { allowedBy, PostStoreError, validDetectedPost } from './store';

/**
 * Where a published post comes from: Pandu's content script in a tab on one of the sites (the background
 * reads that from the message's sender, lib/background/sender.ts), or the practice page, which logs its own.
 */
export type PostSender = { kind: 'site'; platform: Platform; url: string } | { kind: 'practice'; url: string };

/** How long before now a detected post may say it was published: the content script retries for a while. */
export const MAX_DETECTED_POST_AGE_MS = 7 * 24 * 60 * 60 * 1000;

const notFromPandu = () => new PostStoreError(message('error.notFromPandu'));

/**
 * The one path of a published post into the log, for the background (posts the content script saw go out)
 * and the practice page. The post is parsed once; the sender must be on the site of the post's platform (or
 * be the practice page); the record is built once, with each field set once: checked here (what the checker
 * found never comes from a message), with the stages of the instant the post names (the simulated day in
 * training), the source `detected`, the sender's page address, a publish time between a week ago and now
 * (else now), and a link only when it is a post's link. Fields only the admin writes (notes, the bin) are
 * never taken from a message. Throws a PostStoreError naming what is wrong.
 */
export function acceptDetectedPost(
  raw: unknown,
  sender: PostSender | null,
  workspace: Workspace,
  now: number,
): PostRecord {
  const post = validDetectedPost(raw);
  if (!sender || (sender.kind === 'site' && sender.platform !== post.platform)) throw notFromPandu();
  const publishedAt = post.createdAt <= now && post.createdAt >= now - MAX_DETECTED_POST_AGE_MS ? post.createdAt : now;
  const postUrl = post.postUrl === undefined ? null : postLinkFrom(post.postUrl);
  return buildPostRecord(
    {
      id: post.id,
      platform: post.platform,
      text: post.text,
      account: post.account ?? null,
      hostUrl: sender.url,
      ...(post.templateId ? { templateId: post.templateId } : {}),
      status: sender.kind === 'practice' ? 'practice' : post.status === 'published' ? 'published' : 'unconfirmed',
      source: 'detected',
      publishedAt: new Date(publishedAt),
      ...(postUrl ? { postUrl } : {}),
      ...(post.reviews ? { reviews: post.reviews } : {}),
      ...(post.contentType ? { contentType: post.contentType } : {}),
      ...(post.images ? { images: post.images } : {}),
    },
    workspace,
    new Date(post.stagesAt ?? post.createdAt),
  );
}

/**
 * A link the content script found on the page after the post went out ("View post"): parsed, from a tab on
 * one of the sites (whose platform the post must have), and a post's link; null when the address is none.
 */
export function acceptPostLink(raw: unknown, sender: PostSender | null): PostLink | null {
  const link = allowedBy(postLinkMessageSchema, raw, 'error.linkNotLogged');
  if (sender?.kind !== 'site') throw notFromPandu();
  const postUrl = postLinkFrom(link.postUrl);
  return postUrl ? { id: link.id, platform: sender.platform, postUrl } : null;
}
