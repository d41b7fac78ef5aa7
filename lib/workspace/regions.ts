import provincesJson from '@/assets/data/provinces.json';
import { z } from 'zod';
import { isMessageRef, type MessageRef } from '../messages/format';
import { message } from '../messages/reference';
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

/** The profile fields still missing or wrong, by field. Empty when the profile is complete. */
export function profileProblems(profile: Partial<Profile>): { field: string; message: MessageRef }[] {
  const parsed = profileSchema.safeParse({ schemaVersion: 1, accounts: {}, language: 'id', ...profile });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const said = ('params' in issue ? (issue.params as { message?: unknown } | undefined) : undefined)?.message;
    const missing = issue.code === 'invalid_type' || (issue.code === 'too_small' && issue.origin === 'string');
    return {
      field,
      message: isMessageRef(said) ? said : message(missing ? 'problem.required' : 'problem.notValid'),
    };
  });
}
