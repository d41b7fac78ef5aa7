/**
 * The sites' hosts, as plain predicates with no DOM, so the schemas can accept a post's link without knowing
 * the sites themselves (only lib/platforms/ names them; see docs/ARCHITECTURE.md).
 */

/** Hosts a post's link may be on: Facebook's and Instagram's own (www., m., web., business. …). */
export function isPostLinkHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return ['facebook.com', 'instagram.com'].some((site) => host === site || host.endsWith(`.${site}`));
}

/** Facebook's short host `fb.com`, which redirects to www.facebook.com, path and all. */
export const FACEBOOK_SHORT_HOST = /^(www\.)?fb\.com\.?$/i;
export const FACEBOOK_HOST = 'www.facebook.com';
