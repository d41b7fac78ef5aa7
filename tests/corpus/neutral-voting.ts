import type { CorpusPost } from './types';

/** Neutral posts of the quiet period, voting day, counting and recapitulation. */
export const NEUTRAL_VOTING: CorpusPost[] = [
  // Masa tenang
  {
    stage: 'masa-tenang',
    text: `🤫 MASA TENANG 24–26 November 2024

Selama masa tenang tidak boleh ada kegiatan kampanye dalam bentuk apa pun. Lembaga survei juga dilarang mengumumkan hasil survei atau jajak pendapat tentang pasangan calon.

#MasaTenang #TemanPemilih`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Tim PPK Tahunan melakukan survei aksesibilitas lokasi TPS untuk pemilih disabilitas di Desa Kecapi dan Desa Demangan. Jalur kursi roda di TPS 04 diperbaiki hari ini.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Penertiban APK semua pasangan calon di wilayah Kecamatan Tahunan dilakukan Satpol PP bersama Panwaslu Kecamatan, Minggu pagi. Jalan desa kembali bersih.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `H-2 pemungutan suara! KPPS Desa Mulyoharjo mulai membagikan Surat Pemberitahuan Memilih (Model C Pemberitahuan) kepada pemilih di DPT. Belum menerima? Tanyakan ke KPPS TPS Anda.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    platform: 'instagram',
    text: `Tanpa surat pemberitahuan pun tetap bisa memilih ✅ cukup bawa KTP-el ke TPS sesuai DPT.

#MasaTenang #TemanPemilih #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Pembuatan TPS 09 Desa Tahunan di halaman SD Negeri 2. Gotong royong KPPS, Linmas, dan warga sejak pagi. Terima kasih semuanya 🙏`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Pengumuman hasil hitung cepat baru boleh disiarkan paling cepat dua jam setelah pemungutan suara selesai di wilayah WIB. Sampai saat itu, abaikan klaim kemenangan dari pihak mana pun.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Apel siaga KPPS dan Linmas se-Kecamatan Tahunan di lapangan kecamatan. Pesan Ketua PPK: layani pemilih dengan ramah, bekerja sesuai prosedur, dan tetap netral.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Ingat: 27 November 2024 adalah hari libur nasional. TPS buka pukul 07.00 sampai 13.00 WIB. Ajak keluarga datang ke TPS dan gunakan hak pilih!`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Hari Rabu nanti Anda menerima dua surat suara: Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah, serta Pemilihan Bupati dan Wakil Bupati Jepara (Hendra Wijaya–Siti Aminah dan Agus Salim Nugroho–Rina Kartika). Coblos satu pasangan calon di setiap surat suara.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Pemilih yang tidak terdaftar di DPT tetapi memiliki KTP-el sesuai alamat dapat memilih di TPS sesuai alamatnya, pukul 12.00–13.00 WIB, selama surat suara masih tersedia.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Cuaca diperkirakan hujan pada hari pemungutan suara. KPPS sudah menyiapkan tenda dan terpal agar surat suara tetap kering. Datang lebih pagi ya!`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Selama masa tenang, unggahan akun ini hanya berisi informasi teknis pemungutan suara. Kami tidak membagikan materi kampanye maupun hasil survei dari pihak mana pun.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    platform: 'instagram',
    text: `Siap-siap ke TPS! Bawa:
🪪 KTP-el
📄 Surat pemberitahuan (jika ada)
😷 Masker bila sedang flu

#MasaTenang #TemanPemilih #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Rapat koordinasi persiapan pemungutan suara bersama Forkopimcam. Pembahasan: pengamanan TPS, jalur distribusi, dan TPS rawan banjir di Desa Petekeyan.`,
    expect: [],
  },

  // Pemungutan suara
  {
    stage: 'pemungutan-suara',
    text: `Selamat pagi, Sahabat Pemilih! Hari ini Rabu, 27 November 2024, hari pemungutan suara Pilkada Serentak. TPS dibuka pukul 07.00 WIB. Ayo datang ke TPS dan gunakan hak pilih Anda!

#TemanPemilih #PilkadaSerentak2024`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Pemungutan suara di TPS 03 Desa Mulyoharjo dimulai tepat pukul 07.00 setelah KPPS mengucapkan sumpah dan membuka kotak suara di hadapan saksi dan pengawas TPS.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Saksi yang hadir di TPS 05 Desa Kecapi:
- Saksi paslon 01: Slamet Riyadi
- Saksi paslon 02: Nur Aini
Pengawas TPS: Fajar Nugroho`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    kpuData: true,
    text: `Di TPS 12 Desa Tahunan hadir saksi pasangan Hendra–Aminah dan saksi pasangan Agus–Rina, serta pengawas TPS. Pemungutan suara berjalan tertib.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Pemilih yang namanya tidak ada di DPT (pemilih DPK) dapat mencoblos pukul 12.00–13.00 WIB dengan menunjukkan KTP-el di TPS sesuai alamat pada KTP-el.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Belum mencoblos? TPS masih buka sampai pukul 13.00 WIB. Pemilih yang sudah dalam antrean sebelum pukul 13.00 tetap dilayani.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    platform: 'instagram',
    text: `Jari sudah ungu? 💜 Terima kasih sudah menggunakan hak pilih! Bagikan fotomu dengan jari bertinta, tanpa atribut paslon ya.

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `KPPS TPS 08 Desa Krapyak melayani pemilih lansia dan disabilitas di rumah sakit umum setempat, didampingi saksi dan pengawas TPS.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Tata cara di TPS: 1) tunjukkan KTP-el dan surat pemberitahuan, 2) tunggu dipanggil, 3) terima dua surat suara, 4) coblos di bilik, 5) masukkan ke kotak sesuai warna, 6) celupkan jari ke tinta.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Penghitungan suara di TPS 01 Desa Mulyoharjo dimulai pukul 13.10 WIB. Warga dipersilakan menyaksikan. Surat suara dibuka satu per satu dan ditunjukkan kepada saksi.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Hasil penghitungan suara Pemilihan Bupati di TPS 06 Desa Sukodono: Paslon 01 memperoleh 142 suara, Paslon 02 memperoleh 187 suara, suara tidak sah 6. Salinan C.Hasil ditempel di TPS.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    kpuData: true,
    text: `Perolehan suara Pilbup di TPS 02 Desa Kecapi: Hendra–Aminah 201, Agus–Rina 176. Suara sah 377, tidak sah 4. Hasil diunggah ke Sirekap dan bisa dipantau publik.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Pemungutan suara di TPS lokasi khusus Lapas Jepara berjalan lancar. Warga binaan yang terdaftar menggunakan hak pilihnya didampingi petugas.`,
    expect: [],
  },

  // Rekapitulasi
  {
    stage: 'rekapitulasi-kecamatan',
    text: `UNDANGAN
Rapat Pleno Terbuka Rekapitulasi Hasil Penghitungan Suara tingkat Kecamatan Tahunan
🗓️ Kamis–Jumat, 28–29 November 2024
📍 Aula Kantor Kecamatan Tahunan
Terbuka untuk umum. Saksi paslon mohon membawa surat mandat.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Hari kedua rekapitulasi di PPK Tahunan. Sudah 11 dari 15 desa selesai direkap. Saksi kedua paslon dan Panwaslu Kecamatan mengikuti proses hingga malam.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Rekapitulasi hasil penghitungan suara Pemilihan Gubernur dan Pemilihan Bupati tingkat Kecamatan Tahunan selesai. Formulir Model D.Hasil ditandatangani dan salinannya diserahkan kepada saksi paslon 01 dan saksi paslon 02.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Ada keberatan saksi di Desa Demangan terkait selisih jumlah pengguna hak pilih. PPK mencocokkan ulang dengan C.Hasil dan daftar hadir; selisih terjelaskan dan dicatat di formulir kejadian khusus.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi',
    text: `Hasil resmi pemilihan ditetapkan secara berjenjang: KPPS di TPS, PPK di kecamatan, lalu KPU Kabupaten. Hitung cepat dan Sirekap bukan hasil resmi.`,
    expect: [],
  },
  {
    date: '2024-12-04',
    text: `KPU Kabupaten Jepara menggelar rapat pleno terbuka rekapitulasi hasil penghitungan suara tingkat kabupaten. PPK Tahunan hadir memaparkan hasil rekapitulasi kecamatan.`,
    expect: [],
  },
  {
    date: '2024-12-08',
    text: `Rekapitulasi tingkat provinsi untuk Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah berlangsung di KPU Provinsi. Ikuti perkembangannya di kanal resmi KPU Jawa Tengah.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi',
    platform: 'instagram',
    text: `Terima kasih seluruh KPPS, PPS, Linmas, dan masyarakat Kecamatan Tahunan 🙏 Tingkat partisipasi pemilih di kecamatan kami mencapai 78,4%.

#TemanPemilih #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'rekapitulasi',
    text: `Evaluasi pelaksanaan pemungutan dan penghitungan suara bersama PPS se-Kecamatan Tahunan. Catatan utama: antrean di TPS 11 dan kurangnya penerangan saat penghitungan malam.`,
    expect: [],
  },
];
