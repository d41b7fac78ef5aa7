import type { CorpusPost } from './types';

/** Neutral posts from the DPSHP and DPT to the campaign period, the debates and KPPS recruitment. */
export const NEUTRAL_VOTERS_CAMPAIGN: CorpusPost[] = [
  // DPSHP, penetapan DPT, pengumuman DPT
  {
    date: '2024-09-07',
    text: `Rapat Pleno Terbuka Rekapitulasi DPSHP tingkat PPS Desa Mulyoharjo hari ini, Sabtu 7 September 2024, pukul 13.00 WIB di Balai Desa. Terbuka untuk umum.`,
    expect: [],
  },
  {
    date: '2024-09-11',
    text: `PPK Tahunan menggelar pleno rekapitulasi DPSHP tingkat kecamatan. Hasil: laki-laki 28.390, perempuan 28.871, jumlah 57.261 pemilih di 162 TPS. Rincian per desa terlampir di berita acara.`,
    expect: [],
  },
  {
    stage: 'penetapan-dpt',
    text: `KPU Kabupaten Jepara menetapkan DPT Pilkada 2024 dalam rapat pleno terbuka. DPT inilah yang dipakai pada hari pemungutan suara, Rabu 27 November 2024.`,
    expect: [],
  },
  {
    stage: 'penetapan-dpt',
    platform: 'instagram',
    text: `DPT sudah ditetapkan! Pastikan nama Anda ada di DPT dan cek lokasi TPS-nya. Nomor urut Anda di DPT juga tercantum di salinan yang ditempel di desa.

#CekDPT #TemanPemilih #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Salinan DPT Desa Mulyoharjo ditempel di 12 titik: balai desa, masjid, mushala, dan pos ronda tiap RT. Cari nama Anda, nomor TPS, dan nomor urut dalam DPT.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Pindah domisili atau bekerja di luar kota saat 27 November? Urus pindah memilih ke PPS asal atau tujuan dengan membawa KTP-el dan dokumen pendukung. Formulir Model A-Pindah Memilih akan diterbitkan PPS.`,
    expect: [],
  },
  {
    date: '2024-10-20',
    text: `Batas pindah memilih karena pindah domisili, tugas belajar, atau bekerja di luar domisili adalah 30 hari sebelum hari pemungutan suara. Jangan sampai terlewat!`,
    expect: [],
  },
  {
    date: '2024-11-15',
    text: `Pindah memilih karena sakit/rawat inap, menjadi tahanan, tertimpa bencana, atau tugas mendadak masih dilayani sampai 20 November 2024 (H-7). Hubungi PPS desa Anda.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Pemilih disabilitas dapat menyampaikan kebutuhan pendampingan kepada PPS agar KPPS menyiapkan alat bantu tuna netra dan akses kursi roda di TPS.`,
    expect: [],
  },

  // Kampanye: information about the campaign, neutrality, debates
  {
    stage: 'kampanye',
    text: `Masa kampanye Pilkada 2024 berlangsung 25 September–23 November 2024. Penyelenggara pemilihan di semua tingkatan wajib menjaga netralitas. Laporkan dugaan pelanggaran kampanye ke Bawaslu atau Panwaslu Kecamatan.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Kampanye dilarang di tempat ibadah, tempat pendidikan, dan fasilitas pemerintah. Pelanggaran dapat dilaporkan ke Panwaslu Kecamatan Tahunan.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `📺 DEBAT PUBLIK PERTAMA
Pasangan Calon Bupati dan Wakil Bupati Jepara 2024

Paslon 01 Hendra Wijaya–Siti Aminah dan Paslon 02 Agus Salim Nugroho–Rina Kartika

🗓️ Minggu, 27 Oktober 2024, pukul 19.00 WIB
Disiarkan langsung TVKU dan YouTube KPU Jepara.`,
    expect: [],
  },
  {
    date: '2024-10-30',
    text: `Malam ini debat pertama Pilgub Jateng 2024. Saksikan visi, misi, dan program kedua pasangan calon gubernur dan wakil gubernur, lalu tentukan pilihan Anda dengan cerdas.`,
    expect: [],
  },
  {
    date: '2024-11-09',
    text: `Debat publik kedua Pilbup Jepara digelar hari ini pukul 10.00–12.00 WIB di Bandengan. Paslon nomor urut 1 dan nomor urut 2 memaparkan gagasan tentang ekonomi, kesehatan, dan lingkungan hidup.`,
    expect: [],
  },
  {
    date: '2024-11-17',
    platform: 'instagram',
    text: `Debat terakhir malam ini 🎙️ Tonton, simak, dan bandingkan program paslon 01 dan 02 sebelum ke TPS.

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Sosialisasi pendidikan pemilih bagi pemilih pemula di SMA Negeri 1 Tahunan. Siswa belajar cara mencoblos yang sah: coblos satu kali pada nomor urut, foto, atau nama salah satu pasangan calon di dalam kotak.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Surat suara dinyatakan SAH bila dicoblos tepat pada satu kolom pasangan calon. Mencoblos dua kolom pasangan calon membuat surat suara TIDAK SAH.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Laporan Awal Dana Kampanye (LADK) tim kampanye pasangan Hendra–Aminah dan tim kampanye pasangan Agus–Rina telah diterima KPU Kabupaten Jepara tepat waktu.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Anggota PPK, PPS, dan KPPS dilarang ikut berkampanye, memakai atribut peserta, atau mengunggah dukungan di media sosial. Jaga integritas, jaga kepercayaan masyarakat.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Yuk jadi pemilih cerdas! Kenali calon pemimpinmu dari visi, misi, dan rekam jejaknya. Informasi resmi kedua pasangan calon tersedia di laman KPU Jepara.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Tolak politik uang! Pilihan Anda tidak bisa dibeli. Laporkan praktik politik uang ke Bawaslu.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pelaksanaan kampanye rapat umum paslon nomor urut 01 di Lapangan Kecamatan dan paslon nomor urut 02 di Alun-alun dijadwalkan oleh KPU sesuai kesepakatan dengan tim kampanye kedua paslon.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Stiker, kaos, dan atribut peserta pemilihan tidak boleh dipasang di kantor PPS. Kantor sekretariat PPS Desa Tahunan tetap steril dari atribut kampanye.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `"Pemilu itu bukan untuk memilih yang terbaik, tetapi mencegah yang terburuk berkuasa." Apa pun pilihanmu, datanglah ke TPS pada 27 November 2024.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Alat peraga kampanye (APK) pasangan Hendra–Aminah dan pasangan Agus–Rina difasilitasi KPU. Lokasi pemasangan APK di Kecamatan Tahunan ditetapkan bersama Panwaslu Kecamatan.`,
    expect: [],
  },

  // Rekrutmen KPPS, pelantikan KPPS
  {
    date: '2024-10-05',
    text: `📢 Rekrutmen KPPS Pilkada 2024 dibuka!
Syarat: WNI min. 17 tahun, sehat jasmani rohani, berdomisili di desa setempat, tidak menjadi anggota partai politik, pendidikan minimal SMA sederajat.
Pendaftaran di sekretariat PPS masing-masing, 5–11 Oktober 2024.`,
    expect: [],
  },
  {
    date: '2024-10-09',
    platform: 'instagram',
    text: `Kuota KPPS di Desa Mulyoharjo: 7 orang per TPS × 13 TPS. Ayo daftar! Pilih TPS terdekat dari rumahmu saat mendaftar 🙌

#TemanPemilih #KPUJepara #PPKTahunan #PPSMulyoharjo`,
    expect: [],
  },
  {
    date: '2024-10-25',
    text: `Pengumuman hasil seleksi anggota KPPS Desa Kecapi sudah ditempel di papan pengumuman balai desa. Terima kasih atas antusiasme warga yang mendaftar.`,
    expect: [],
  },
  {
    date: '2024-11-07',
    text: `Pelantikan anggota KPPS se-Desa Mulyoharjo serentak hari ini, Kamis 7 November 2024. 91 anggota KPPS dari 13 TPS mengucapkan sumpah/janji. Selamat bertugas, jaga netralitas!`,
    expect: [],
  },
  {
    date: '2024-11-10',
    text: `Bimtek KPPS tahap 1 di Aula Kecamatan Tahunan: tata cara pemungutan, penghitungan suara, pengisian formulir Model C, dan penggunaan Sirekap. Pemateri: PPK Divisi Teknis.`,
    expect: [],
  },

  // Logistik
  {
    date: '2024-11-12',
    text: `Sortir dan lipat surat suara Pilbup Jepara di gudang logistik KPU. Surat suara yang rusak dipisahkan dan dimusnahkan sesuai prosedur, disaksikan Bawaslu dan kepolisian.`,
    expect: [],
  },
  {
    date: '2024-11-20',
    text: `Logistik pemilihan untuk 162 TPS se-Kecamatan Tahunan tiba di gudang PPK: kotak suara, bilik suara, surat suara, tinta, dan formulir. Pengamanan 24 jam oleh Polsek dan Linmas.`,
    expect: [],
  },
  {
    date: '2024-11-23',
    text: `Distribusi logistik dari PPK ke PPS se-Kecamatan Tahunan hari ini. Pastikan segel kotak suara utuh saat serah terima. Terima kasih Polsek Tahunan atas pengawalannya.`,
    expect: [],
  },
];
