import { catalogue, type Message } from './format';

/**
 * Pandu's privacy statement (lib/privacy.ts), for the Privacy page, the stores' privacy.html and the store
 * listing. A button or field it names is the page's own message, quoted (`{address}` and the like), so the
 * statement names it exactly. Indonesian defines the keys; English is typed against them.
 */
const id = {
  'privacy.pack.name': 'Paket templat di alamat yang Anda berikan',
  'privacy.pack.purpose': 'membaca paket templat di alamat https yang diberikan admin',
  'privacy.pack.what':
    'Pandu membaca paket templat yang diterbitkan KPU Kabupaten di sebuah alamat https, yang Anda ketik di Pengaturan pada "{address}".',
  'privacy.pack.whenFetch': 'Saat Anda mengeklik "{fetch}".',
  'privacy.pack.whenDaily':
    'Sesudah itu, sekitar sekali sehari selama "{daily}" dicentang: saat peramban dibuka, atau saat sidebar atau halaman Pandu dibuka dan pemeriksaan terakhir sudah lebih dari 24 jam yang lalu.',
  'privacy.pack.whenNever': 'Tidak pernah bila tidak ada alamat; "{forget}" menghentikannya.',
  'privacy.pack.sends':
    'Permintaan GET biasa ke alamat itu saja, tanpa cookie dan tanpa data tentang Anda. Seperti setiap permintaan web, server itu dapat melihat alamat IP dan nama peramban Anda.',
  'privacy.pack.permission':
    'Pandu mula-mula membaca tanpa izin tambahan. Bila server tidak mengizinkannya, Pengaturan menawarkan tombol untuk mengizinkan Pandu membaca dari situs itu saja, lalu peramban meminta persetujuan Anda. Izin itu tidak pernah diberikan saat pemasangan.',
  'privacy.images.name': 'Gambar yang disebut paket templat',
  'privacy.images.purpose':
    'mengunduh gambar yang disetujui KPU Kabupaten di alamat https yang disebut paket, dicocokkan dengan SHA-256-nya',
  'privacy.images.what':
    'Sebuah paket boleh menyebut gambarnya dengan alamat https di situs KPU Kabupaten, masing-masing dengan sidik SHA-256. Pandu mengunduh gambar itu saat Anda mengimpor paketnya ("{importPack}" atau paket dari alamat), lalu menolaknya bila sidiknya tidak cocok.',
  'privacy.images.whenImport':
    'Sekali, saat paket diimpor, untuk gambar yang belum dipegang Pandu. Gambar yang sudah diunduh disimpan di perangkat ini dan tidak diunduh lagi.',
  'privacy.images.whenZip': 'Tidak pernah untuk paket yang gambarnya ada di dalam berkas .zip.',
  'privacy.images.sends':
    'Permintaan GET biasa ke alamat gambar itu saja, tanpa cookie dan tanpa data tentang Anda. Seperti setiap permintaan web, server itu dapat melihat alamat IP dan nama peramban Anda.',
  'privacy.images.permission':
    'Pandu mula-mula mengunduh tanpa izin tambahan. Bila server tidak mengizinkannya, Pengaturan menawarkan tombol "{allowImages}" untuk situs gambar itu saja, lalu peramban meminta persetujuan Anda. Izin itu tidak pernah diberikan saat pemasangan.',
  'privacy.stored.profile': 'Profil Anda',
  'privacy.stored.profileText':
    'badan tempat Anda bertugas (PPK, PPS, atau KPU), provinsi, kabupaten/kota, kecamatan dan desanya, nama akun Facebook dan Instagram-nya, zona waktunya, dan bahasa Anda.',
  'privacy.stored.settings': 'Pengaturan Anda',
  'privacy.stored.settingsText':
    'tanggal simulasi untuk latihan, pemisah CSV, batas tagar Instagram, dan apakah postingan latihan ikut dihitung dalam laporan.',
  'privacy.stored.kpuData': 'Data dari KPU Kabupaten',
  'privacy.stored.kpuDataText':
    'paket templat, kalender tahapan, dan aturan pedoman yang Anda impor atau susun, draf Anda, serta yang sedang Anda susun di halaman penyusunan.',
  'privacy.stored.address': 'Alamat paket',
  'privacy.stored.addressText':
    'jika Anda memberikannya: alamat itu, kapan Pandu terakhir memeriksanya, kendala yang ditemui, dan paket baru yang menunggu tinjauan Anda.',
  'privacy.stored.log': 'Catatan posting',
  'privacy.stored.logText':
    'untuk setiap postingan yang Anda terbitkan saat sidebar Pandu terbuka, dan setiap postingan yang Anda tambahkan sendiri: teksnya, tagar, platform, nama akun, alamat halaman tempat postingan dibuat, tahapan pada hari itu, hasil pemeriksaan, status dan waktunya, serta tautan dan catatan yang Anda tambahkan.',
  'privacy.permission.storage': 'Penyimpanan (storage)',
  'privacy.permission.storageText': 'untuk menyimpan hal-hal di atas di perangkat Anda.',
  'privacy.permission.sites': 'facebook.com dan instagram.com',
  'privacy.permission.sitesText':
    'untuk menampilkan sidebar di samping kotak pembuat postingan dan mencatat yang Anda terbitkan.',
  'privacy.permission.https': 'Membaca dari situs https (opsional)',
  'privacy.permission.httpsText':
    'diminta untuk satu situs setiap kali, hanya untuk permintaan jaringan di atas, dan hanya saat Anda mengeklik tombolnya.',
  'privacy.title': 'Pandu dan privasi Anda',
  'privacy.lead':
    'Pandu bekerja di perangkat Anda: tanpa server, tanpa akun, dan tanpa memuat kode dari internet. Pernyataan ini berlaku untuk Pandu versi {version}.',
  'privacy.storedHeading': 'Apa yang disimpan Pandu, dan di mana',
  'privacy.storedIntro': 'Semua yang disimpan Pandu tetap ada di peramban ini, di perangkat ini:',
  'privacy.storedWhere':
    'Profil, pengaturan, data, dan alamat paket ada di penyimpanan milik ekstensi sendiri (storage.local). Catatan posting ada di basis data milik ekstensi sendiri (IndexedDB), bukan di penyimpanan facebook.com atau instagram.com: halaman mereka tidak bisa membacanya, dan menghapus data situs mereka tidak menghapusnya. Menghapus Pandu dari peramban menghapus semuanya; ekspor cadangan dari catatan posting lebih dulu bila ingin menyimpannya.',
  'privacy.readHeading': 'Apa yang dibaca Pandu di Facebook dan Instagram',
  'privacy.read':
    'Pandu hanya berjalan di facebook.com dan instagram.com. Selama kotak pembuat postingan terbuka, Pandu membaca teks yang Anda tulis, nama akun yang memposting, dan alamat halamannya, serta mengetahui saat Anda menerbitkan. Pandu tidak membaca beranda, pesan, komentar, teman, atau pengikut Anda.',
  'privacy.sentHeading': 'Tidak ada yang dikirim',
  'privacy.sent':
    'Pandu tidak mengirim apa pun tentang Anda atau postingan Anda ke mana pun: tanpa analitik, tanpa laporan galat, tanpa iklan, dan tanpa menjual atau membagikan data. Satu-satunya data yang keluar dari perangkat adalah berkas yang Anda ekspor sendiri (laporan mingguan sebagai XLSX, CSV, JSON, atau cetakan; cadangan; paket, aturan, atau kalender), dan Anda yang menentukan kepada siapa berkas itu diberikan.',
  'privacy.requestsHeading': 'Permintaan jaringan',
  'privacy.requestsIntro':
    'Pandu membuat permintaan jaringan hanya untuk yang tercantum di sini, tidak pernah dengan cookie Anda dan tidak pernah dengan data Anda.',
  'privacy.when': 'Kapan:',
  'privacy.permissionsHeading': 'Izin yang dipakai',
} as const satisfies Record<string, Message>;

export type PrivacyKey = keyof typeof id;

const en: Record<PrivacyKey, Message> = {
  'privacy.pack.name': 'The template pack at the address you give',
  'privacy.pack.purpose': 'reading the template pack at the https address the admin gives',
  'privacy.pack.what':
    'Pandu reads the template pack KPU Kabupaten publishes at an https address, which you type in Settings under "{address}".',
  'privacy.pack.whenFetch': 'When you click "{fetch}".',
  'privacy.pack.whenDaily':
    'After that, about once a day while "{daily}" is ticked: when the browser starts, or when the sidebar or a Pandu page opens and the last look is more than 24 hours old.',
  'privacy.pack.whenNever': 'Never when no address is given; "{forget}" stops it.',
  'privacy.pack.sends':
    'A plain GET request to that address only, with no cookies and nothing about you. As with any web request, that server can see your IP address and the name of your browser.',
  'privacy.pack.permission':
    'Pandu first reads without any extra permission. When the server does not allow that, Settings offers a button to let Pandu read from that one site, and the browser asks for your consent. That permission is never granted at install.',
  'privacy.images.name': 'Images a template pack names',
  'privacy.images.purpose':
    'downloading the images KPU Kabupaten approved at the https addresses a pack names, matched against their SHA-256',
  'privacy.images.what':
    'A pack may name its images by https address on KPU Kabupaten\'s site, each with its SHA-256 fingerprint. Pandu downloads them when you import the pack ("{importPack}" or the pack at an address), and refuses one whose fingerprint does not match.',
  'privacy.images.whenImport':
    'Once, when the pack is imported, for images Pandu does not hold yet. Downloaded images are kept on this device and never fetched again.',
  'privacy.images.whenZip': 'Never for a pack whose images come inside its .zip file.',
  'privacy.images.sends':
    'A plain GET request to the image address only, with no cookies and nothing about you. As with any web request, that server can see your IP address and the name of your browser.',
  'privacy.images.permission':
    'Pandu first downloads without any extra permission. When the server does not allow that, Settings offers the button "{allowImages}" for that image site only, and the browser asks for your consent. That permission is never granted at install.',
  'privacy.stored.profile': 'Your profile',
  'privacy.stored.profileText':
    'the body you work for (PPK, PPS or KPU), its province, kabupaten/kota, kecamatan and desa, the names of its Facebook and Instagram accounts, its time zone, and your language.',
  'privacy.stored.settings': 'Your settings',
  'privacy.stored.settingsText':
    'a simulated date for practice, the CSV separator, the Instagram hashtag limit, and whether practice posts count in reports.',
  'privacy.stored.kpuData': 'Data from KPU Kabupaten',
  'privacy.stored.kpuDataText':
    'the template pack, stage calendar and guideline rules you imported or wrote, your drafts, and what you are writing on the authoring page.',
  'privacy.stored.address': 'The pack address',
  'privacy.stored.addressText':
    'if you give one: the address, when Pandu last looked there, what went wrong, and a new pack waiting for your review.',
  'privacy.stored.log': 'The post log',
  'privacy.stored.logText':
    'for each post you publish while Pandu’s sidebar is open, and each post you add by hand: its text, hashtags, platform, account name, the address of the page it was posted from, the election stages of that day, what the checks found, its status and time, and the link and notes you add.',
  'privacy.permission.storage': 'Storage',
  'privacy.permission.storageText': 'to keep what is listed above on your device.',
  'privacy.permission.sites': 'facebook.com and instagram.com',
  'privacy.permission.sitesText': 'to show the sidebar beside the post composer and log what you publish.',
  'privacy.permission.https': 'Reading from an https site (optional)',
  'privacy.permission.httpsText':
    'asked for one site at a time, only for the network requests above, and only when you click its button.',
  'privacy.title': 'Pandu and your privacy',
  'privacy.lead':
    'Pandu works on your device: it has no server and no account, and it loads no code from the internet. This statement applies to Pandu version {version}.',
  'privacy.storedHeading': 'What Pandu keeps, and where',
  'privacy.storedIntro': 'Everything Pandu keeps stays in this browser, on this device:',
  'privacy.storedWhere':
    'The profile, settings, data and pack address are in the extension’s own storage (storage.local). The post log is in the extension’s own database (IndexedDB), not in facebook.com’s or instagram.com’s storage: their pages cannot read it, and clearing their site data does not erase it. Removing Pandu from the browser deletes all of it; export a backup from the post log first if you want to keep it.',
  'privacy.readHeading': 'What Pandu reads on Facebook and Instagram',
  'privacy.read':
    'Pandu runs on facebook.com and instagram.com only. While a post composer is open, it reads the text you write, the name of the account the post goes out as, and the page’s address, and it notices when you publish. It does not read your feed, messages, comments, friends or followers.',
  'privacy.sentHeading': 'Nothing is sent',
  'privacy.sent':
    'Pandu sends nothing about you or your posts anywhere: no analytics, no error reports, no advertising, and no selling or sharing of data. The only data that leaves the device is a file you export yourself (the weekly report as XLSX, CSV, JSON or a printout; a backup; a pack, rules or a calendar), and you decide whom to give it to.',
  'privacy.requestsHeading': 'Network requests',
  'privacy.requestsIntro':
    'Pandu makes network requests only for what is listed here, never with your cookies and never with data of yours.',
  'privacy.when': 'When:',
  'privacy.permissionsHeading': 'Permissions',
};

export const PRIVACY_MESSAGES = catalogue<PrivacyKey>(id, en);
