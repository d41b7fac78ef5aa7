import type { CorpusPost } from './types';

/**
 * Neutral posts that look risky to a word list: hoaxes quoted to refute them, staff who share a
 * candidate's name, party names that are ordinary words, numbered lists, quizzes, and everyday greetings.
 */
export const NEUTRAL_CLARIFICATIONS: CorpusPost[] = [
  {
    stage: 'kampanye',
    text: `⚠️ KLARIFIKASI

Beredar video berjudul "KPU curang, surat suara sudah dicoblos" di grup WhatsApp warga. Video tersebut BUKAN dari KPU dan tidak terjadi di Jepara. Surat suara baru didistribusikan H-1 dalam kotak bersegel.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `HOAKS! Pesan berantai "Coblos nomor 2 dapat bantuan sembako dari KPU" tidak benar. KPU tidak pernah memberi imbalan kepada pemilih. Laporkan politik uang ke Bawaslu.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Cek fakta: beredar poster bertuliskan "Pemilih yang tidak memilih paslon 01 tidak akan dapat bansos". Informasi tersebut hoaks. Pilihan Anda rahasia dan tidak memengaruhi bantuan apa pun.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dps',
    text: `Ada kabar bahwa pemilih harus membayar untuk dicatat di DPS. Itu tidak benar. Seluruh layanan PPS gratis.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Beredar unggahan yang mengklaim "quick count: paslon 02 menang 70%" sejak pagi. Itu hoaks: TPS baru ditutup pukul 13.00 dan hasil resmi ditetapkan KPU melalui rekapitulasi berjenjang.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Meluruskan informasi yang viral: akun "KPU Jepara Official" yang meminta transfer biaya pendaftaran KPPS adalah akun palsu. Akun resmi kami bercentang dan tidak pernah meminta uang.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Klarifikasi PPK Tahunan: isu "penggelembungan suara di Desa Kecapi" tidak berdasar. Rekapitulasi disaksikan saksi kedua paslon dan Panwaslu; tidak ada keberatan yang tercatat untuk desa tersebut.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Jangan mudah percaya pesan yang menyebut "DPT bocor, data pemilih dijual". KPU menjaga data pribadi pemilih; salinan DPT yang ditempel tidak memuat NIK lengkap.`,
    expect: [],
  },

  // Staff who share a candidate's name (the corpus's pairs include "Agus" and "Hendra")
  {
    stage: 'coklit',
    kpuData: true,
    text: `Terima kasih kepada Pantarlih TPS 11, Agus Priyanto, yang sudah menuntaskan coklit lebih awal. Luar biasa!`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Rapat persiapan pemungutan suara dipimpin Ketua PPK Tahunan, Hendra Gunawan, bersama seluruh PPS. Pilih jalur distribusi yang aman dari banjir.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    kpuData: true,
    text: `Ketua KPPS TPS 04 Desa Demangan, Agus Setiawan, membuka pemungutan suara tepat pukul 07.00 WIB.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    kpuData: true,
    text: `Pleno rekapitulasi hari ini dipandu anggota PPK Divisi Teknis, Mas Hendra (bukan calon 😄), dan disaksikan saksi kedua paslon.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Selamat ulang tahun, Pak Agus Wibowo, sekretaris PPS Desa Krapyak! Semoga sehat selalu dan lancar bertugas di hari pemungutan suara.`,
    expect: [],
  },

  // Ordinary words that are also party names
  {
    stage: 'pengumuman-dpt',
    text: `Garuda di dadaku, hak pilih di tanganku! 🇮🇩 Pastikan namamu ada di DPT dan datang ke TPS pada 27 November.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Semangat Garuda Pancasila! Bersama kita jaga pilkada yang damai, jujur, dan adil.`,
    expect: [],
  },
  {
    date: '2024-05-01',
    text: `Selamat Hari Buruh Internasional! Terima kasih para buruh yang terus bekerja. Jangan lupa, hak pilih Anda tetap terlindungi meski bekerja di luar kota: urus pindah memilih tepat waktu.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Gelora semangat pemilih muda terasa dalam Festival Demokrasi di alun-alun. Ratusan pelajar belajar tentang tahapan pilkada lewat permainan dan kuis.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Kami mendukung suksesnya Pilkada Serentak 2024 yang damai dan bermartabat. Mari bersama-sama menjaga kondusivitas di desa kita.`,
    expect: [],
  },

  // Numbered lists, quizzes, times and numbers that are not ballot numbers
  {
    stage: 'pemungutan-suara',
    text: `Langkah mencoblos:
1️⃣ Datang ke TPS sesuai surat pemberitahuan
2️⃣ Serahkan KTP-el kepada KPPS
3️⃣ Coblos surat suara di bilik
4️⃣ Celupkan jari ke tinta`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `KUIS PEMILIH CERDAS 🎯
Kapan hari pemungutan suara Pilkada 2024?
a. 14 Februari 2024
b. 27 November 2024
c. 17 Agustus 2024
Pilih jawaban yang benar di kolom komentar! Tiga penjawab tercepat dapat suvenir.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Cara cek DPT online:
1. Buka cekdptonline.kpu.go.id
2. Masukkan NIK sesuai KTP-el
3. Ketik kode verifikasi
4. Klik "Pencarian"
Data TPS dan nomor urut Anda dalam DPT akan tampil.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Di TPS 01 RT 02/RW 01 Desa Tahunan antrean sudah mengular sejak pukul 06.45. KPPS memberi nomor antrean 1 sampai 50 untuk gelombang pertama.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Sesuai PKPU Nomor 18 Tahun 2024, rekapitulasi di tingkat kecamatan dilaksanakan 28 November–3 Desember 2024. Kecamatan Tahunan menargetkan selesai dalam 2 hari.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Lokasi TPS nomor 13 Desa Mulyoharjo dipindah dari rumah warga ke gedung TK Pertiwi agar lebih mudah dijangkau pemilih lansia.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Poin 2 dalam pakta integritas PPK: tidak memihak kepada peserta pemilihan mana pun. Kami menandatanganinya di hadapan KPU Kabupaten dan siap menjalankannya.`,
    expect: [],
  },

  // Greetings and everyday posts
  {
    stage: 'kampanye',
    text: `Selamat Hari Sumpah Pemuda! Pemuda bersatu, pemuda memilih. Jadilah pemilih muda yang kritis dan tidak golput.`,
    expect: [],
  },
  {
    stage: 'pembentukan-badan-adhoc',
    text: `Dirgahayu Republik Indonesia ke-79! 🇮🇩 Merdeka memilih, merdeka dari politik uang.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Jumat berkah. Terima kasih kepada takmir Masjid Al-Ikhlas yang mengizinkan PPS menyampaikan sosialisasi hak pilih seusai salat Jumat (tanpa kegiatan kampanye).`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Pantun hari ini:
Beli tahu di pasar Kalinyamatan,
Jangan lupa beli petai;
Pantarlih datang ke rumahmu, kawan,
Siapkan KTP-el dan KK, jangan lalai 😄`,
    expect: [],
  },
  {
    stage: 'penelitian-persyaratan',
    text: `Kunjungan kerja KPU Kabupaten Jepara ke sekretariat PPK Tahunan. Pembahasan: kesiapan administrasi dan pelaporan keuangan badan ad hoc.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `PPS se-Kecamatan Tahunan mengikuti pelatihan penggunaan media sosial yang netral dan informatif. Materi: cara menulis pengumuman, tagar resmi, dan menghindari unggahan yang memihak.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pemilih bisa memilih salah satu pasangan calon secara bebas dan rahasia. Tidak ada yang boleh memaksa Anda memilih siapa pun.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Jadwal kampanye pertemuan terbatas pekan ini di Kecamatan Tahunan: pasangan Hendra–Aminah pada Selasa di Desa Kecapi; pasangan Agus–Rina pada Kamis di Desa Tegalsambi. Panwaslu Kecamatan mengawasi keduanya.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Berdasarkan pengundian, jadwal kampanye rapat umum: paslon nomor urut 1 (Hendra–Aminah) pada 16 November dan paslon nomor urut 2 (Agus–Rina) pada 17 November 2024.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Sudah mencoblos? Jangan unggah foto surat suara yang sudah dicoblos ya. Pilihanmu rahasia, cukup unggah jari bertinta.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Jangan lupa ke TPS hari Rabu! Pilih sesuai hati nurani, jangan terpengaruh politik uang.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pemilih pemula, apa alasanmu datang ke TPS? Tulis di kolom komentar. Jawaban terbaik kami tampilkan di story (tanpa menyebut pilihan politik ya).`,
    expect: [],
  },
];
