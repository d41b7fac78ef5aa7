import { z } from 'zod';
import { PLATFORMS } from '../platforms/platform';

/** Ids are what files refer to each other by: short, lowercase, stable (`pengumuman-dps`). */
export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
export const idSchema = z.string().regex(ID_PATTERN);

/** A whole local day, `YYYY-MM-DD`, read in the region's time zone. */
export const dateSchema = z.iso.date();

/** Indonesia's three zones: WIB, WITA, WIT. */
export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export const timeZoneSchema = z.enum(TIME_ZONES);
export type TimeZone = z.infer<typeof timeZoneSchema>;

export const TIME_ZONE_NAMES: Record<TimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export { PLATFORMS };
export const platformSchema = z.enum(PLATFORMS);

/** A hashtag as written in data: `#TemanPemilih`, or with a profile placeholder: `#PPK{{kecamatan}}`. */
export const HASHTAG_TEMPLATE_PATTERN = /^#(?:[\p{L}\p{M}\p{Nd}_]|\{\{[a-z_]+\}\})+$/u;
export const hashtagTemplateSchema = z.string().regex(HASHTAG_TEMPLATE_PATTERN);

/** Lets a file name its JSON Schema so editors validate it as it is typed. */
export const schemaLinkSchema = z.string().optional();

export const shortText = (max: number) => z.string().trim().min(1).max(max);
