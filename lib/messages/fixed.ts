/**
 * Words in one fixed language, on purpose: written into stored data, a post or a file whose readers expect
 * them as they are, whatever the admin's language. Everything else Pandu says is a catalogue message.
 */

/** Marks an older post link that is not a Facebook or Instagram link, moved into the post's notes (data outlives
 * the language setting, so both languages at once). */
export const MOVED_LINK_NOTE = 'Tautan lama / old link';

/**
 * The names KPU's documents use, in Indonesian whatever the admin's language: templates fill them into posts
 * (PPK Kecamatan Tahunan, Pemilihan Bupati dan Wakil Bupati Jepara), and reports name bodies by them.
 */
export const KPU_WORDS = {
  ppsShort: (desa: string) => `PPS ${desa}`.trim(),
  ppkShort: (kecamatan: string) => `PPK ${kecamatan}`.trim(),
  kpuShort: (kabupaten: string) => `KPU ${kabupaten}`.trim(),
  village: (type: string | undefined) => (type === 'kelurahan' ? 'Kelurahan' : 'Desa'),
  ppsBody: (village: string, desa: string) => `PPS ${village} ${desa}`,
  ppkBody: (kecamatan: string) => `PPK Kecamatan ${kecamatan}`,
  kpuBody: (kabupaten: string) => `KPU ${kabupaten}`,
  kecamatan: (kecamatan: string) => `Kecamatan ${kecamatan}`,
  mayorElection: (kota: string) => `Pemilihan Wali Kota dan Wakil Wali Kota ${kota}`,
  regentElection: (kabupaten: string) => `Pemilihan Bupati dan Wakil Bupati ${kabupaten}`,
  governorElection: (province: string) => `Pemilihan Gubernur dan Wakil Gubernur ${province}`,
};

/** The titles of the JSON Schema files KPU staff point their editors at (English, as schema tools show them). */
export const SCHEMA_TITLES = {
  calendar: 'Pandu stage calendar',
  pack: 'Pandu template pack',
  rules: 'Pandu guideline rules',
  profile: 'Pandu admin profile',
  report: 'Pandu weekly report',
};
