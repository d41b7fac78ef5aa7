import { catalogue, plural, type Message } from './format';

/**
 * The sidebar's messages: everything the content script shows and nothing else, because this catalogue
 * ships inside every facebook.com and instagram.com page Pandu runs on (keep it small).
 * Indonesian defines the keys; English is typed against them. See docs/ARCHITECTURE.md, "Adding a message".
 */
const id = {
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
  'checks.heading': 'Pemeriksaan',
  'checks.none': 'Tidak ada masalah.',
  'checks.checking': 'Memeriksa teks…',
  'status.checkFailed': 'Pandu belum dapat memeriksa teks ini. Ketik lagi, atau muat ulang halaman bila tetap begini.',
  'checks.characters': '{count} dari {limit} karakter',
  'checks.hashtags': '{count} dari {limit} tagar',
  'checks.hashtagsNoLimit': '{count} tagar',
  'severity.error': 'Galat',
  'severity.warning': 'Peringatan',
  'severity.info': 'Info',
  'setup.role': 'Peran',
  'setup.province': 'Provinsi',
  'setup.kabupaten': 'Kabupaten/Kota',
  'setup.kecamatan': 'Kecamatan',
  'setup.desa': 'Desa/Kelurahan',
  'setup.timeZone': 'Zona waktu',
  'sidebar.profileMissing': 'Profil belum lengkap, jadi templat belum bisa diisi dengan benar. Belum diisi: {fields}.',
  'sidebar.openSettings': 'Lengkapi profil di pengaturan',
  'packUpdate.notice':
    'Ada paket templat baru dari {issuer} (versi {version}). Tinjau perubahannya di pengaturan sebelum dipakai.',
  'packUpdate.review': 'Tinjau paket baru',
  'drafts.marker': 'DRAF — belum disetujui KPU',
  'drafts.heading': 'Draf saya (belum disetujui)',
  'drafts.insert': 'Sisipkan draf',
  'review.button': 'Sudah saya periksa',
  'review.reason': 'Alasan singkat',
  'review.save': 'Simpan alasan',
  'review.cancel': 'Batal',
  'review.done': 'Sudah diperiksa: {reason}',
  'review.withdraw': 'Tarik kembali',
  'review.empty': 'Tulis alasan singkat dulu.',
  'review.hint': 'Temuan tetap tercatat; alasannya masuk catatan dan laporan mingguan.',
  'templates.tagsLeftOut': 'Tidak dimuat karena batas {limit} tagar Instagram: {tags}',
  // Composer flows, the outbox and keyboard access (issue 10).
  'status.pendingOne':
    'Satu postingan belum masuk catatan: Pandu menyimpannya di perangkat dan mencoba lagi. ({error})',
  'status.pendingMany':
    '{count} postingan belum masuk catatan: Pandu menyimpannya di perangkat dan mencoba lagi. ({error})',
  'sidebar.keyboard': 'Alt+Shift+P: pindah ke Pandu dari mana saja. Esc: kembali ke postingan.',
  // Approved images (issue 15).
  'status.imagesAttached': 'Templat dan {count} gambar disisipkan.',
  'status.imageClipboard':
    'Keterangan disisipkan. Gambar sudah disalin: klik kotak postingan lalu tekan Ctrl+V untuk melampirkannya.',
  'status.imageFailed':
    'Keterangan disisipkan, tetapi gambar tidak bisa dilampirkan maupun disalin. Lampirkan gambarnya sendiri.',
  'status.imageMissing':
    'Gambar templat ini tidak ada di Pandu. Impor lagi paket .zip dari KPU Kabupaten di Pengaturan.',
  'status.captionWaits':
    'Gambar dilampirkan. Keterangan disisipkan sendiri begitu langkah keterangan terbuka (klik Berikutnya).',
  'status.captionInserted': 'Keterangan templat disisipkan.',
} as const satisfies Record<string, Message>;

export type SidebarKey = keyof typeof id;

const en: Record<SidebarKey, Message> = {
  'sidebar.landmark': 'Pandu',
  'sidebar.open': 'Open Pandu',
  'sidebar.close': 'Collapse Pandu',
  'sidebar.simulated': 'Simulated date: {date}',
  'sidebar.practice': 'Practice: nothing is really posted.',
  'stage.heading': 'Stage',
  'stage.daysLeft': plural('days', { one: '{days} day left', other: '{days} days left' }),
  'stage.lastDay': 'last day',
  'stage.none': 'No stage is running.',
  'stage.next': plural('days', {
    one: 'Next: {name}, from {date} (in {days} day).',
    other: 'Next: {name}, from {date} (in {days} days).',
  }),
  'stage.noNext': 'No further stage in this calendar.',
  'templates.heading': 'Templates',
  'templates.none': 'No template for this stage and platform.',
  'templates.insert': 'Insert',
  'templates.upcoming': plural('days', {
    one: 'For a stage starting soon (in {days} day)',
    other: 'For a stage starting soon (in {days} days)',
  }),
  'templates.preview': 'Preview',
  'templates.ask': 'Fill these in before inserting:',
  'templates.cancel': 'Cancel',
  'templates.unknown': 'This template has placeholders Pandu does not know: {names}. Tell KPU Kabupaten.',
  'status.inserted': 'Template inserted.',
  'status.fixed': 'Fix applied.',
  'status.clipboard': 'The text could not be inserted directly, so it was copied. Click the post box and press Ctrl+V.',
  'status.failed': 'The text could be neither inserted nor copied. Copy it from the preview by hand.',
  'status.logged': 'Post logged for the weekly report.',
  'checks.heading': 'Checks',
  'checks.none': 'No problems found.',
  'checks.checking': 'Checking the text…',
  'status.checkFailed': 'Pandu could not check this text yet. Type again, or reload the page if it stays this way.',
  'checks.characters': plural('limit', { one: '{count} of {limit} character', other: '{count} of {limit} characters' }),
  'checks.hashtags': plural('limit', { one: '{count} of {limit} hashtag', other: '{count} of {limit} hashtags' }),
  'checks.hashtagsNoLimit': plural('count', { one: '{count} hashtag', other: '{count} hashtags' }),
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'setup.role': 'Role',
  'setup.province': 'Province',
  'setup.kabupaten': 'Kabupaten/Kota',
  'setup.kecamatan': 'Kecamatan',
  'setup.desa': 'Desa/Kelurahan',
  'setup.timeZone': 'Time zone',
  'sidebar.profileMissing':
    'The profile is incomplete, so templates cannot be filled in correctly yet. Missing: {fields}.',
  'sidebar.openSettings': 'Complete the profile in settings',
  'packUpdate.notice':
    'There is a new template pack from {issuer} (version {version}). Review its changes in settings before it is used.',
  'packUpdate.review': 'Review the new pack',
  'drafts.marker': 'DRAFT — not approved by KPU',
  'drafts.heading': 'My drafts (not approved)',
  'drafts.insert': 'Insert draft',
  'review.button': 'I have checked this',
  'review.reason': 'Short reason',
  'review.save': 'Save the reason',
  'review.cancel': 'Cancel',
  'review.done': 'Checked: {reason}',
  'review.withdraw': 'Withdraw',
  'review.empty': 'Write a short reason first.',
  'review.hint': 'The finding stays listed; the reason goes into the log and the weekly report.',
  'templates.tagsLeftOut': plural('limit', {
    one: "Left out for Instagram's limit of {limit} hashtag: {tags}",
    other: "Left out for Instagram's limit of {limit} hashtags: {tags}",
  }),
  // Composer flows, the outbox and keyboard access (issue 10).
  'status.pendingOne': 'One post is not in the log yet: Pandu keeps it on this device and tries again. ({error})',
  'status.pendingMany': plural('count', {
    one: '{count} post is not in the log yet: Pandu keeps it on this device and tries again. ({error})',
    other: '{count} posts are not in the log yet: Pandu keeps them on this device and tries again. ({error})',
  }),
  'sidebar.keyboard': 'Alt+Shift+P: go to Pandu from anywhere. Esc: back to your post.',
  // Approved images (issue 15).
  'status.imagesAttached': plural('count', {
    one: 'Template and {count} image inserted.',
    other: 'Template and {count} images inserted.',
  }),
  'status.imageClipboard': 'Caption inserted. The image is copied: click the post box and press Ctrl+V to attach it.',
  'status.imageFailed': 'Caption inserted, but the image could neither be attached nor copied. Attach it yourself.',
  'status.imageMissing': 'This template’s image is not in Pandu. Import KPU Kabupaten’s .zip pack again in Settings.',
  'status.captionWaits': 'Image attached. The caption goes in by itself once the caption step opens (click Next).',
  'status.captionInserted': 'Template caption inserted.',
};

export const SIDEBAR_MESSAGES = catalogue<SidebarKey>(id, en);
