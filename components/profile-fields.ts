import type { SidebarKey } from '@/lib/messages/sidebar';

/** The words for the profile's fields, shared by the settings form and the sidebar's "missing" notice. */
export const PROFILE_FIELD_LABELS: Record<string, SidebarKey> = {
  role: 'setup.role',
  province: 'setup.province',
  kabupaten: 'setup.kabupaten',
  kecamatan: 'setup.kecamatan',
  desa: 'setup.desa',
  timeZone: 'setup.timeZone',
};
