import type { Platform } from './platform';

// The type itself is defined once, in lib/platforms/platform.ts; many modules still name it from here.
export type { Platform } from './platform';
import { facebook } from './facebook';
import { instagram } from './instagram';
import type { SiteAdapter } from './types';

/** Host knowledge lives here and in the per-site adapters, nowhere else. */
export const ADAPTERS: Record<Platform, SiteAdapter> = { facebook, instagram };

/** Content-script match patterns: every Facebook subdomain (www, web, m, business) and Instagram's site. */
export const CONTENT_SCRIPT_MATCHES = ['*://*.facebook.com/*', '*://www.instagram.com/*'];

export function platformForHost(hostname: string): Platform | null {
  const host = hostname.toLowerCase();
  if (host === 'facebook.com' || host.endsWith('.facebook.com')) return 'facebook';
  if (host === 'www.instagram.com') return 'instagram';
  return null;
}
