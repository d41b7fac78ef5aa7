/**
 * The sites Pandu works on: the one list that schemas, adapters and pages take them from. Plain data with
 * no site knowledge, so the domain (checker, log, templates) can name a platform without importing the
 * code that reads the sites' pages.
 */
export const PLATFORMS = ['facebook', 'instagram'] as const;
export type Platform = (typeof PLATFORMS)[number];
