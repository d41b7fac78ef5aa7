import { MOVED_LINK_NOTE } from '../messages/fixed';
import { isPostLink, postLinkFrom, type PostRecord } from './schema';

/**
 * Brings a post record written by an older Pandu up to the current schema, keeping everything it held.
 *
 * Before database version 4 a post's link could be any https address; now only a link on facebook.com or
 * instagram.com is a post's link. An `fb.com` link becomes the `www.facebook.com` one it redirects to. An
 * older link on another host is not dropped: it moves into the notes,
 * marked, so the admin still sees it and the record validates. The new fields (content type, theme,
 * engagement) are optional: an old record simply has none until the admin fills them in.
 */
export function migratePostRecord<T extends Partial<PostRecord>>(record: T): T {
  if (record.postUrl === undefined || isPostLink(record.postUrl)) return record;
  const link = postLinkFrom(record.postUrl);
  if (link) return { ...record, postUrl: link };
  const { postUrl, ...rest } = record;
  const moved = `${MOVED_LINK_NOTE}: ${postUrl}`;
  const notes = rest.notes ? `${rest.notes}\n${moved}` : moved;
  return { ...rest, notes: notes.slice(0, 5000) } as T;
}
