import provincesJson from '@/assets/data/provinces.json';
import { z } from 'zod';
import { profileSchema, timeZoneSchema, type Profile, type TimeZone } from '../schemas';

const provincesSchema = z.strictObject({
  source: z.string(),
  provinces: z.array(z.strictObject({ name: z.string().min(1), timeZone: timeZoneSchema })).min(1),
});

/** Indonesia's provinces with their zone (WIB, WITA, WIT): data in assets/, so a new province needs no release. */
export const PROVINCES = provincesSchema.parse(provincesJson).provinces;

export function zoneOfProvince(province: string): TimeZone | undefined {
  return PROVINCES.find((entry) => entry.name === province)?.timeZone;
}

/** The profile fields still missing or wrong, by field, in both languages. Empty when the profile is complete. */
export function profileProblems(profile: Partial<Profile>): { field: string; id: string; en: string }[] {
  const parsed = profileSchema.safeParse({ schemaVersion: 1, accounts: {}, language: 'id', ...profile });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const params = ('params' in issue ? issue.params : undefined) as { id?: string; en?: string } | undefined;
    const missing = issue.code === 'invalid_type' || (issue.code === 'too_small' && issue.origin === 'string');
    return {
      field,
      id: params?.id ?? (missing ? 'wajib diisi' : 'tidak sah'),
      en: params?.en ?? (missing ? 'is required' : 'is not valid'),
    };
  });
}
