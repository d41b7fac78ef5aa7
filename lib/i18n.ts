/**
 * Every user-facing string, in Bahasa Indonesia (the default) and English. The English table is typed
 * against the Indonesian one, so a key missing in either language fails the typecheck.
 */
export type Language = 'id' | 'en';
export const LANGUAGES: readonly Language[] = ['id', 'en'];
export const DEFAULT_LANGUAGE: Language = 'id';

const id = {
  'app.name': 'Pandu',
  'app.tagline': 'Pendamping media sosial PPK dan PPS',
  'sidebar.landmark': 'Pandu',
  'sidebar.open': 'Buka Pandu',
  'sidebar.close': 'Ciutkan Pandu',
  'sidebar.activeOn': 'Pandu aktif di {platform}.',
  'sidebar.hint': 'Buka jendela pembuatan postingan untuk memakai templat yang disetujui.',
  'platform.facebook': 'Facebook',
  'platform.instagram': 'Instagram',
  'options.title': 'Pengaturan Pandu',
  'options.about': 'Tentang Pandu',
  'options.version': 'Versi {version}',
  'options.privacy':
    'Pandu menyimpan semua data di perangkat ini. Tidak ada yang dikirim ke luar, kecuali berkas yang Anda ekspor sendiri.',
  'options.permissions': 'Izin yang dipakai: penyimpanan, serta akses ke facebook.com dan instagram.com.',
  'options.backgroundError': 'Bagian latar Pandu tidak menjawab: {error}',
} as const;

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  'app.name': 'Pandu',
  'app.tagline': 'Social-media companion for PPK and PPS',
  'sidebar.landmark': 'Pandu',
  'sidebar.open': 'Open Pandu',
  'sidebar.close': 'Collapse Pandu',
  'sidebar.activeOn': 'Pandu is active on {platform}.',
  'sidebar.hint': 'Open the post composer to use the approved templates.',
  'platform.facebook': 'Facebook',
  'platform.instagram': 'Instagram',
  'options.title': 'Pandu settings',
  'options.about': 'About Pandu',
  'options.version': 'Version {version}',
  'options.privacy': 'Pandu keeps all its data on this device. Nothing leaves it except the files you export yourself.',
  'options.permissions': 'Permissions used: storage, and access to facebook.com and instagram.com.',
  'options.backgroundError': 'Pandu’s background part did not answer: {error}',
};

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { id, en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Returns a translator for one language; `{name}` in a message is replaced by `values.name`. */
export function translator(language: Language): Translate {
  const table = MESSAGES[language];
  return (key, values) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
}
