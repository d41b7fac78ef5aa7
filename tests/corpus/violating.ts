import type { CorpusPost } from './types';

/**
 * Posts an ad-hoc body must not publish, of every kind: urging a vote for or against a number, a name, a
 * party, a gesture, a tagline or a tag; a body declaring support; campaign material and survey results in
 * the quiet period. Open advocacy is an error; what a person must judge is a warning.
 */
export const VIOLATING: CorpusPost[] = [
  // Urging a vote for a ballot number, in its written forms
  {
    stage: 'kampanye',
    text: `Cobloslah nomor 1 pada 27 November nanti, demi desa yang lebih maju!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Warga Mulyoharjo, ayo coblos 01! Jangan sampai salah pilih.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Dukung pasangan nomor urut 2 untuk Jepara yang lebih sejahtera.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Tanggal 27 jangan lupa pilih paslon 02 ya gaes 😁`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Mari menangkan pasangan calon nomor urut satu!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Yuk pilih yang nomor dua, programnya paling masuk akal.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Nanti di bilik suara coblos No. 1 saja, dijamin tidak menyesal.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Ingat ya bapak ibu, contreng no urut 02 di kertas suara bupati.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Sudah terdaftar di DPT? Bagus! Sekarang tinggal coblos 2️⃣ di TPS 😉`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    platform: 'instagram',
    text: `Satu suara sangat berarti. Pilih nomor 1, pilih perubahan!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Dukung terus calon bupati nomor urut 02, kawal sampai menang!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Bapak/Ibu yang belum menentukan pilihan, silakan coblos paslon 1. Terbukti kerjanya.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'pemungutan-suara',
    text: `TPS sudah buka! Langsung coblos nomer 2 ya, habis itu sarapan 😄`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Coblosin nomor 1 ya lur, biar jalan desa cepat dibenahi.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Ayo kita menangkan Paslon Nomor 02 satu putaran!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'masa-tenang',
    text: `Besok lusa jangan lupa ke TPS, pilih nomor urut 1!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'masa-tenang',
    platform: 'instagram',
    text: `Tinggal 2 hari lagi. Mantapkan hati, coblos 02 🙏`,
    expect: ['neutrality-campaigning:error'],
  },

  // Urging against a contestant
  {
    stage: 'kampanye',
    text: `Jangan pilih calon nomor 1, janjinya lima tahun lalu tidak ada yang ditepati.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Tolak paslon 02! Jepara butuh pemimpin yang jujur.`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Pokoknya asal bukan nomor 1.`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Jangan sampai petahana menang lagi. Jangan pilih petahana!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Jangan coblos Hendra–Aminah, cukup satu periode saja.`,
    expect: ['neutrality-campaigning:error'],
  },

  // Names, short names and nicknames KPU imported
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Ayo dukung Agus Salim Nugroho dan Rina Kartika untuk Jepara yang sejahtera!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Pilih Hendra-Aminah, pilih yang sudah terbukti.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Menangkan Agus-Rina! Bersama membangun desa.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Coblos Mas Hendra tanggal 27 ya, biar desa kita diperhatikan.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Tetap pilih Pak Agus di TPS, jangan goyah.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Dukung Agus sampai menang!`,
    expect: ['neutrality-possible-campaigning:warning'],
  },

  // Parties
  {
    stage: 'kampanye',
    text: `Coblos Golkar, Golkar menang Jepara sejahtera!`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Ayo dukung PKB dan calon yang diusungnya.`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Pilih Partai Garuda, partai anak muda!`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Dukung Garuda di pilkada ini, kawan!`,
    expect: ['neutrality-possible-campaigning:warning'],
  },

  // Gestures
  {
    stage: 'kampanye',
    text: `Salam dua jari untuk warga Desa Kecapi! ✌️`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  {
    stage: 'kampanye',
    text: `Tanggal 27 November coblos ☝️ saja, sudah jelas.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'pemungutan-suara',
    platform: 'instagram',
    text: `Sudah nyoblos? Angkat satu jari kalau kamu sepemikiran 😉`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  { stage: 'kampanye', text: `Yang setuju desa kita maju, pilih ✌️✌️✌️`, expect: ['neutrality-campaigning:error'] },

  // Taglines
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Maju Bareng Rakyat! Semangat pagi warga Tahunan 💪`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Sejahtera Merata untuk semua, lanjutkan perjuangan!`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    platform: 'instagram',
    text: `Gaspol Agus-Rina! Sampai jumpa di TPS 🔥`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Hemat Berkah, Hendra-Aminah pasti menang!`,
    expect: ['neutrality-campaigning:error', 'neutrality-partisan-symbol:warning'],
  },

  // Tags
  {
    stage: 'kampanye',
    text: `Sampai jumpa di TPS tanggal 27 November! #Coblos01`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    platform: 'instagram',
    text: `Persiapan kampanye akbar di lapangan desa sore ini #Paslon02 #TemanPemilih`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  {
    stage: 'kampanye',
    text: `Semoga hasilnya sesuai harapan kita semua #01Menang`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Info kegiatan PPS minggu ini. #PilihNomor2 #Pilkada2024`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    platform: 'instagram',
    text: `Pagi yang cerah di Desa Tegalsambi ☀️ #AgusRina`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  {
    stage: 'kampanye',
    text: `Pantau terus perkembangan pilkada #DukungPaslon01`,
    expect: ['neutrality-campaigning:error'],
  },

  // A body or its members declaring support
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Keluarga besar PPS Desa Mulyoharjo mendukung penuh pasangan Hendra Wijaya–Siti Aminah.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Kami segenap anggota PPK siap memenangkan paslon nomor urut 2!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Pilihan saya sudah bulat: nomor 1. Bagaimana dengan kalian?`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Saya pribadi mendukung Agus-Rina, tapi tetap profesional sebagai PPS ya.`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Paslon 02 pilihanku, pilihan keluargaku!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Nomor 1 di hati warga Desa Kecapi ❤️`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Pokoknya 02 menang, titik!`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Warga Dusun Krajan mendukung paslon nomor urut 1 dalam acara syukuran kemarin.`,
    expect: ['neutrality-possible-campaigning:warning'],
  },

  // Campaign material in the quiet period
  {
    stage: 'masa-tenang',
    text: `Visi paslon nomor urut 1: desa mandiri, pertanian maju, dan pendidikan gratis. Simak selengkapnya!`,
    expect: ['neutrality-quiet-period-campaign:error'],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Program unggulan Agus-Rina: BPJS gratis untuk semua warga dan beasiswa bagi anak petani.`,
    expect: ['neutrality-quiet-period-campaign:error'],
  },
  {
    stage: 'masa-tenang',
    text: `Kilas balik prestasi paslon 02 selama menjabat: 120 km jalan desa diperbaiki.`,
    expect: ['neutrality-quiet-period-campaign:error'],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Hendra Wijaya menyapa warga Desa Demangan pagi ini sambil membagikan kalender.`,
    expect: ['neutrality-quiet-period-name:warning'],
  },
  {
    stage: 'masa-tenang',
    text: `Relawan paslon 01 door to door menyapa warga di RT 04 hari ini.`,
    expect: ['neutrality-quiet-period-campaign:error'],
  },
  {
    stage: 'masa-tenang',
    text: `Janji kampanye paslon nomor urut 2 soal harga pupuk patut kita ingat sebelum ke TPS.`,
    expect: ['neutrality-quiet-period-campaign:error'],
  },

  // Survey and quick-count results in the quiet period
  {
    stage: 'masa-tenang',
    text: `Hasil survei terbaru: paslon 01 unggul 58 persen atas paslon 02.`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Elektabilitas Agus-Rina terus naik menurut lembaga survei independen.`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  {
    stage: 'masa-tenang',
    text: `Quick count internal tim menunjukkan nomor urut 2 memimpin di 12 kecamatan.`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  {
    stage: 'masa-tenang',
    text: `Jajak pendapat warga desa: mayoritas memilih paslon nomor urut 1.`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  {
    stage: 'masa-tenang',
    platform: 'instagram',
    text: `Sudah lihat hasil survei yang dirilis kemarin? Menarik banget 👀`,
    expect: ['neutrality-quiet-period-survey:warning'],
  },
  {
    stage: 'masa-tenang',
    text: `Menurut survei LSI, selisih kedua paslon tinggal 3 persen. Makin seru!`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
];
