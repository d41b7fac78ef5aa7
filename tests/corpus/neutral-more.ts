import type { CorpusPost } from './types';

/** More neutral posts, in other voices: PPS in villages, short captions, replies to questions. */
export const NEUTRAL_MORE: CorpusPost[] = [
  {
    stage: 'coklit',
    text: `Alhamdulillah coklit di Dukuh Krajan sudah 100%. Matur nuwun warga yang sudah kooperatif 🙏 Yang belum tercoklit silakan hubungi PPS.`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Pertanyaan warga: "Saya KTP luar kota tapi tinggal di sini, bisa didata?" Jawab: coklit mengikuti alamat KTP-el. Untuk memilih di sini, urus pindah memilih setelah DPT ditetapkan.`,
    expect: [],
  },
  {
    stage: 'penyusunan-dps',
    text: `Rapat kerja PPS se-Kecamatan Tahunan persiapan pleno DPHP. Setiap PPS membawa Model A-Daftar Pemilih hasil coklit dan data TMS dengan bukti pendukung.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dps',
    platform: 'instagram',
    text: `Namamu belum ada di DPS? Jangan panik 😅 Lapor ke PPS dengan bawa KTP-el & KK. Gratis!

#TemanPemilih #KPUJepara #PPKTahunan #PPSMulyoharjo`,
    expect: [],
  },
  {
    stage: 'pengumuman-dps',
    text: `Tanggapan masyarakat terhadap DPS di Desa Krapyak: 14 pemilih baru, 9 meninggal dunia, 6 pindah domisili. Semua ditindaklanjuti sesuai prosedur.`,
    expect: [],
  },
  {
    stage: 'pendaftaran-paslon',
    text: `Suasana pendaftaran bakal pasangan calon di Kantor KPU Jepara. Kedua bakal paslon datang diiringi pendukung; aparat keamanan berjaga di sekitar lokasi.`,
    expect: [],
  },
  {
    stage: 'penelitian-persyaratan',
    text: `Tahapan penelitian administrasi dan tes kesehatan bakal calon berlangsung sampai 21 September. Hasilnya diumumkan KPU Kabupaten sebelum penetapan pasangan calon.`,
    expect: [],
  },
  {
    stage: 'penetapan-paslon',
    text: `KPU Kabupaten Jepara telah menetapkan pasangan calon. Siapa pun pilihan Anda nanti, mari jaga persaudaraan di desa.`,
    expect: [],
  },
  {
    stage: 'pengundian-nomor-urut',
    text: `Pengundian nomor urut selesai. Paslon yang memperoleh nomor urut 1 dan nomor urut 2 menandatangani berita acara di hadapan KPU dan Bawaslu.`,
    expect: [],
  },
  {
    stage: 'pengundian-nomor-urut',
    kpuData: true,
    text: `Selamat kepada Bapak Hendra Wijaya dan Ibu Siti Aminah (nomor urut 1) serta Bapak Agus Salim Nugroho dan Ibu Rina Kartika (nomor urut 2). Semoga kampanye berjalan damai.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Deklarasi kampanye damai diikuti kedua pasangan calon, partai pengusung, dan tim kampanye. Mereka berkomitmen menolak politik uang dan ujaran kebencian.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Catat! Tidak ada iuran apa pun untuk menjadi pemilih. Jika ada yang meminta uang atas nama PPS, laporkan ke kami.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Bawaslu mengingatkan: ASN, kepala desa, dan perangkat desa wajib netral. Laporkan bila ada yang mengarahkan warga untuk memilih pasangan calon tertentu.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Mari kita pilih pemimpin yang amanah dengan menggunakan hak pilih secara bebas dan rahasia.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Simulasi pemungutan suara di Desa Mantingan menggunakan surat suara contoh dengan pasangan calon fiktif "Paslon A" dan "Paslon B". Warga mencoba mencoblos dan melihat penghitungan.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Pada debat kedua, Hendra Wijaya menjawab pertanyaan tentang sampah plastik, sedangkan Agus Salim Nugroho menjawab pertanyaan tentang UMKM.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Jadwal penayangan iklan kampanye di media massa difasilitasi KPU untuk kedua paslon dengan durasi dan frekuensi yang sama.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Lomba video pendek "Pemilih Berdaulat" dibuka untuk pelajar. Juara 1, 2, dan 3 mendapat hadiah dari KPU Jepara. Karya tidak boleh memuat gambar atau nama pasangan calon.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pemilih pemula: memilih itu mudah! Datang ke TPS, tunjukkan KTP-el, terima surat suara, coblos di bilik, masukkan ke kotak, celup jari ke tinta.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Kami menerima pertanyaan: bolehkah anggota PPS hadir di kampanye? Boleh menonton sebagai warga, tetapi dilarang memakai atribut, ikut bersorak, atau berfoto dengan gaya dukungan.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Warga yang akan dirawat di RSUD saat hari pemungutan suara bisa mengurus pindah memilih ke TPS terdekat dari rumah sakit. Bawa surat keterangan rawat inap.`,
    expect: [],
  },
  {
    date: '2024-10-28',
    text: `Hari ini batas akhir pindah memilih untuk alasan pindah domisili, tugas belajar, dan bekerja di luar domisili. Layanan PPS buka sampai pukul 16.00.`,
    expect: [],
  },
  {
    date: '2024-11-07',
    platform: 'instagram',
    text: `Resmi dilantik! 91 anggota KPPS Desa Mulyoharjo siap melayani pemilih di 13 TPS 🗳️

#TemanPemilih #KPUJepara #PPKTahunan #PPSMulyoharjo`,
    expect: [],
  },
  {
    date: '2024-11-21',
    text: `Gladi bersih pemungutan suara di TPS 02 Desa Kecapi: KPPS berlatih membuka kotak, menghitung surat suara, dan mengisi formulir C.Hasil dengan contoh surat suara.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `H-1! KPPS se-Desa Mulyoharjo menerima logistik dari PPS pukul 14.00. Mohon ketua KPPS membawa surat tugas.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Masa tenang bukan berarti sepi informasi. Tanyakan di kolom komentar jika masih bingung soal TPS, surat pemberitahuan, atau jam memilih.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Pemasangan daftar pasangan calon (DPC) di setiap TPS: foto, nama, visi, dan misi kedua pasangan calon ditempel berdampingan agar pemilih mengenal semuanya.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Pengumuman: pemilih yang bekerja pada hari pemungutan suara berhak mendapat waktu untuk memilih. Silakan koordinasikan dengan tempat kerja Anda.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Pak Agus Wahyudi, Ketua RT 03, meminjamkan halaman rumahnya untuk TPS 07. Terima kasih atas dukungannya!`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Pukul 10.00: partisipasi di TPS 05 Desa Mulyoharjo sudah 48%. Yuk yang belum, segera ke TPS!`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Ada pemilih yang salah mencoblos dan surat suaranya rusak? Minta ganti ke KPPS, maksimal satu kali penggantian.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    kpuData: true,
    text: `Calon bupati nomor urut 1, Hendra Wijaya, menggunakan hak pilih di TPS 04 Desa Tahunan, sedangkan calon nomor urut 2, Agus Salim Nugroho, mencoblos di TPS 09 Desa Demangan.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Pengawas TPS, saksi kedua paslon, dan warga menyaksikan penghitungan di TPS 10. Setiap surat suara diperlihatkan sebelum dicatat di formulir plano.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    platform: 'instagram',
    text: `TPS unik di Desa Tegalsambi bertema perahu nelayan ⛵ Kreatif, tetap netral!

#TemanPemilih #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Rekapitulasi tingkat kecamatan diskors pukul 23.00 dan dilanjutkan besok pukul 08.00. Kotak suara disimpan di gudang PPK dengan pengamanan kepolisian.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Saksi paslon nomor urut 2 meminta pembukaan kotak suara TPS 03 Desa Kecapi untuk pencocokan. PPK mengabulkan setelah berkoordinasi dengan Panwaslu Kecamatan; hasil sesuai C.Hasil.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi',
    text: `Penetapan pasangan calon terpilih akan dilakukan KPU Kabupaten setelah tidak ada permohonan perselisihan hasil ke Mahkamah Konstitusi.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi',
    text: `Formulir D.Hasil Kecamatan Tahunan bisa dilihat di papan pengumuman kantor PPK selama 7 hari. Masyarakat berhak mengetahui hasil rekapitulasi.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Ini hoaks: "KPPS boleh mencoblos sisa surat suara untuk paslon tertentu". Sisa surat suara diberi tanda silang dan dihitung dalam berita acara.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Beredar pesan berantai yang mengajak "Pilih 01 biar dapat bansos". KPU menegaskan pesan itu tidak benar dan tidak berasal dari penyelenggara.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Klarifikasi: foto anggota PPS berpose dua jari yang beredar adalah foto lama saat lomba 17-an, bukan dukungan kepada paslon. Kami tetap netral.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Ada yang bertanya, apakah PPK boleh menyebut nomor urut paslon? Boleh, sebatas informasi resmi untuk semua paslon secara setara.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Sahabat pemilih, bedakan kampanye dan sosialisasi. Kampanye dilakukan peserta; sosialisasi dilakukan penyelenggara dan harus netral.`,
    expect: [],
  },
  {
    stage: 'pembentukan-badan-adhoc',
    text: `Seleksi anggota PPK: 80 pendaftar mengikuti CAT di Universitas Islam Nahdlatul Ulama Jepara. Hasil diumumkan 3 hari lagi.`,
    expect: [],
  },
  {
    stage: 'pemutakhiran-data-pemilih',
    text: `Daftar pemilih yang akurat adalah hak setiap warga. Kenali tahapan: coklit, DPHP, DPS, DPSHP, lalu DPT.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Satu keluarga bisa berbeda TPS? Bisa, karena pembagian TPS mengikuti jumlah pemilih per TPS dan alamat. Cek TPS masing-masing anggota keluarga.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Alat peraga kampanye yang rusak diterpa angin di Jalan Raya Tahunan sudah dilaporkan ke Panwaslu Kecamatan untuk ditindaklanjuti.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Terima kasih kepada kedua tim kampanye yang mematuhi jadwal dan zonasi kampanye di Kecamatan Tahunan pekan ini.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Mau tahu program kedua paslon? Baca dokumen visi dan misi resmi di laman KPU, bukan dari potongan video di media sosial.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    platform: 'instagram',
    text: `Kalau hujan, TPS tetap buka ☔ Bawa payung ya!

#MasaTenang #TemanPemilih #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Alhamdulillah, lomba mural pemilu tingkat kecamatan dimenangkan Desa Krapyak. Juara 1 Desa Krapyak, juara 2 Desa Kecapi.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Terima kasih atas dukungan Forkopimcam Tahunan dalam pengamanan kampanye hari ini.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Tata cara mencoblos: coblos tepat pada foto, nama, atau nomor urut salah satu pasangan calon.`,
    expect: [],
  },
  { stage: 'pengumuman-dpt', text: `Bingung pilih TPS 1 atau TPS 2? Cek di surat pemberitahuan ya!`, expect: [] },
  {
    stage: 'kampanye',
    text: `Debat kedua tadi malam: paslon 1 membahas pertanian, paslon 2 membahas UMKM. Siapa pun pilihanmu, tetap rukun ya.`,
    expect: [],
  },
  { stage: 'kampanye', text: `Pilih pemimpin dengan hati, bukan karena amplop.`, expect: [] },
  { stage: 'kampanye', text: `Nomor urut 1 dan 2 sama-sama berkomitmen menjaga pilkada damai.`, expect: [] },
  { stage: 'kampanye', text: `Mari dukung terselenggaranya pilkada yang jujur dan adil!`, expect: [] },
  { stage: 'kampanye', text: `Yuk, menangkan demokrasi dengan datang ke TPS!`, expect: [] },
  { stage: 'kampanye', text: `Kampanye paslon 02 di lapangan desa berjalan tertib, diawasi Panwaslu.`, expect: [] },
  { stage: 'kampanye', text: `Kami mengimbau para pendukung paslon 01 dan paslon 02 menjaga ketertiban.`, expect: [] },
  {
    stage: 'pemungutan-suara',
    text: `No. 1 dalam daftar: siapkan KTP-el. No. 2: bawa surat pemberitahuan.`,
    expect: [],
  },
  { stage: 'pemungutan-suara', text: `Pemilih di TPS 01 sampai TPS 05 Desa Kecapi silakan datang pagi.`, expect: [] },
  { stage: 'kampanye', text: `Pemilu bukan soal menang atau kalah, tapi soal kita semua.`, expect: [] },
  { stage: 'kampanye', text: `Gunakan hak pilihmu! ✌️ Damai itu indah.`, expect: [] },
  { stage: 'kampanye', text: `KPU tidak mendukung paslon mana pun.`, expect: [] },
  { stage: 'kampanye', text: `Paslon 2 didukung oleh 5 partai, paslon 1 didukung oleh 4 partai.`, expect: [] },
  { stage: 'rekapitulasi', text: `Info: 1 TPS melayani maksimal 600 pemilih. Desa kami punya 13 TPS.`, expect: [] },
  {
    stage: 'masa-tenang',
    text: `Masa tenang hari kedua. Alat peraga kampanye paslon 01 dan 02 di wilayah Kecamatan Tahunan sudah bersih.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Besok pemungutan suara! Surat suara Pilbup memuat foto paslon nomor urut 1 dan nomor urut 2.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Ingat, pada masa tenang dilarang menyebarkan hasil survei tentang pasangan calon.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Kami tidak akan menampilkan hasil survei atau quick count apa pun di akun ini.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `H-1, PPS Desa Kecapi menerima logistik: 2 jenis surat suara, tinta, dan formulir.`,
    expect: [],
  },
  { stage: 'masa-tenang', text: `Pemilih DPTb di Desa Mulyoharjo: 23 orang. Mereka memilih di TPS 02.`, expect: [] },
  { stage: 'masa-tenang', text: `Jangan sebar hoaks di masa tenang. Saring sebelum sharing!`, expect: [] },
];
