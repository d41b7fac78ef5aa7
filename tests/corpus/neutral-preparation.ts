import type { CorpusPost } from './types';

/**
 * Neutral posts from forming the ad-hoc bodies to the candidate registration, written the way PPK, PPS and
 * KPU Kabupaten accounts write them. None should get an error; few a warning.
 */
export const NEUTRAL_PREPARATION: CorpusPost[] = [
  // Pembentukan badan ad hoc
  {
    stage: 'pembentukan-badan-adhoc',
    text: `📢 PENGUMUMAN

KPU Kabupaten Jepara membuka pendaftaran calon anggota PPS untuk Pemilihan Bupati dan Wakil Bupati serta Gubernur dan Wakil Gubernur Tahun 2024.

Syarat lengkap dan formulir dapat diunduh di laman resmi KPU Jepara. Pendaftaran GRATIS, tidak dipungut biaya apa pun.

#TemanPemilih #PilkadaSerentak2024`,
    expect: [],
  },
  {
    stage: 'pembentukan-badan-adhoc',
    text: `Hasil seleksi tertulis calon anggota PPK se-Kabupaten Jepara sudah diumumkan. Peserta yang lolos mengikuti tes wawancara sesuai jadwal pada lampiran pengumuman nomor 45/PP.04.2-Pu/3320/2024.

Informasi hanya dari kanal resmi KPU. Waspada penipuan yang menjanjikan kelulusan!`,
    expect: [],
  },
  {
    stage: 'pembentukan-badan-adhoc',
    text: `Syarat menjadi anggota PPS:
1. WNI, usia paling rendah 17 tahun
2. Setia kepada Pancasila dan UUD 1945
3. Mempunyai integritas, pribadi yang kuat, jujur, dan adil
4. Tidak menjadi anggota partai politik paling singkat 5 tahun
5. Berdomisili di desa/kelurahan setempat

Pilih jadwal pendaftaran yang paling longgar agar berkas tidak tergesa-gesa 😊`,
    expect: [],
  },
  {
    stage: 'pembentukan-badan-adhoc',
    platform: 'instagram',
    text: `Tes wawancara calon PPS hari ke-2 di Aula Kecamatan Tahunan 🙏 Semangat untuk semua peserta!

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    date: '2024-05-16',
    text: `Alhamdulillah, pada hari Kamis, 16 Mei 2024, anggota PPK se-Kabupaten Jepara resmi dilantik oleh KPU Kabupaten Jepara di Pendopo Kabupaten.

Kami, PPK Kecamatan Tahunan, siap bekerja secara mandiri, jujur, adil, dan berintegritas. Mohon doa dan dukungan masyarakat.`,
    expect: [],
  },
  {
    date: '2024-05-16',
    platform: 'instagram',
    text: `Selamat bertugas untuk 5 anggota PPK Tahunan periode Pilkada 2024: Ahmad Rofiq (Ketua), Siti Nur Hidayah, Muh. Kholil, Dewi Anggraeni, dan Agus Priyanto 💪

#PPKTahunan #KPUJepara`,
    expect: [],
  },
  {
    date: '2024-05-26',
    text: `Pelantikan anggota PPS se-Kecamatan Tahunan berlangsung khidmat di Balai Desa Mantingan pagi ini. Sebanyak 45 anggota PPS dari 15 desa mengucapkan sumpah/janji di hadapan KPU Kabupaten Jepara.

Selamat bertugas! Jaga integritas dan netralitas.`,
    expect: [],
  },
  {
    date: '2024-05-27',
    text: `Rapat koordinasi perdana PPK dan PPS se-Kecamatan Tahunan. Materi: pembagian tugas, tata kerja sekretariat, dan persiapan pembentukan Pantarlih.

Ketua PPK, Ahmad Rofiq, mengingatkan seluruh jajaran untuk menjaga netralitas di media sosial pribadi maupun lembaga.`,
    expect: [],
  },
  {
    date: '2024-06-10',
    text: `PPS Desa Mulyoharjo membuka pendaftaran Petugas Pemutakhiran Data Pemilih (Pantarlih) sampai 13 Juni 2024. Berkas diserahkan ke sekretariat PPS di Balai Desa, pukul 08.00–15.00 WIB.

Info lebih lanjut hubungi sekretariat PPS (WA 0812-2765-4410).`,
    expect: [],
  },
  {
    date: '2024-06-20',
    text: `Bimbingan teknis Pantarlih se-Kecamatan Tahunan hari ini. Pantarlih dibekali cara mengisi formulir Model A dan penggunaan aplikasi e-Coklit.

Terima kasih narasumber dari KPU Jepara, Bapak Muhammadun.`,
    expect: [],
  },
  {
    date: '2024-06-24',
    text: `Pantarlih Desa Tegalsambi dilantik dan langsung bertugas. Coklit serentak dimulai hari ini, Senin 24 Juni 2024!

Sambut Pantarlih dengan baik ya, warga 🙏`,
    expect: [],
  },

  // Coklit
  {
    stage: 'coklit',
    text: `Coklit hari pertama! 🏠 Pantarlih TPS 07 Desa Mulyoharjo mendatangi rumah Bapak Kepala Desa untuk pencocokan dan penelitian data pemilih.

Siapkan KTP-el dan Kartu Keluarga saat Pantarlih datang. Setelah dicoklit, rumah ditempeli stiker.

#Coklit #TemanPemilih`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Sudah didatangi Pantarlih? Pastikan stiker coklit tertempel di rumah Anda. Belum? Laporkan ke PPS desa setempat atau kirim pesan ke akun ini.

Satu pemilih terdaftar satu kali, di satu TPS.`,
    expect: [],
  },
  {
    stage: 'coklit',
    platform: 'instagram',
    text: `Pantarlih kami tetap bertugas meski hujan 🌧️ Terima kasih atas dedikasinya, Mas Rizal dan Mbak Yuni!

Data pemilih yang akurat dimulai dari rumah Anda. Cek juga di cekdptonline (link di bio)

#Coklit #TemanPemilih #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `PPK Tahunan melakukan supervisi coklit di Desa Kecapi bersama Panwaslu Kecamatan. Ditemukan 3 warga yang sudah meninggal dunia masih tercatat; Pantarlih mencatatnya sebagai TMS dan melampirkan data dukung.`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Warga yang baru berusia 17 tahun pada 27 November 2024 juga berhak didaftar lho! Pantarlih akan mencatat pemilih pemula yang memenuhi syarat. Sampaikan kepada Pantarlih saat berkunjung.`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Jangan khawatir jika Anda bekerja di luar kota: anggota keluarga dapat menunjukkan dokumen kependudukan Anda kepada Pantarlih. Pilih waktu yang tepat dan sampaikan kepada Pantarlih TPS masing-masing.`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Monitoring coklit di RT 03/RW 02 Desa Sukodono. Pantarlih nomor 4 Desa Sukodono sudah mencoklit 82% pemilih di wilayahnya. Terus semangat!`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Coklit tinggal 10 hari lagi, sampai 24 Juli 2024. Belum dicoklit? Hubungi PPS Desa Petekeyan di nomor 0856-4012-7788.`,
    expect: [],
  },
  {
    stage: 'coklit',
    platform: 'instagram',
    text: `Apa itu coklit? 🤔
Coklit = pencocokan dan penelitian. Pantarlih mencocokkan data di daftar pemilih dengan KTP-el/KK warga, lalu memperbaiki yang keliru.

#Coklit #TemanPemilih #PilkadaSerentak2024`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Gerakan Klik Serentak (GKS): hari ini seluruh jajaran PPK dan PPS mengajak masyarakat mengecek data di cekdptonline.kpu.go.id. Cukup masukkan NIK, data langsung tampil.`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Coklit di Lapas Kelas IIB Jepara bersama petugas lapas. Warga binaan yang memenuhi syarat tetap memiliki hak pilih dan didata sesuai ketentuan.`,
    expect: [],
  },

  // Penyusunan DPS, DPHP
  {
    stage: 'penyusunan-dps',
    text: `UNDANGAN RAPAT PLENO TERBUKA

PPS Desa Mulyoharjo mengundang masyarakat, Panwaslu Desa, dan perwakilan partai politik tingkat desa untuk hadir dalam Rapat Pleno Terbuka Rekapitulasi Daftar Pemilih Hasil Pemutakhiran (DPHP).

🗓️ Sabtu, 3 Agustus 2024
🕘 Pukul 09.00 WIB
📍 Balai Desa Mulyoharjo`,
    expect: [],
  },
  {
    stage: 'penyusunan-dps',
    text: `Rapat pleno terbuka rekapitulasi DPHP tingkat Kecamatan Tahunan telah dilaksanakan. Hasilnya: 28.415 pemilih laki-laki, 28.902 pemilih perempuan, total 57.317 pemilih yang tersebar di 162 TPS.

Hasil ini kami serahkan ke KPU Kabupaten Jepara untuk ditetapkan sebagai DPS.`,
    expect: [],
  },
  {
    stage: 'penyusunan-dps',
    platform: 'instagram',
    text: `Pleno DPHP PPS Desa Krapyak selesai ✅ Terima kasih Panwaslu Desa dan semua yang hadir. Berita acara ditandatangani dan diserahkan ke PPK.

#TemanPemilih #KPUJepara #PPKTahunan #PPSKrapyak`,
    expect: [],
  },
  {
    stage: 'penyusunan-dps',
    text: `Sebelum DPS ditetapkan, PPS dan PPK merekapitulasi DPHP secara berjenjang. Jadi angka yang beredar sebelum penetapan KPU Kabupaten belum final ya, Sahabat Pemilih.`,
    expect: [],
  },

  // Pengumuman DPS
  {
    stage: 'pengumuman-dps',
    text: `DPS Desa Mulyoharjo sudah ditempel di papan pengumuman Balai Desa, Masjid Baitul Muttaqin, dan pos ronda RT 05.

Cek nama Anda dan keluarga. Ada yang belum terdaftar atau salah? Sampaikan tanggapan ke PPS, Senin–Sabtu pukul 08.00–16.00, atau WA 0813-9000-1234.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dps',
    text: `Masa pengumuman dan tanggapan masyarakat terhadap DPS berlangsung 18–27 Agustus 2024. Masukan bisa berupa: pemilih belum terdaftar, sudah meninggal, pindah domisili, atau data keliru.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dps',
    platform: 'instagram',
    text: `Sudah cek DPS? 🔍 Datang ke kantor desa atau cek online (link di bio). Pastikan Anda terdaftar agar bisa menggunakan hak pilih pada 27 November 2024!

#CekDPT #TemanPemilih #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'pengumuman-dps',
    text: `Layanan tanggapan DPS di sekretariat PPS Kelurahan Tahunan dibuka setiap hari kerja. Bawa fotokopi KTP-el dan KK bila melaporkan anggota keluarga yang belum tercatat.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dps',
    text: `Jemput bola! PPS Desa Demangan membuka posko tanggapan DPS di pasar desa setiap pagi. Warga bisa sekalian belanja sekalian cek nama 😄`,
    expect: [],
  },

  // Pendaftaran, penelitian persyaratan
  {
    stage: 'pengumuman-pendaftaran-paslon',
    text: `KPU Kabupaten Jepara mengumumkan pendaftaran pasangan calon Bupati dan Wakil Bupati Jepara Tahun 2024 pada 27–29 Agustus 2024 di Kantor KPU Kabupaten Jepara. Persyaratan mengacu pada PKPU Nomor 8 Tahun 2024.`,
    expect: [],
  },
  {
    stage: 'pendaftaran-paslon',
    text: `Hari pertama pendaftaran pasangan calon bupati dan wakil bupati. Dua bakal pasangan calon dijadwalkan mendaftar besok. Masyarakat dapat mengikuti siaran langsung di kanal YouTube KPU Jepara.`,
    expect: [],
  },
  {
    stage: 'pendaftaran-paslon',
    kpuData: true,
    text: `KPU Kabupaten Jepara menerima pendaftaran dua bakal pasangan calon: Hendra Wijaya–Siti Aminah dan Agus Salim Nugroho–Rina Kartika. Berkas keduanya akan diteliti sesuai ketentuan.`,
    expect: [],
  },
  {
    stage: 'penelitian-persyaratan',
    text: `Masyarakat dapat memberikan tanggapan dan masukan terhadap persyaratan bakal pasangan calon. Tanggapan disampaikan secara tertulis disertai identitas yang jelas ke KPU Kabupaten Jepara.`,
    expect: [],
  },
  {
    stage: 'penelitian-persyaratan',
    text: `Tes kesehatan bakal pasangan calon berlangsung di RSUD RA Kartini. Hasilnya menjadi bagian dari penelitian persyaratan calon.`,
    expect: [],
  },

  // Penetapan paslon, pengundian nomor urut
  {
    stage: 'penetapan-paslon',
    kpuData: true,
    text: `KPU Kabupaten Jepara menetapkan dua pasangan calon Bupati dan Wakil Bupati Jepara Tahun 2024 dalam rapat pleno terbuka: Hendra Wijaya–Siti Aminah dan Agus Salim Nugroho–Rina Kartika.

Pengundian nomor urut dilaksanakan besok, 23 September 2024.`,
    expect: [],
  },
  {
    stage: 'penetapan-paslon',
    text: `Penetapan pasangan calon gubernur dan wakil gubernur dilakukan oleh KPU Provinsi, sedangkan bupati dan wakil bupati oleh KPU Kabupaten. Ikuti informasi resminya di akun KPU masing-masing.`,
    expect: [],
  },
  {
    stage: 'pengundian-nomor-urut',
    kpuData: true,
    text: `HASIL PENGUNDIAN NOMOR URUT
Pasangan Calon Bupati dan Wakil Bupati Jepara 2024

Nomor urut 1: Hendra Wijaya – Siti Aminah
Nomor urut 2: Agus Salim Nugroho – Rina Kartika

Selamat kepada kedua pasangan calon. Mari jaga pilkada yang damai.`,
    expect: [],
  },
  {
    stage: 'pengundian-nomor-urut',
    text: `Rapat pleno terbuka pengundian dan penetapan nomor urut pasangan calon berjalan lancar. Paslon nomor urut 1 dan paslon nomor urut 2 hadir bersama tim kampanye dan para pendukung.`,
    expect: [],
  },
  {
    stage: 'pengundian-nomor-urut',
    platform: 'instagram',
    text: `Nomor urut paslon Pilbup Jepara 2024 sudah ditetapkan: 01 dan 02 🗳️ Profil lengkap, visi, dan misi kedua paslon bisa dibaca di laman KPU (link di bio).

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'pengundian-nomor-urut',
    kpuData: true,
    text: `Pengundian nomor urut Pilgub Jateng di KPU Provinsi dan Pilbup Jepara di KPU Kabupaten. Di Jepara, pasangan Hendra–Aminah memperoleh nomor urut 1 dan pasangan Agus–Rina nomor urut 2.`,
    expect: [],
  },
  {
    stage: 'pemutakhiran-data-pemilih',
    text: `Siapa saja yang berhak memilih pada Pilkada 2024?
✅ WNI berusia 17 tahun atau sudah/pernah kawin
✅ Bukan anggota TNI/Polri aktif
✅ Tidak sedang dicabut hak pilihnya oleh putusan pengadilan
✅ Berdomisili di daerah pemilihan sesuai KTP-el
✅ Terdaftar dalam daftar pemilih`,
    expect: [],
  },
];
