import type { CorpusPost } from './types';

/**
 * HELD-OUT violating posts: written after the checker's rules, without reading its phrase lists, in the
 * phrasings campaigners and careless admins use (numbers as words, digits and emoji, Javanese and English,
 * slang, questions and polls, party names, taglines), plus posts that break the format rules (missing
 * required tags, Instagram's limits). Each names the finding it should get. Do not tune the checker to
 * these sentences: add a general rule, or leave the post as a known miss.
 */
export const HELD_OUT_VIOLATING: CorpusPost[] = [
  // Ballot numbers in digits and words, with urging verbs in their forms
  { stage: 'kampanye', text: `Ayo dicoblos nomer 2 ya bund 🙏`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Coblosen nomer siji, ojo liyane!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Wis mantep, nyoblos nomer loro wae.`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Tgl 27 nanti pilih yg no 1 aja, sudah terbukti kerjanya.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `pilih yg nomor dua yaa gaes, jgn sampe salah 😘`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Gas pol nomor dua sampai menang!!!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `GASPOLL 01 🔥🔥🔥`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Gass terus paslon 2, tancap gas sampai garis finish!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Jangan pilih 01! Janji-janjinya cuma omong kosong.`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `jgn coblos nomor dua, nanti nyesel lho`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Tolak paslon nomor urut 1, selamatkan Jepara!`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Pokoknya coblos nomor urut dua. Titik.`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Bapak ibu sekalian, mari kita coblos bersama pasangan nomor satu di TPS masing-masing.`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Nyoblos 02 yuk rame-rame!`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Pastikan kertas suaramu dicoblos di nomor 1 ya!`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Coblos no.2, Jepara makmur bersama.`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Ayo menangkan paslon nomer siji!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Menangkan pasangan nomor 02 satu putaran 💪`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Dukunglah calon nomor urut 1 demi perubahan.`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Kita semua mendukung paslon no urut 2, yes!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Vote number 1 for a better Jepara!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Don't vote for 02. Trust me.`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Pilihan kita cuma satu: nomor dua!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Contreng nomor satu, bukan yang lain.`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Tusuk nomor 2 ya lur, mantap jiwa 👍`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'pemungutan-suara',
    text: `Selamat pagi pemilih! Jangan lupa hari ini coblos nomor satu 😉`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'pemungutan-suara',
    text: `Sudah di bilik? Ingat pesan kami, 02 ya!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Pilihen nomer loro, sedulur! Ben desane maju.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Jangan sampai nomor 2 menang, bahaya buat desa kita.`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Calon no 1 paling amanah, gak ada lawan.`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Team 01 all the way! 💯`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Berani pilih nomor satu, berani berubah!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Mugi-mugi nomer siji menang, amin 🤲`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Nomor 2 pilihan paling tepat untuk Jepara.`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Yang nomer dua itu lho, programnya top markotop. Wajib dicoblos!`,
    expect: ['neutrality-campaigning:error'],
  },
  // Number emoji and hand gestures used as endorsement
  { stage: 'kampanye', text: `Coblos 1️⃣ untuk Jepara yang lebih baik!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Pilih 2️⃣ pilih perubahan 🙌`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Pokoke ✌️✌️✌️ menang!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Satu jari untuk Jepara ☝️☝️`, expect: ['neutrality-partisan-symbol:warning'] },
  {
    stage: 'kampanye',
    text: `Foto bareng warga Dukuh Krajan, semua kompak salam dua jari ✌️ 😁`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  { stage: 'kampanye', text: `0️⃣1️⃣ menang, rakyat senang!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Yakin ☝️ pasti menang!`, expect: ['neutrality-campaigning:error'] },
  // Questions and polls that endorse or ask a voter's choice
  { stage: 'kampanye', text: `Siapa lagi kalau bukan nomor 2? 😎`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Masih ragu pilih nomor 1? Sudah, mantapkan saja!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Kalau bukan 01, mau siapa lagi yang bisa bangun jalan desa kita?`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `POLLING: warga Tahunan pilih paslon 01 atau 02? Tulis di kolom komentar 👇`,
    expect: ['neutrality-possible-campaigning:warning'],
  },
  {
    stage: 'kampanye',
    text: `Jujur aja, kalian dukung nomor berapa? Komen ya, kami penasaran 😁`,
    expect: ['neutrality-possible-campaigning:warning'],
  },
  {
    stage: 'masa-tenang',
    text: `Polling kecil2an: besok kamu coblos nomor 1 atau nomor 2? Vote di story kami!`,
    expect: ['neutrality-quiet-period-survey:warning'],
  },
  // The body or its members declaring support
  {
    stage: 'kampanye',
    text: `Keluarga besar PPS Desa Sowan siap memenangkan paslon nomor urut 1!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Kami dari PPK Tahunan mendukung penuh pasangan calon nomor 2 🙏`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Saya pribadi sih condong ke nomor 1, hehe.`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Aku tim 02 garis keras 💪`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Relawan 01 Desa Platar, solid!`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Seluruh KPPS Desa Langon sepakat memilih nomor dua. Bismillah.`,
    expect: ['neutrality-campaigning:error'],
  },
  // With the kabupaten's list of pairs: names, nicknames, taglines
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Pilih Pak Tris, pilih yang sudah terbukti!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Coblos Bambang–Nur, Jepara bangkit!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Jangan pilih Sutrisno, dia cuma pencitraan.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Mas Bambang calon bupati paling pas buat anak muda 🔥`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Jepara Guyub! Semangat pagi sedulur 💪`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Ayo Bangkit Bareng! Salam hangat dari Desa Semat.`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Dukung terus Bu Endang, perempuan hebat untuk Jepara!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Tris-Endang menang, Jepara senang!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Warga Dukuh Sengon ramai-ramai menyatakan dukungan ke Bambang-Nur tadi malam.`,
    expect: ['neutrality-possible-campaigning:warning'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Bareng Nur Fadilah kita wujudkan Jepara ramah perempuan 💜`,
    expect: ['neutrality-possible-campaigning:warning'],
  },
  // Party names in endorsement
  { stage: 'kampanye', text: `Ayo coblos PKB, coblos nomor 2!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Golkar solid menangkan paslon 01!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Kader PKS wajib pilih nomor satu.`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Banteng ketaton, PDI Perjuangan menang!`, expect: ['neutrality-campaigning:error'] },
  // Tags that urge or belong to one side
  { stage: 'kampanye', text: `Semangat pagi warga! #Pilih02 #JeparaMaju`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Kampanye akbar hari ini rame banget 🔥 #01Pasti #MenangSatuPutaran`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  { stage: 'kampanye', text: `Sukses terus! #CoblosNomor1 #TemanPemilih`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Dokumentasi kegiatan warga di lapangan desa #TrisEndang #JeparaGuyub`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  // Masa tenang: campaign material, naming one pair, surveys and quick counts
  {
    stage: 'masa-tenang',
    text: `Besok jangan lupa coblos nomor 1 ya, demi Jepara!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'masa-tenang',
    text: `Survei terbaru LSI: paslon 02 unggul 54,3 persen atas paslon 01.`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  {
    stage: 'masa-tenang',
    text: `Elektabilitas nomor urut 1 naik tajam jadi 58% menurut survei internal.`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Hasil jajak pendapat di 20 desa: Bambang-Nur 61%, Sutrisno-Endang 39%.`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  {
    stage: 'masa-tenang',
    text: `Visi misi paslon nomor urut 2: pendidikan gratis, kesehatan gratis, jalan mulus. Simak selengkapnya 👇`,
    expect: ['neutrality-quiet-period-campaign:error'],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Program unggulan Pak Tris: seragam sekolah gratis untuk semua siswa SD dan SMP.`,
    expect: ['neutrality-quiet-period-campaign:error'],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Bu Endang Lestari tadi pagi hadir di pengajian rutin Desa Sowan.`,
    expect: ['neutrality-quiet-period-name:warning'],
  },
  {
    stage: 'masa-tenang',
    text: `Paslon 02 terlihat blusukan ke pasar pagi ini, warga antusias menyambut.`,
    expect: ['neutrality-quiet-period-name:warning'],
  },
  {
    stage: 'masa-tenang',
    text: `Kata survei sih nomor 2 bakal menang telak, kita lihat besok 😏`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  {
    stage: 'pemungutan-suara',
    text: `Quick count sementara jam 11: paslon 01 48%, paslon 02 52%. Update terus di sini!`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  // Denied tags and phrases, in other spellings
  { stage: 'kampanye', text: `Sudahlah, golput aja tahun ini. Gak ada yang bener.`, expect: ['denied-phrase:error'] },
  { stage: 'rekapitulasi-kecamatan', text: `Hasilnya aneh. #KPUCurang #UsutTuntas`, expect: ['denied-hashtag:error'] },
  // Missing required tags (checked with the PPK Tahunan profile)
  {
    stage: 'pengumuman-dps',
    text: `DPS Desa Sukodono sudah diumumkan di balai desa. Silakan dicek.`,
    expect: ['required-hashtags:error'],
    countsRequiredTags: true,
  },
  {
    stage: 'coklit',
    text: `Coklit hari pertama di Desa Ngabul berjalan lancar.

#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri`,
    expect: ['required-hashtags:error'],
    countsRequiredTags: true,
  },
  {
    stage: 'pemungutan-suara',
    platform: 'instagram',
    text: `TPS sudah buka! Yuk datang 🗳️

#TemanPemilih #KPUJepara`,
    expect: ['required-hashtags:error'],
    countsRequiredTags: true,
  },
  {
    stage: 'masa-tenang',
    text: `Masa tenang, mari jaga suasana kondusif.

#TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri`,
    expect: ['required-hashtags:error'],
    countsRequiredTags: true,
  },
  // Platform limits
  {
    stage: 'pengumuman-dpt',
    platform: 'instagram',
    text: `Cek DPT-mu sekarang! 🔍

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan #CekDPT #AyoMemilih #PemilihPemula`,
    expect: ['hashtag-limit:error'],
  },
  {
    stage: 'kampanye',
    platform: 'instagram',
    text: `Terima kasih atas kehadiran rekan-rekan di bimtek KPPS: ${Array.from({ length: 23 }, (_, index) => `@kpps_tps${index + 1}`).join(' ')}

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: ['mention-limit:error'],
  },
  {
    stage: 'pengumuman-dpt',
    platform: 'instagram',
    text: `${'Pemilih yang namanya belum tercantum dalam DPT tetap dapat menggunakan hak pilihnya dengan menunjukkan KTP-el di TPS sesuai alamat, pada pukul 12.00 sampai 13.00 waktu setempat, selama surat suara masih tersedia. '.repeat(11)}

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: ['character-limit:error'],
  },
  {
    stage: 'kampanye',
    platform: 'instagram',
    text: `Info lengkap jadwal sosialisasi: https://kpu-jepara.go.id/jadwal 👈

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: ['instagram-link:warning'],
  },
];
