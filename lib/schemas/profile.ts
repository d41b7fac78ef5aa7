import { z } from 'zod';
import { shortText, timeZoneSchema } from './common';
import { message } from '../messages/reference';
import { customIssue } from './refine';

export const ROLES = ['ppk', 'pps', 'kpu'] as const;

export const profileSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    /** PPK (per kecamatan), PPS (per desa), or KPU Kabupaten/Kota staff. */
    role: z.enum(ROLES),
    province: shortText(100),
    kabupaten: shortText(100),
    kecamatan: shortText(100).optional(),
    desa: shortText(100).optional(),
    accounts: z.strictObject({
      facebook: shortText(100).optional(),
      instagram: shortText(100).optional(),
    }),
    timeZone: timeZoneSchema,
    language: z.enum(['id', 'en']),
    /** A PPS serves a desa or a kelurahan: its posts and {{badan}} say which. */
    villageType: z.enum(['desa', 'kelurahan']).optional(),
    /** The body's contact number (WhatsApp), its service place and hours: filled once, used in templates. */
    contact: shortText(60).optional(),
    servicePlace: shortText(200).optional(),
    serviceHours: shortText(120).optional(),
  })
  .superRefine((profile, context) => {
    if (profile.role !== 'kpu' && !profile.kecamatan)
      customIssue(context, ['kecamatan'], message('problem.kecamatanRequired'));
    if (profile.role === 'pps' && !profile.desa) customIssue(context, ['desa'], message('problem.desaRequired'));
  });

export type Profile = z.infer<typeof profileSchema>;
