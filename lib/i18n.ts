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
  'sidebar.simulated': 'Tanggal simulasi: {date}',
  'sidebar.practice': 'Latihan: tidak ada yang benar-benar diposting.',
  'stage.heading': 'Tahapan',
  'stage.daysLeft': '{days} hari lagi',
  'stage.lastDay': 'hari terakhir',
  'stage.none': 'Tidak ada tahapan yang sedang berjalan.',
  'stage.next': 'Berikutnya: {name}, mulai {date} ({days} hari lagi).',
  'stage.noNext': 'Tidak ada tahapan berikutnya di kalender ini.',
  'templates.heading': 'Templat',
  'templates.none': 'Tidak ada templat untuk tahapan ini dan platform ini.',
  'templates.insert': 'Sisipkan',
  'templates.upcoming': 'Untuk tahapan yang segera dimulai ({days} hari lagi)',
  'templates.preview': 'Pratinjau',
  'templates.ask': 'Lengkapi isian ini sebelum menyisipkan:',
  'templates.cancel': 'Batal',
  'templates.unknown': 'Templat ini memuat isian yang tidak dikenal Pandu: {names}. Laporkan ke KPU Kabupaten.',
  'status.inserted': 'Templat disisipkan.',
  'status.fixed': 'Perbaikan diterapkan.',
  'status.clipboard':
    'Teks tidak bisa disisipkan langsung, jadi sudah disalin. Klik kotak postingan lalu tekan Ctrl+V.',
  'status.failed': 'Teks tidak bisa disisipkan maupun disalin. Salin teks dari pratinjau secara manual.',
  'status.logged': 'Postingan dicatat untuk laporan mingguan.',
  'status.logFailed': 'Postingan tidak bisa dicatat: {error}',
  'checks.heading': 'Pemeriksaan',
  'checks.none': 'Tidak ada masalah.',
  'checks.characters': '{count} dari {limit} karakter',
  'checks.hashtags': '{count} dari {limit} tagar',
  'checks.hashtagsNoLimit': '{count} tagar',
  'severity.error': 'Galat',
  'severity.warning': 'Peringatan',
  'severity.info': 'Info',
  'practice.title': 'Latihan menulis postingan',
  'practice.intro':
    'Coba templat dan pemeriksaan Pandu tanpa memposting apa pun. Postingan latihan dicatat sebagai latihan dan tidak masuk laporan mingguan.',
  'practice.platform': 'Platform latihan',
  'practice.simulatedDate': 'Tanggal simulasi',
  'practice.simulatedHint': 'Kosongkan untuk memakai tanggal hari ini.',
  'practice.composerFacebook': 'Apa yang Anda pikirkan, {name}?',
  'practice.composerInstagram': 'Tulis keterangan...',
  'practice.dialogFacebook': 'Buat postingan',
  'practice.dialogInstagram': 'Buat postingan baru',
  'practice.post': 'Posting',
  'practice.share': 'Bagikan',
  'practice.feed': 'Postingan latihan',
  'practice.feedEmpty': 'Belum ada postingan latihan.',
  'practice.defaultName': 'Admin',
  'practice.logged': 'Postingan latihan dicatat sebagai latihan; tidak masuk laporan mingguan.',
  'practice.loading': 'Memuat Pandu…',
  'practice.loadFailed': 'Pandu tidak bisa dimuat: {error}',
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
  'sidebar.simulated': 'Simulated date: {date}',
  'sidebar.practice': 'Practice: nothing is really posted.',
  'stage.heading': 'Stage',
  'stage.daysLeft': '{days} days left',
  'stage.lastDay': 'last day',
  'stage.none': 'No stage is running.',
  'stage.next': 'Next: {name}, from {date} (in {days} days).',
  'stage.noNext': 'No further stage in this calendar.',
  'templates.heading': 'Templates',
  'templates.none': 'No template for this stage and platform.',
  'templates.insert': 'Insert',
  'templates.upcoming': 'For a stage starting soon (in {days} days)',
  'templates.preview': 'Preview',
  'templates.ask': 'Fill these in before inserting:',
  'templates.cancel': 'Cancel',
  'templates.unknown': 'This template has placeholders Pandu does not know: {names}. Tell KPU Kabupaten.',
  'status.inserted': 'Template inserted.',
  'status.fixed': 'Fix applied.',
  'status.clipboard': 'The text could not be inserted directly, so it was copied. Click the post box and press Ctrl+V.',
  'status.failed': 'The text could be neither inserted nor copied. Copy it from the preview by hand.',
  'status.logged': 'Post logged for the weekly report.',
  'status.logFailed': 'The post could not be logged: {error}',
  'checks.heading': 'Checks',
  'checks.none': 'No problems found.',
  'checks.characters': '{count} of {limit} characters',
  'checks.hashtags': '{count} of {limit} hashtags',
  'checks.hashtagsNoLimit': '{count} hashtags',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'practice.title': 'Practise writing a post',
  'practice.intro':
    'Try Pandu’s templates and checks without posting anything. Practice posts are logged as practice and kept out of weekly reports.',
  'practice.platform': 'Practice platform',
  'practice.simulatedDate': 'Simulated date',
  'practice.simulatedHint': 'Leave empty to use today’s date.',
  'practice.composerFacebook': 'What’s on your mind, {name}?',
  'practice.composerInstagram': 'Write a caption...',
  'practice.dialogFacebook': 'Create post',
  'practice.dialogInstagram': 'Create new post',
  'practice.post': 'Post',
  'practice.share': 'Share',
  'practice.feed': 'Practice posts',
  'practice.feedEmpty': 'No practice posts yet.',
  'practice.defaultName': 'Admin',
  'practice.logged': 'Practice post logged as practice; it stays out of weekly reports.',
  'practice.loading': 'Loading Pandu…',
  'practice.loadFailed': 'Pandu could not load: {error}',
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
