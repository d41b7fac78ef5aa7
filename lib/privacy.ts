import { translator, type Language, type MessageKey } from './messages/i18n';
import { bilingual, type Bilingual } from './text';

/**
 * Pandu's privacy statement: what it keeps and where, what it reads, that it sends nothing, and every network
 * request it makes. The extension's privacy page and the stores' privacy.html are both rendered from this one
 * source (components/PrivacyStatement.tsx), so the two cannot say different things.
 */

/** One kind of network request Pandu makes: what it reads, when, what goes with it, and which permission. */
export interface NetworkRequest {
  name: Bilingual;
  /** What the request is for, as a phrase within a sentence (the store listing's "used only for: …"). */
  purpose: Bilingual;
  what: Bilingual;
  when: Bilingual[];
  sends: Bilingual;
  permission: Bilingual;
}

/** A button or field as the admin sees it, quoted from the message table so the statement names it exactly. */
function label(key: MessageKey): Bilingual {
  return bilingual(`"${translator('id')(key)}"`, `"${translator('en')(key)}"`);
}
const ADDRESS = label('data.address');
const FETCH = label('data.fetch');
const DAILY = label('data.autoRefresh');
const FORGET = label('data.forget');
const IMPORT_PACK = label('data.importPack');
const ALLOW_IMAGES = label('data.allowImages');

/**
 * Every kind of network request Pandu makes. A new kind (say, images a pack names) is one more entry here:
 * the privacy page, privacy.html and the store listing's permission justification all list these.
 */
export const NETWORK_REQUESTS: readonly NetworkRequest[] = [
  {
    name: bilingual('Paket templat di alamat yang Anda berikan', 'The template pack at the address you give'),
    purpose: bilingual(
      'membaca paket templat di alamat https yang diberikan admin',
      'reading the template pack at the https address the admin gives',
    ),
    what: bilingual(
      `Pandu membaca paket templat yang diterbitkan KPU Kabupaten di sebuah alamat https, yang Anda ketik di Pengaturan pada ${ADDRESS.id}.`,
      `Pandu reads the template pack KPU Kabupaten publishes at an https address, which you type in Settings under ${ADDRESS.en}.`,
    ),
    when: [
      bilingual(`Saat Anda mengeklik ${FETCH.id}.`, `When you click ${FETCH.en}.`),
      bilingual(
        `Sesudah itu, sekitar sekali sehari selama ${DAILY.id} dicentang: saat peramban dibuka, atau saat sidebar atau halaman Pandu dibuka dan pemeriksaan terakhir sudah lebih dari 24 jam yang lalu.`,
        `After that, about once a day while ${DAILY.en} is ticked: when the browser starts, or when the sidebar or a Pandu page opens and the last look is more than 24 hours old.`,
      ),
      bilingual(
        `Tidak pernah bila tidak ada alamat; ${FORGET.id} menghentikannya.`,
        `Never when no address is given; ${FORGET.en} stops it.`,
      ),
    ],
    sends: bilingual(
      'Permintaan GET biasa ke alamat itu saja, tanpa cookie dan tanpa data tentang Anda. Seperti setiap permintaan web, server itu dapat melihat alamat IP dan nama peramban Anda.',
      'A plain GET request to that address only, with no cookies and nothing about you. As with any web request, that server can see your IP address and the name of your browser.',
    ),
    permission: bilingual(
      'Pandu mula-mula membaca tanpa izin tambahan. Bila server tidak mengizinkannya, Pengaturan menawarkan tombol untuk mengizinkan Pandu membaca dari situs itu saja, lalu peramban meminta persetujuan Anda. Izin itu tidak pernah diberikan saat pemasangan.',
      'Pandu first reads without any extra permission. When the server does not allow that, Settings offers a button to let Pandu read from that one site, and the browser asks for your consent. That permission is never granted at install.',
    ),
  },
  {
    name: bilingual('Gambar yang disebut paket templat', 'Images a template pack names'),
    purpose: bilingual(
      'mengunduh gambar yang disetujui KPU Kabupaten di alamat https yang disebut paket, dicocokkan dengan SHA-256-nya',
      'downloading the images KPU Kabupaten approved at the https addresses a pack names, matched against their SHA-256',
    ),
    what: bilingual(
      `Sebuah paket boleh menyebut gambarnya dengan alamat https di situs KPU Kabupaten, masing-masing dengan sidik SHA-256. Pandu mengunduh gambar itu saat Anda mengimpor paketnya (${IMPORT_PACK.id} atau paket dari alamat), lalu menolaknya bila sidiknya tidak cocok.`,
      `A pack may name its images by https address on KPU Kabupaten's site, each with its SHA-256 fingerprint. Pandu downloads them when you import the pack (${IMPORT_PACK.en} or the pack at an address), and refuses one whose fingerprint does not match.`,
    ),
    when: [
      bilingual(
        'Sekali, saat paket diimpor, untuk gambar yang belum dipegang Pandu. Gambar yang sudah diunduh disimpan di perangkat ini dan tidak diunduh lagi.',
        'Once, when the pack is imported, for images Pandu does not hold yet. Downloaded images are kept on this device and never fetched again.',
      ),
      bilingual(
        'Tidak pernah untuk paket yang gambarnya ada di dalam berkas .zip.',
        'Never for a pack whose images come inside its .zip file.',
      ),
    ],
    sends: bilingual(
      'Permintaan GET biasa ke alamat gambar itu saja, tanpa cookie dan tanpa data tentang Anda. Seperti setiap permintaan web, server itu dapat melihat alamat IP dan nama peramban Anda.',
      'A plain GET request to the image address only, with no cookies and nothing about you. As with any web request, that server can see your IP address and the name of your browser.',
    ),
    permission: bilingual(
      `Pandu mula-mula mengunduh tanpa izin tambahan. Bila server tidak mengizinkannya, Pengaturan menawarkan tombol ${ALLOW_IMAGES.id} untuk situs gambar itu saja, lalu peramban meminta persetujuan Anda. Izin itu tidak pernah diberikan saat pemasangan.`,
      `Pandu first downloads without any extra permission. When the server does not allow that, Settings offers the button ${ALLOW_IMAGES.en} for that image site only, and the browser asks for your consent. That permission is never granted at install.`,
    ),
  },
];

/** A term and what it means, for the lists of what is kept and which permissions are used. */
export interface PrivacyItem {
  term: string;
  text: string;
}

export type PrivacyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'items'; items: PrivacyItem[] }
  | { kind: 'list'; label: string; items: string[] }
  | { kind: 'subheading'; text: string };

export interface PrivacySection {
  id: string;
  heading: string;
  blocks: PrivacyBlock[];
}

export interface PrivacyStatement {
  language: Language;
  title: string;
  lead: string;
  sections: PrivacySection[];
}

const STORED: readonly { term: Bilingual; text: Bilingual }[] = [
  {
    term: bilingual('Profil Anda', 'Your profile'),
    text: bilingual(
      'badan tempat Anda bertugas (PPK, PPS, atau KPU), provinsi, kabupaten/kota, kecamatan dan desanya, nama akun Facebook dan Instagram-nya, zona waktunya, dan bahasa Anda.',
      'the body you work for (PPK, PPS or KPU), its province, kabupaten/kota, kecamatan and desa, the names of its Facebook and Instagram accounts, its time zone, and your language.',
    ),
  },
  {
    term: bilingual('Pengaturan Anda', 'Your settings'),
    text: bilingual(
      'tanggal simulasi untuk latihan, pemisah CSV, batas tagar Instagram, dan apakah postingan latihan ikut dihitung dalam laporan.',
      'a simulated date for practice, the CSV separator, the Instagram hashtag limit, and whether practice posts count in reports.',
    ),
  },
  {
    term: bilingual('Data dari KPU Kabupaten', 'Data from KPU Kabupaten'),
    text: bilingual(
      'paket templat, kalender tahapan, dan aturan pedoman yang Anda impor atau susun, draf Anda, serta yang sedang Anda susun di halaman penyusunan.',
      'the template pack, stage calendar and guideline rules you imported or wrote, your drafts, and what you are writing on the authoring page.',
    ),
  },
  {
    term: bilingual('Alamat paket', 'The pack address'),
    text: bilingual(
      'jika Anda memberikannya: alamat itu, kapan Pandu terakhir memeriksanya, kendala yang ditemui, dan paket baru yang menunggu tinjauan Anda.',
      'if you give one: the address, when Pandu last looked there, what went wrong, and a new pack waiting for your review.',
    ),
  },
  {
    term: bilingual('Catatan posting', 'The post log'),
    text: bilingual(
      'untuk setiap postingan yang Anda terbitkan saat sidebar Pandu terbuka, dan setiap postingan yang Anda tambahkan sendiri: teksnya, tagar, platform, nama akun, alamat halaman tempat postingan dibuat, tahapan pada hari itu, hasil pemeriksaan, status dan waktunya, serta tautan dan catatan yang Anda tambahkan.',
      'for each post you publish while Pandu’s sidebar is open, and each post you add by hand: its text, hashtags, platform, account name, the address of the page it was posted from, the election stages of that day, what the checks found, its status and time, and the link and notes you add.',
    ),
  },
];

const PERMISSIONS: readonly { term: Bilingual; text: Bilingual }[] = [
  {
    term: bilingual('Penyimpanan (storage)', 'Storage'),
    text: bilingual(
      'untuk menyimpan hal-hal di atas di perangkat Anda.',
      'to keep what is listed above on your device.',
    ),
  },
  {
    term: bilingual('facebook.com dan instagram.com', 'facebook.com and instagram.com'),
    text: bilingual(
      'untuk menampilkan sidebar di samping kotak pembuat postingan dan mencatat yang Anda terbitkan.',
      'to show the sidebar beside the post composer and log what you publish.',
    ),
  },
  {
    term: bilingual('Membaca dari situs https (opsional)', 'Reading from an https site (optional)'),
    text: bilingual(
      'diminta untuk satu situs setiap kali, hanya untuk permintaan jaringan di atas, dan hanya saat Anda mengeklik tombolnya.',
      'asked for one site at a time, only for the network requests above, and only when you click its button.',
    ),
  },
];

const TEXT = {
  title: bilingual('Pandu dan privasi Anda', 'Pandu and your privacy'),
  lead: bilingual(
    'Pandu bekerja di perangkat Anda: tanpa server, tanpa akun, dan tanpa memuat kode dari internet. Pernyataan ini berlaku untuk Pandu versi {version}.',
    'Pandu works on your device: it has no server and no account, and it loads no code from the internet. This statement applies to Pandu version {version}.',
  ),
  storedHeading: bilingual('Apa yang disimpan Pandu, dan di mana', 'What Pandu keeps, and where'),
  storedIntro: bilingual(
    'Semua yang disimpan Pandu tetap ada di peramban ini, di perangkat ini:',
    'Everything Pandu keeps stays in this browser, on this device:',
  ),
  storedWhere: bilingual(
    'Profil, pengaturan, data, dan alamat paket ada di penyimpanan milik ekstensi sendiri (storage.local). Catatan posting ada di basis data milik ekstensi sendiri (IndexedDB), bukan di penyimpanan facebook.com atau instagram.com: halaman mereka tidak bisa membacanya, dan menghapus data situs mereka tidak menghapusnya. Menghapus Pandu dari peramban menghapus semuanya; ekspor cadangan dari catatan posting lebih dulu bila ingin menyimpannya.',
    'The profile, settings, data and pack address are in the extension’s own storage (storage.local). The post log is in the extension’s own database (IndexedDB), not in facebook.com’s or instagram.com’s storage: their pages cannot read it, and clearing their site data does not erase it. Removing Pandu from the browser deletes all of it; export a backup from the post log first if you want to keep it.',
  ),
  readHeading: bilingual(
    'Apa yang dibaca Pandu di Facebook dan Instagram',
    'What Pandu reads on Facebook and Instagram',
  ),
  read: bilingual(
    'Pandu hanya berjalan di facebook.com dan instagram.com. Selama kotak pembuat postingan terbuka, Pandu membaca teks yang Anda tulis, nama akun yang memposting, dan alamat halamannya, serta mengetahui saat Anda menerbitkan. Pandu tidak membaca beranda, pesan, komentar, teman, atau pengikut Anda.',
    'Pandu runs on facebook.com and instagram.com only. While a post composer is open, it reads the text you write, the name of the account the post goes out as, and the page’s address, and it notices when you publish. It does not read your feed, messages, comments, friends or followers.',
  ),
  sentHeading: bilingual('Tidak ada yang dikirim', 'Nothing is sent'),
  sent: bilingual(
    'Pandu tidak mengirim apa pun tentang Anda atau postingan Anda ke mana pun: tanpa analitik, tanpa laporan galat, tanpa iklan, dan tanpa menjual atau membagikan data. Satu-satunya data yang keluar dari perangkat adalah berkas yang Anda ekspor sendiri (laporan mingguan sebagai XLSX, CSV, JSON, atau cetakan; cadangan; paket, aturan, atau kalender), dan Anda yang menentukan kepada siapa berkas itu diberikan.',
    'Pandu sends nothing about you or your posts anywhere: no analytics, no error reports, no advertising, and no selling or sharing of data. The only data that leaves the device is a file you export yourself (the weekly report as XLSX, CSV, JSON or a printout; a backup; a pack, rules or a calendar), and you decide whom to give it to.',
  ),
  requestsHeading: bilingual('Permintaan jaringan', 'Network requests'),
  requestsIntro: bilingual(
    'Pandu membuat permintaan jaringan hanya untuk yang tercantum di sini, tidak pernah dengan cookie Anda dan tidak pernah dengan data Anda.',
    'Pandu makes network requests only for what is listed here, never with your cookies and never with data of yours.',
  ),
  when: bilingual('Kapan:', 'When:'),
  permissionsHeading: bilingual('Izin yang dipakai', 'Permissions'),
};

/** The statement in one language, as headings, paragraphs and lists a page renders. */
export function privacyStatement(
  language: Language,
  version: string,
  requests: readonly NetworkRequest[] = NETWORK_REQUESTS,
): PrivacyStatement {
  const say = (text: Bilingual) => text[language];
  const items = (entries: readonly { term: Bilingual; text: Bilingual }[]): PrivacyBlock => ({
    kind: 'items',
    items: entries.map((entry) => ({ term: say(entry.term), text: say(entry.text) })),
  });
  return {
    language,
    title: say(TEXT.title),
    lead: say(TEXT.lead).replace('{version}', version),
    sections: [
      {
        id: 'stored',
        heading: say(TEXT.storedHeading),
        blocks: [
          { kind: 'paragraph', text: say(TEXT.storedIntro) },
          items(STORED),
          { kind: 'paragraph', text: say(TEXT.storedWhere) },
        ],
      },
      { id: 'read', heading: say(TEXT.readHeading), blocks: [{ kind: 'paragraph', text: say(TEXT.read) }] },
      { id: 'sent', heading: say(TEXT.sentHeading), blocks: [{ kind: 'paragraph', text: say(TEXT.sent) }] },
      {
        id: 'requests',
        heading: say(TEXT.requestsHeading),
        blocks: [
          { kind: 'paragraph', text: say(TEXT.requestsIntro) },
          ...requests.flatMap((request): PrivacyBlock[] => [
            { kind: 'subheading', text: say(request.name) },
            { kind: 'paragraph', text: say(request.what) },
            { kind: 'list', label: say(TEXT.when), items: request.when.map(say) },
            { kind: 'paragraph', text: say(request.sends) },
            { kind: 'paragraph', text: say(request.permission) },
          ]),
        ],
      },
      { id: 'permissions', heading: say(TEXT.permissionsHeading), blocks: [items(PERMISSIONS)] },
    ],
  };
}
