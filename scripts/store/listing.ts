/**
 * The store listings (Chrome Web Store and addons.mozilla.org), in Indonesian and English, in the fields and
 * words the two dashboards ask for. Name and short description come from the extension's own _locales (the
 * Chrome Web Store shows the manifest's description as the summary), the permissions from the built manifest,
 * the minimum Firefox from the built Firefox manifest, the network requests from the privacy statement and
 * the version notes from CHANGELOG.md: nothing here can drift from what ships.
 */
import { translator, type Language } from '../../lib/messages/i18n';
import { NETWORK_REQUESTS } from '../../lib/privacy';
import { bilingual, type Bilingual } from './bilingual';

/** Field limits. Name: the strictest store (Edge 45; AMO 50, Chrome 75). */
export const LIMITS = {
  name: 45,
  /** The manifest description, shown by the Chrome Web Store as the summary. */
  summary: 132,
  /** addons.mozilla.org's summary field. */
  amoSummary: 250,
  /** The Chrome Web Store's description field. */
  description: 16_000,
  /** The text boxes of the Chrome Web Store's privacy tab (as reported by developers; unverified). */
  privacyField: 1_000,
} as const;

/** The manifest fields that grant access, each entry of which the Chrome Web Store asks to justify. */
export interface ManifestAccess {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { strict_min_version?: string } };
}

/** Every permission and host the manifest names, in manifest order, optional ones marked. */
export function accessOf(manifest: ManifestAccess): { entry: string; optional: boolean }[] {
  const entries = [
    ...(manifest.permissions ?? []).map((entry) => ({ entry, optional: false })),
    ...(manifest.host_permissions ?? []).map((entry) => ({ entry, optional: false })),
    ...(manifest.content_scripts ?? []).flatMap((script) =>
      script.matches.map((entry) => ({ entry, optional: false })),
    ),
    ...(manifest.optional_permissions ?? []).map((entry) => ({ entry, optional: true })),
    ...(manifest.optional_host_permissions ?? []).map((entry) => ({ entry, optional: true })),
  ];
  return entries.filter((item, index) => entries.findIndex((other) => other.entry === item.entry) === index);
}

const requestPurposes = (language: Language) =>
  NETWORK_REQUESTS.map((request) => translator(language)(request.purpose)).join('; ');

/** Why Pandu needs each permission and host, keyed by the manifest's own string. */
export const JUSTIFICATIONS: Record<string, Bilingual> = {
  storage: bilingual(
    'Pandu menyimpan semuanya di perangkat dengan storage.local: profil admin (PPK atau PPS mana, kabupaten, kecamatan, nama akun, zona waktu), pengaturan, paket templat, kalender tahapan, dan aturan pedoman dari KPU Kabupaten, draf admin, serta alamat paket dan waktu pemeriksaan terakhirnya. Tanpa izin ini admin harus mengisi profil dan mengimpor data KPU lagi setiap kali peramban dibuka. Tidak ada yang disimpan yang dikirim ke mana pun.',
    'Pandu keeps everything on the device with storage.local: the admin’s profile (which PPK or PPS, kabupaten, kecamatan, account names, time zone), settings, the template pack, stage calendar and guideline rules KPU Kabupaten hands out, the admin’s drafts, and the pack address with its last check. Without it the admin would fill in the profile and import KPU’s data again every time the browser starts. Nothing stored is sent anywhere.',
  ),
  '*://*.facebook.com/*': bilingual(
    'Skrip konten di facebook.com (www, web, business): menemukan kotak "Buat postingan", menampilkan sidebar di sampingnya, menyisipkan templat pilihan admin, memeriksa teks saat diketik, dan mencatat postingan saat diterbitkan. Hanya membaca kotak yang terbuka; tidak mengirim apa pun.',
    'The content script on facebook.com (www, web, business): finds the "Create post" composer, shows the sidebar beside it, inserts the template the admin picks, checks the text as it is typed, and logs the post when it is published. Reads only the open composer; sends nothing.',
  ),
  '*://www.instagram.com/*': bilingual(
    'Sama, di www.instagram.com pada "Buat postingan baru" (langkah media dan keterangan). Hanya membaca dialog yang terbuka; tidak mengirim apa pun.',
    'The same on www.instagram.com, in "Create new post" (media and caption steps). Reads only the open dialog; sends nothing.',
  ),
  'https://*/*': bilingual(
    `Opsional, tidak diberikan saat pemasangan. KPU Kabupaten dapat menerbitkan paket dan gambarnya di alamat https mana pun. Pandu mula-mula membaca tanpa izin; hanya bila server menolak pembacaan lintas asal, Pandu meminta akses ke asal itu saja, saat admin mengeklik tombolnya. Hanya untuk: ${requestPurposes('id')}. GET biasa, tanpa cookie.`,
    `Optional, never granted at install. KPU Kabupaten may publish its pack and its images at any https address. Pandu first reads it without permission; only if that server refuses cross-origin reads does Pandu ask, when the admin clicks its button, for that one origin. Used only for: ${requestPurposes('en')}. A plain GET without cookies.`,
  ),
};

const SINGLE_PURPOSE = bilingual(
  'Pandu membantu admin media sosial badan ad hoc pemilihan KPU (PPK dan PPS) menerbitkan postingan Facebook dan Instagram yang sesuai pedoman KPU Kabupaten: di samping kotak pembuat postingan, Pandu menawarkan templat resmi untuk tahapan pemilihan yang sedang berjalan dan memeriksa teksnya, lalu mencatat setiap postingan yang diterbitkan untuk laporan mingguan admin kepada KPU Kabupaten.',
  'Pandu helps the social-media admins of KPU’s ad-hoc election bodies (PPK and PPS) publish Facebook and Instagram posts that follow their KPU Kabupaten’s guidelines: beside the post composer it offers the approved templates for the election stage under way and checks the text, and it logs each published post for the weekly report the admin owes KPU Kabupaten.',
);

const REMOTE_CODE = bilingual(
  'Tidak, saya tidak memakai kode jarak jauh ("No, I am not using remote code"). Semua JavaScript ada di dalam paket. Paket templat yang diambil dari alamat adalah data JSON yang divalidasi dengan skema sebelum dipakai; Markdown di dalamnya dijadikan HTML yang disanitasi (DOMPurify), tidak pernah dijalankan.',
  'No, I am not using remote code. All JavaScript is in the package. A template pack read from an address is JSON data, validated against a schema before use; the Markdown in it becomes sanitised HTML (DOMPurify) and is never executed.',
);

const DATA_USAGE = bilingual(
  'Tidak ada jenis data yang dikumpulkan: tidak ada data yang keluar dari perangkat. Yang diolah hanya di perangkat: teks postingan yang sedang ditulis dan catatan posting (isi situs web), serta nama badan dan nama akun di profil (informasi identitas). Ketiga pernyataan dicentang: data pengguna tidak dijual atau dialihkan ke pihak ketiga; tidak dipakai untuk tujuan di luar tujuan tunggal Pandu; tidak dipakai untuk menilai kelayakan kredit.',
  'No data type is collected: no data leaves the device. Handled on the device only: the text of the post being written and the post log (website content), and the body and account names in the profile (personally identifiable information). All three certifications are ticked: user data is not sold or transferred to third parties; not used for purposes unrelated to Pandu’s single purpose; not used to determine creditworthiness or for lending.',
);

const CATEGORY = bilingual(
  'Chrome Web Store: Productivity → Communication. addons.mozilla.org: Social & Communication.',
  'Chrome Web Store: Productivity → Communication. addons.mozilla.org: Social & Communication.',
);

function fullDescription(language: Language, firefoxMin: string): string {
  const requests = requestPurposes(language);
  const id = language === 'id';
  const lines = id
    ? [
        'Pandu untuk orang-orang yang mengelola akun Facebook dan Instagram badan ad hoc pemilihan KPU: PPK di setiap kecamatan dan PPS di setiap desa atau kelurahan. Pandu menaruh templat dan pedoman KPU Kabupaten Anda tepat di samping kotak pembuat postingan, dan menyimpan catatan yang menjadi bahan laporan mingguan Anda.',
        '',
        'Saat Anda menulis postingan',
        '- Sidebar terbuka di samping "Buat postingan" Facebook (profil, Halaman, atau grup) dan langkah keterangan Instagram.',
        '- Sidebar menampilkan tahapan pilkada yang sedang berjalan dan templat yang disetujui KPU Kabupaten untuk tahapan itu, sudah terisi nama badan Anda: sekali klik, templat masuk ke postingan.',
        '- Teks diperiksa saat diketik: tagar wajib, batas tagar Instagram dan potongan "Lihat selengkapnya" Facebook, netralitas (tanpa ajakan memilih calon, partai, atau angka survei; lebih ketat di masa tenang), dan salah ketik. Sebagian besar temuan punya tombol perbaikan.',
        '',
        'Sesudah Anda menerbitkan',
        '- Setiap postingan dicatat sekali, lengkap dengan tahapan dan hasil pemeriksaannya. Postingan dari ponsel bisa ditambahkan sendiri.',
        '- Laporan mingguan keluar sebagai XLSX, CSV, JSON, atau halaman cetak.',
        '',
        'Untuk KPU Kabupaten',
        '- Paket templat, kalender tahapan, dan aturan pedoman adalah berkas yang Anda susun di halaman penyusunan Pandu lalu bagikan, atau terbitkan di alamat https yang diperiksa Pandu sekitar sekali sehari. Tidak ada yang dipasang sebelum admin melihat perubahannya.',
        '- Halaman rekap mengumpulkan laporan semua PPK.',
        '',
        'Latihan tanpa memposting: halaman latihan punya kotak postingan sendiri dan tanggal simulasi.',
        '',
        `Privasi: semua data tetap di perangkat Anda. Pandu tidak punya server dan tidak mengirim apa pun. Pandu membuat permintaan jaringan hanya untuk: ${requests}. Lihat pernyataan privasi Pandu.`,
        '',
        `Berjalan di Chrome, Edge, dan peramban Chromium lain, serta Firefox ${firefoxMin} atau lebih baru di komputer. Bahasa: Bahasa Indonesia dan English.`,
      ]
    : [
        'Pandu is for the people who run the Facebook and Instagram accounts of KPU’s ad-hoc election bodies: the PPK of each kecamatan and the PPS of each desa or kelurahan. It puts your KPU Kabupaten’s templates and guidelines right beside the post composer, and keeps the log your weekly report is made from.',
        '',
        'While you write a post',
        '- The sidebar opens beside Facebook’s "Create post" (profile, Page or group) and Instagram’s caption step.',
        '- It shows the pilkada stage under way and the templates KPU Kabupaten approved for it, filled in with your body’s names: one click puts a template into the post.',
        '- It checks the text as you type: required hashtags, Instagram’s hashtag limit and Facebook’s "See more" cut, neutrality (no calls to vote for a candidate or party, no survey figures; stricter in the quiet period), and misspellings. Most findings have a fix button.',
        '',
        'After you publish',
        '- Each post is logged once, with its stage and what the checks found. Posts made on a phone can be added by hand.',
        '- The weekly report comes out as XLSX, CSV, JSON or a printable page.',
        '',
        'For KPU Kabupaten',
        '- The template pack, stage calendar and guideline rules are files you write on Pandu’s authoring page and hand out, or publish at an https address Pandu looks at about once a day. Nothing is installed before the admin has seen what changes.',
        '- A recap page gathers the reports of every PPK.',
        '',
        'Practice without posting: the practice page has its own composer and a simulated date.',
        '',
        `Private: everything stays on your device. Pandu has no server and sends nothing. It makes network requests only for: ${requests}. See Pandu’s privacy statement.`,
        '',
        `Runs in Chrome, Edge and other Chromium browsers, and in Firefox ${firefoxMin} or newer on desktop. Languages: Bahasa Indonesia and English.`,
      ];
  return lines.join('\n');
}

/** A screenshot as the listing names it. */
export interface ListedShot {
  file: string;
  caption: string;
}

export interface ListingInput {
  language: Language;
  version: string;
  /** `extName` and `extDescription` from assets/public/_locales/<language>/messages.json. */
  name: string;
  summary: string;
  /** The built Chrome manifest (permissions to justify) and the built Firefox manifest (minimum version). */
  chromeManifest: ManifestAccess;
  firefoxManifest: ManifestAccess;
  /** This version's notes in this language, from CHANGELOG.md. */
  versionNotes: string;
  files: { chrome: string; firefox: string; sources: string };
  screenshots: ListedShot[];
  promo: string;
}

/** The listing's fields, each as the store's form names it, with the text to paste. */
export interface Listing {
  language: Language;
  name: string;
  summary: string;
  description: string;
  singlePurpose: string;
  /** Each field of the dashboard: one per permission, and one for all hosts. */
  justifications: { field: string; hosts: boolean; entries: { entry: string; optional: boolean; text: string }[] }[];
  firefoxMin: string;
  input: ListingInput;
}

/** The built Firefox manifest's `strict_min_version`, as written there ("142.0"). */
export function firefoxStrictMin(manifest: ManifestAccess): string {
  const version = manifest.browser_specific_settings?.gecko?.strict_min_version;
  if (!version) throw new Error('The Firefox manifest has no browser_specific_settings.gecko.strict_min_version.');
  return version;
}

/** The same minimum as people say it ("142"). */
export const firefoxMinimum = (manifest: ManifestAccess): string => firefoxStrictMin(manifest).replace(/(\.0)+$/, '');

export function buildListing(input: ListingInput): Listing {
  const { language } = input;
  const access = accessOf(input.chromeManifest);
  const missing = access.filter((item) => !Object.hasOwn(JUSTIFICATIONS, item.entry)).map((item) => item.entry);
  if (missing.length > 0)
    throw new Error(
      `No justification for ${missing.join(', ')}: add one to JUSTIFICATIONS in scripts/store/listing.ts.`,
    );
  const justify = (items: typeof access) =>
    items.map((item) => ({ ...item, text: JUSTIFICATIONS[item.entry]?.[language] ?? '' }));
  const isHost = (entry: string) => entry.includes('://') || entry === '<all_urls>';
  const permissionFields = access
    .filter((item) => !isHost(item.entry))
    .map((item) => ({ field: `${item.entry} justification`, hosts: false, entries: justify([item]) }));
  const hosts = access.filter((item) => isHost(item.entry));
  const firefoxMin = firefoxMinimum(input.firefoxManifest);
  return {
    language,
    name: input.name,
    summary: input.summary,
    description: fullDescription(language, firefoxMin),
    singlePurpose: SINGLE_PURPOSE[language],
    justifications: [
      ...permissionFields,
      ...(hosts.length > 0 ? [{ field: 'Host permission justification', hosts: true, entries: justify(hosts) }] : []),
    ],
    firefoxMin,
    input,
  };
}

/** A justification field's text as pasted: a permission's alone, or one line per host. */
export function fieldText(field: Listing['justifications'][number], language: Language): string {
  if (!field.hosts) return field.entries.map((entry) => entry.text).join('\n');
  const optional = language === 'id' ? ' (opsional)' : ' (optional)';
  return field.entries.map((entry) => `${entry.entry}${entry.optional ? optional : ''}: ${entry.text}`).join('\n');
}

const ID_HEADINGS = {
  title: 'Listing toko',
  files: 'Berkas yang diunggah',
  chrome: 'Chrome Web Store',
  amo: 'addons.mozilla.org (Firefox)',
  name: 'Nama',
  summary: `Deskripsi singkat ("Summary"; manifest "description"; maks. ${LIMITS.summary} karakter)`,
  description: 'Deskripsi lengkap ("Description")',
  category: 'Kategori ("Category")',
  singlePurpose: 'Tujuan tunggal ("Single purpose description", tab Privacy practices)',
  permissions: 'Alasan izin ("Permission justification", tab Privacy practices)',
  remoteCode: 'Kode jarak jauh ("Are you using remote code?")',
  dataUsage: 'Penggunaan data ("Data usage")',
  privacy: 'Kebijakan privasi ("Privacy policy")',
  privacyText:
    'privacy.html dalam folder ini adalah teks yang sama dengan halaman Privasi di dalam ekstensi. Terbitkan di situs KPU Kabupaten dan tempel alamatnya di kolom Chrome Web Store; tempel teksnya di kolom "Privacy Policy" addons.mozilla.org.',
  firefox: 'Firefox',
  compat: 'Kompatibilitas',
  compatText:
    'Firefox {min} atau lebih baru di komputer, termasuk rilis ESR sejak {min} (manifest: strict_min_version {raw}).',
  reviewer: 'Catatan untuk peninjau ("Notes to Reviewer")',
  reviewerText:
    'Kode sumber: {sources}. Cara membangun ada di BUILDING.md di dalam zip itu (Node.js 20 atau lebih baru, npm ci, npx wxt build -b firefox --mv3); hasilnya .output/firefox-mv3, sama persis byte demi byte dengan {firefox} (diperiksa oleh scripts/check-sources-zip.sh). Untuk mencoba tanpa akun Facebook: popup → Latihan membuka practice.html, kotak postingan lokal dengan sidebar Pandu. Pengumpulan data: tidak ada (data_collection_permissions: none).',
  screenshots: 'Tangkapan layar (1280×800)',
  promo: 'Ubin promosi kecil (440×280)',
  notes: 'Catatan versi ("Release notes")',
};

const HEADINGS: Record<Language, Record<keyof typeof ID_HEADINGS, string>> = {
  id: ID_HEADINGS,
  en: {
    title: 'Store listing',
    files: 'Files to upload',
    chrome: 'Chrome Web Store',
    amo: 'addons.mozilla.org (Firefox)',
    name: 'Name',
    summary: `Short description ("Summary"; the manifest "description"; at most ${LIMITS.summary} characters)`,
    description: 'Full description ("Description")',
    category: 'Category',
    singlePurpose: 'Single purpose ("Single purpose description", Privacy practices tab)',
    permissions: 'Permission justification (Privacy practices tab)',
    remoteCode: 'Remote code ("Are you using remote code?")',
    dataUsage: 'Data usage',
    privacy: 'Privacy policy',
    privacyText:
      'privacy.html in this folder is the same text as the Privacy page inside the extension. Publish it on KPU Kabupaten’s site and paste its address into the Chrome Web Store field; paste its text into addons.mozilla.org’s "Privacy Policy" field.',
    firefox: 'Firefox',
    compat: 'Compatibility',
    compatText:
      'Firefox {min} or newer on desktop, ESR releases from {min} on included (manifest: strict_min_version {raw}).',
    reviewer: 'Notes to Reviewer',
    reviewerText:
      'Source code: {sources}. How to build it is in BUILDING.md inside that zip (Node.js 20 or newer, npm ci, npx wxt build -b firefox --mv3); the result is .output/firefox-mv3, identical byte for byte to {firefox} (checked by scripts/check-sources-zip.sh). To try it without a Facebook account: popup → Practice opens practice.html, a local composer with Pandu’s sidebar. Data collection: none (data_collection_permissions: none).',
    screenshots: 'Screenshots (1280×800)',
    promo: 'Small promo tile (440×280)',
    notes: 'Release notes',
  },
};

/** The listing as a Markdown file: each field under the name the store's form gives it, ready to paste. */
export function listingMarkdown(listing: Listing): string {
  const { language, input } = listing;
  const h = HEADINGS[language];
  const fill = (text: string) =>
    text
      .replaceAll('{min}', listing.firefoxMin)
      .replaceAll('{raw}', firefoxStrictMin(input.firefoxManifest))
      .replaceAll('{sources}', input.files.sources)
      .replaceAll('{firefox}', input.files.firefox);
  const block = (text: string) => ['```text', text, '```'];
  return [
    `# Pandu ${input.version} — ${h.title} (${language})`,
    '',
    `## ${h.files}`,
    '',
    `- ${h.chrome}: \`${input.files.chrome}\``,
    `- ${h.amo}: \`${input.files.firefox}\`, ${language === 'id' ? 'kode sumber' : 'source code'} \`${input.files.sources}\``,
    '',
    `## ${h.name}`,
    '',
    listing.name,
    '',
    `## ${h.summary}`,
    '',
    ...block(listing.summary),
    '',
    `## ${h.description}`,
    '',
    ...block(listing.description),
    '',
    `## ${h.category}`,
    '',
    CATEGORY[language],
    '',
    `## ${h.singlePurpose}`,
    '',
    ...block(listing.singlePurpose),
    '',
    `## ${h.permissions}`,
    '',
    ...listing.justifications.flatMap((field) => [`### ${field.field}`, '', ...block(fieldText(field, language)), '']),
    `## ${h.remoteCode}`,
    '',
    ...block(REMOTE_CODE[language]),
    '',
    `## ${h.dataUsage}`,
    '',
    ...block(DATA_USAGE[language]),
    '',
    `## ${h.privacy}`,
    '',
    h.privacyText,
    '',
    `## ${h.firefox}`,
    '',
    `### ${h.compat}`,
    '',
    fill(h.compatText),
    '',
    `### ${h.reviewer}`,
    '',
    ...block(fill(h.reviewerText)),
    '',
    `## ${h.screenshots}`,
    '',
    ...input.screenshots.map((shot, index) => `${index + 1}. \`screenshots/${shot.file}\`: ${shot.caption}`),
    '',
    `## ${h.promo}`,
    '',
    `\`${input.promo}\``,
    '',
    `## ${h.notes}`,
    '',
    // Each note on one line: the stores keep line breaks as they are.
    ...block(input.versionNotes.replace(/\n[ \t]+/g, ' ')),
    '',
  ].join('\n');
}
