import type { MessageKey } from '@/lib/i18n';

/** The words for the profile's fields, shared by the settings form and the sidebar's "missing" notice. */
export const PROFILE_FIELD_LABELS: Record<string, MessageKey> = {
  role: 'setup.role',
  province: 'setup.province',
  kabupaten: 'setup.kabupaten',
  kecamatan: 'setup.kecamatan',
  desa: 'setup.desa',
  timeZone: 'setup.timeZone',
};
