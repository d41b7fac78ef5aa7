import type { CorpusPost } from './types';

/**
 * HELD-OUT neutral posts: written after the checker's rules, without reading its phrase lists, to measure
 * how it does on posts it was not tuned to (`npm run bench` and tests/unit/corpus.test.ts report them apart).
 * Do not tune the checker to these sentences: add a general rule, or leave the post as a known miss.
 * Candidate pairs named here are the held-out kabupaten's (HELD_OUT_PAIRS in kpu-data.ts): 01 Sutrisno –
 * Endang Lestari, 02 Bambang Hariyadi – Nur Fadilah. "Bambang" is also a common name of election staff.
 */
export const HELD_OUT_NEUTRAL: CorpusPost[] = [
  // Pembentukan badan ad hoc
  {
    stage: 'pembentukan-badan-adhoc',
    text: `📢 PENGUMUMAN: Pendaftaran calon anggota PPS untuk Pilkada 2024 dibuka 2–8 Mei. Syarat lengkap bisa dilihat di papan pengumuman kantor desa atau tanya langsung ke sekretariat PPK Tahunan. Monggo yang berminat!`,
    expect: [],
  },
  {
    stage: 'pelantikan-pps',
    text: `Alhamdulillah, pagi ini 3 anggota PPS Desa Ngabul resmi dilantik dan mengucapkan sumpah/janji di Pendopo Kabupaten. Semoga amanah, netral, dan profesional sampai akhir tahapan 🙏`,
    expect: [],
  },
  {
    stage: 'pelantikan-ppk',
    platform: 'instagram',
    text: `Selamat bertugas PPK se-Kabupaten Jepara! Integritas, netralitas, profesionalitas 💪

#TemanPemilih #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'pembentukan-badan-adhoc',
    text: `Bimtek PPS se-Kecamatan Tahunan hari ini membahas kode etik penyelenggara: tidak boleh ikut kampanye, tidak boleh unggah dukungan ke salah satu paslon di medsos pribadi, dan wajib menjaga kerahasiaan data pemilih.`,
    expect: [],
  },
  {
    stage: 'pembentukan-badan-adhoc',
    text: `Dibuka rekrutmen KPPS! Usia min 17 thn, pendidikan min SMA/sederajat, bukan anggota parpol, sehat jasmani rohani. Berkas dikumpulkan ke PPS desa masing-masing paling lambat tgl 20 ya. Info lbh lanjut hub. sekretariat PPS.`,
    expect: [],
  },
  {
    stage: 'pembentukan-badan-adhoc',
    text: `Ketua PPS Desa Senenan, Bambang Sutejo, memimpin rapat pembagian wilayah kerja pantarlih bersama perangkat desa dan ketua RT se-Desa Senenan.`,
    expect: [],
  },
  {
    stage: 'pembentukan-badan-adhoc',
    text: `Hasil seleksi administrasi calon anggota KPPS Desa Platar sudah ditempel di balai desa. Yang dinyatakan memenuhi syarat silakan cek jadwal wawancara. Matur nuwun sampun ndaftar 🙏`,
    expect: [],
  },
  // Coklit
  {
    stage: 'coklit',
    text: `Sedulur sedoyo, mulai 24 Juni pantarlih akan door to door ke rumah njenengan buat coklit data pemilih. Siapkan KTP-el dan KK nggih. Pantarlih dilengkapi ID card & rompi resmi KPU.

#Coklit #TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri`,
    expect: [],
    countsRequiredTags: true,
  },
  {
    stage: 'coklit',
    text: `Coklit hari ke-5 di Desa Mangunan 📋 Pantarlih TPS 03 menempel stiker coklit di rumah warga yang sudah didata. Kalau rumah anda belum ditempeli stiker, kabari PPS ya.`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Monitoring coklit oleh PPK Tahunan bersama Panwascam ke Dukuh Sengon. Ditemukan 2 pemilih meninggal dunia yang masih tercatat, langsung dicoret oleh pantarlih sesuai prosedur (TMS).`,
    expect: [],
  },
  {
    stage: 'coklit',
    platform: 'instagram',
    text: `Kenapa harus dicoklit? ✅ Supaya namamu terdaftar ✅ Supaya data pemilih akurat ✅ Supaya tidak ada pemilih ganda. Simple kan? 😉

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
    countsRequiredTags: true,
  },
  {
    stage: 'coklit',
    text: `Gerakan Klik Serentak (GKS): pantarlih se-Kecamatan Tahunan coklit tokoh masyarakat, pak camat, dan kapolsek hari ini. Ayo masyarakat dukung pantarlih dengan menerima kedatangannya 😊`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Info: yg sdh pindah domisili tp KTP masih alamat lama, tetap didata sesuai KTP-el. Nanti kalau mau nyoblos di tempat baru, bisa urus pindah memilih. Jgn bingung ya bpk/ibu.`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Pantarlih juga menyambangi pemilih disabilitas di Desa Semat. Data ragam disabilitas dicatat supaya KPPS bisa menyiapkan TPS yang ramah akses. Satu pemilih pun tidak boleh tertinggal.`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Reminder coklit: pemilih pemula (yang usianya genap 17 tahun pada 27 November 2024) juga WAJIB didata ya! Adik-adik kelas XII, pastikan pantarlih sudah mampir ke rumah 👍`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Nomor 1 yg harus disiapkan saat coklit: KTP-el. Nomor 2: Kartu Keluarga. Gampang to? Monggo disiapkan sebelum pantarlih datang.`,
    expect: [],
  },
  // Penyusunan DPS, DPHP
  {
    stage: 'rekapitulasi-dphp-pps',
    text: `Rapat Pleno Terbuka Rekapitulasi Daftar Pemilih Hasil Pemutakhiran (DPHP) tingkat Desa Sukodono. Hadir Panwaslu Kelurahan/Desa, kepala desa, BPD, dan tokoh masyarakat. Hasil: 4.812 pemilih (L 2.390, P 2.422) di 11 TPS.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-dphp-ppk',
    text: `PPK Tahunan menggelar rapat pleno terbuka rekapitulasi DPHP tingkat kecamatan di aula kantor kecamatan. Saran perbaikan dari Panwaslu Kecamatan dicatat dalam berita acara. Terima kasih atas kehadiran seluruh undangan.`,
    expect: [],
  },
  {
    stage: 'penyusunan-dps',
    text: `Sinkronisasi data pemilih antara PPS dan operator Sidalih. Pemilih ganda, pemilih di bawah umur, dan TNI/Polri aktif dikeluarkan dari daftar sesuai ketentuan.`,
    expect: [],
  },
  // Pengumuman DPS, DPSHP
  {
    stage: 'pengumuman-dps',
    text: `DPS Desa Petekeyan sudah diumumkan! Lokasi: balai desa, masjid, dan pos ronda tiap RW. Cek nama anda & keluarga. Ada yg salah/belum masuk? Lapor ke PPS, layanan buka jam 08.00-15.00. Kontak WA PPS: 0812-2xxx-4471.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dps',
    platform: 'instagram',
    text: `Cek namamu di DPS sekarang juga 🔍 Caranya gampang:
1️⃣ Buka cekdptonline.kpu.go.id
2️⃣ Masukkan NIK
3️⃣ Klik Pencarian
Kalau tidak ketemu, datang ke PPS desamu ya!

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'pengumuman-dps',
    text: `Masyarakat dapat memberikan tanggapan dan masukan atas DPS sampai 27 Agustus 2024. Tanggapan bisa berupa pemilih yang belum terdaftar, sudah meninggal, pindah, atau berubah status jadi TNI/Polri.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-dpshp-pps',
    text: `Pleno terbuka rekapitulasi DPSHP Desa Langon, Sabtu 7 September. Perubahan dari DPS: +23 pemilih baru, −17 TMS. Berita acara ditandatangani PPS dan disaksikan PKD.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-dpshp-ppk',
    text: `Rapat pleno terbuka rekapitulasi DPSHP tingkat Kecamatan Tahunan tgl 11/9. Undangan: Panwascam, Forkopimcam, PPS se-kecamatan. Acara mulai pukul 09.00 WIB, mohon hadir tepat waktu 🙏`,
    expect: [],
  },
  // DPT
  {
    stage: 'penetapan-dpt',
    text: `KPU Kabupaten Jepara menetapkan DPT Pilkada 2024 dalam rapat pleno terbuka. Untuk Kecamatan Tahunan tercatat 98.204 pemilih di 341 TPS. Terima kasih pantarlih, PPS, dan PPK atas kerja kerasnya!`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    text: `DPT sudah diumumkan di tiap desa. Yang namanya sudah ada, selamat, anda bisa menggunakan hak pilih di TPS sesuai DPT. Yang belum ada, jangan khawatir, tetap bisa memilih pakai KTP-el di TPS sesuai alamat (DPK) pukul 12.00–13.00.`,
    expect: [],
  },
  {
    stage: 'pindah-memilih',
    text: `Kamu kuliah/kerja di luar kota dan gak bisa pulang 27 November? Urus pindah memilih (Form Model A Pindah Memilih) di PPS asal atau KPU tujuan, paling lambat H-30. Jangan sampe hak pilihmu hangus!`,
    expect: [],
  },
  {
    stage: 'pindah-memilih-keadaan-tertentu',
    text: `Pindah memilih karena keadaan tertentu (sakit, tugas, tahanan, bencana) masih dilayani sampai H-7, Rabu 20 November 2024. Bawa KTP-el dan surat keterangan pendukung.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    platform: 'instagram',
    text: `Dear pemilih muda 👋 udah cek DPT belum? Please check now, biar hari H nggak bingung. Link di bio!

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
    countsRequiredTags: true,
  },
  {
    stage: 'pengumuman-dpt',
    text: `Pemilih yg tercatat dgn nomor urut 1 sampai 250 di DPT TPS 07 Desa Mantingan, diharapkan datang pagi supaya antrean tidak menumpuk. Terima kasih.`,
    expect: [],
  },
  // Pencalonan
  {
    stage: 'pengumuman-pendaftaran-paslon',
    text: `KPU Kabupaten Jepara mengumumkan pendaftaran pasangan calon Bupati dan Wakil Bupati Jepara dibuka tanggal 27–29 Agustus 2024 di kantor KPU Kabupaten. Syarat pencalonan mengacu pada PKPU Nomor 8 Tahun 2024.`,
    expect: [],
  },
  {
    stage: 'pendaftaran-paslon',
    kpuData: true,
    text: `Hari pertama pendaftaran: bakal pasangan calon Bambang Hariyadi–Nur Fadilah mendaftar ke KPU Jepara diusung koalisi PKB, PDI Perjuangan, dan Gerindra. Berkas diterima dan akan diteliti.`,
    expect: [],
  },
  {
    stage: 'pendaftaran-paslon',
    kpuData: true,
    text: `Hari terakhir pendaftaran, bakal paslon Sutrisno–Endang Lestari mendaftar dengan dukungan Partai Golkar, PAN, Demokrat, PKS, dan Nasdem. Dengan demikian ada dua bakal paslon yang mendaftar di Kabupaten Jepara.`,
    expect: [],
  },
  {
    stage: 'penelitian-persyaratan',
    text: `Masyarakat dapat memberikan tanggapan terhadap keabsahan dokumen persyaratan bakal pasangan calon secara tertulis ke KPU Kabupaten, disertai identitas yang jelas.`,
    expect: [],
  },
  {
    stage: 'penetapan-paslon',
    kpuData: true,
    text: `KPU Kabupaten Jepara menetapkan dua pasangan calon Bupati dan Wakil Bupati: Sutrisno – Endang Lestari dan Bambang Hariyadi – Nur Fadilah. Keduanya dinyatakan memenuhi syarat.`,
    expect: [],
  },
  {
    stage: 'pengundian-nomor-urut',
    kpuData: true,
    text: `HASIL PENGUNDIAN NOMOR URUT PASLON BUPATI & WAKIL BUPATI JEPARA 2024
Nomor urut 1: Sutrisno – Endang Lestari
Nomor urut 2: Bambang Hariyadi – Nur Fadilah
Selanjutnya tahapan kampanye dimulai 25 September. Mari jaga Pilkada damai 🕊️`,
    expect: [],
  },
  {
    stage: 'pengundian-nomor-urut',
    platform: 'instagram',
    text: `Pengundian nomor urut paslon pilbup Jepara berlangsung lancar. 01 dan 02 sudah resmi. Semoga kampanye berjalan sejuk dan santun 🙏

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'pengundian-nomor-urut',
    text: `Untuk Pilgub Jawa Tengah, pengundian nomor urut dilaksanakan KPU Provinsi. Ada 2 pasangan calon gubernur dan wakil gubernur. Jadi di TPS nanti pemilih Jepara menerima 2 surat suara: pilgub dan pilbup.`,
    expect: [],
  },
  // Kampanye (schedules, debates, rules)
  {
    stage: 'kampanye',
    text: `Masa kampanye Pilkada 2024 berlangsung 25 September s.d. 23 November 2024. Penyelenggara pemilu, ASN, TNI/Polri, dan kepala desa wajib netral. Laporkan pelanggaran kampanye ke Bawaslu/Panwascam.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Jadwal kampanye rapat umum di Kecamatan Tahunan sesuai pembagian KPU Kabupaten: paslon nomor urut 1 (Sutrisno–Endang) hari Sabtu 9/11, paslon nomor urut 2 (Bambang–Nur) hari Minggu 10/11. Mari jaga ketertiban bersama.`,
    expect: [],
  },
  {
    stage: 'debat-pilbup-1',
    text: `🎙️ DEBAT PUBLIK PERTAMA Paslon Bupati & Wakil Bupati Jepara
📅 Minggu, 27 Oktober 2024
🕖 19.00 WIB
📺 Siaran langsung TV lokal & kanal YouTube KPU Jepara
Tema: Pembangunan ekonomi dan pelayanan publik. Saksikan dan kenali visi-misi kedua paslon!`,
    expect: [],
  },
  {
    stage: 'debat-pilgub-1',
    platform: 'instagram',
    text: `Jangan lewatkan debat perdana calon gubernur & wakil gubernur Jawa Tengah malam ini! Nonton bareng yuk, biar nggak salah pilih karena kenal programnya 📺

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'debat-pilbup-2',
    kpuData: true,
    text: `Debat kedua sudah berlangsung semalam. Paslon 01 Sutrisno–Endang dan paslon 02 Bambang–Nur menyampaikan gagasan soal pendidikan & kesehatan. Rekaman lengkap bisa ditonton ulang di kanal resmi KPU Jepara.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Penyelenggara pemilu dilarang: ikut kampanye, pakai atribut paslon, foto dengan gaya jari yang mengarah dukungan, atau like/share konten kampanye. Yuk jaga netralitas kita bersama sebagai PPS 💯`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pilih pemimpin karena program, bukan karena amplop. Tolak politik uang! Kalau ada yang bagi-bagi uang atau sembako, laporkan ke Panwascam.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Jangan pilih karena dikasih uang. Pilih sesuai hati nurani 🙏 #TolakPolitikUang #TemanPemilih`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Sosialisasi pendidikan pemilih untuk buruh pabrik garmen di Desa Tahunan. Para buruh banyak bertanya soal cara pindah memilih karena shift kerja di hari pencoblosan.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Gelora semangat pemilih muda terasa di sosialisasi SMA N 1 Tahunan hari ini. Pertanyaan terbanyak: "Boleh foto di bilik suara?" Jawabannya: tidak boleh ya adik-adik 📵`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Kampanye di tempat ibadah, lembaga pendidikan, dan fasilitas pemerintah itu dilarang. Kalau lihat APK paslon mana pun dipasang di sekolah, laporkan saja ke Panwascam.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `KPU memfasilitasi APK untuk kedua pasangan calon. Pemasangannya dilakukan tim kampanye masing-masing di lokasi yang ditetapkan, bukan di pohon atau tiang listrik.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Ayo dukung dan sukseskan Pilkada Serentak 2024 dengan datang ke TPS pada 27 November! Suaramu menentukan masa depan daerah 🇮🇩`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Menangkan demokrasi, bukan menangkan uang. Datang ke TPS, gunakan hak pilih dengan cerdas! 💪`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Gas ke TPS tanggal 27 November! Jangan golput ya lur, satu suara itu berharga banget.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Ojo lali tanggal 27 November nyoblos neng TPS. Gowo KTP-el lan undangan (C Pemberitahuan). Matur nuwun 🙏`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Wargi sadayana, mangga sumping ka TPS tanggal 27 November. Hatur nuhun 🙏 (warga perantau asal Jawa Barat di Tahunan juga bisa urus pindah memilih)`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pemilih yang cerdas itu: cek DPT ✔️ kenali paslon ✔️ tolak politik uang ✔️ datang ke TPS ✔️ Sudah sampai mana kamu? 😄`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Kenali calonmu sebelum memilih. Visi, misi, dan program kedua pasangan calon bisa dibaca di laman infopemilu.kpu.go.id atau di papan pengumuman kantor desa.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Beda pilihan itu biasa, yang penting tetap rukun sebagai tetangga 🤝 Pilkada cuma lima tahun sekali, persaudaraan selamanya.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Sekretariat PPS Desa Sukodono tetap buka selama masa kampanye untuk layanan informasi DPT & pindah memilih. Senin–Jumat 08.00–14.00, Sabtu sampai jam 12.00.`,
    expect: [],
  },
  {
    stage: 'pelantikan-kpps',
    text: `Hari ini 7 KPPS di setiap TPS se-Desa Ngabul dilantik dan diambil sumpahnya. KPPS wajib netral, tidak boleh berpihak kepada paslon 01 maupun 02. Selamat bertugas!`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Bimtek KPPS hari kedua: materi tata cara pemungutan & penghitungan suara, pengisian formulir Model C.Hasil, dan penanganan pemilih DPK. Peserta aktif bertanya 👏`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Distribusi logistik tahap 1 (kotak suara, bilik, tinta) dari gudang KPU ke PPK Tahunan sudah diterima dalam kondisi baik. Pengawalan oleh Polsek Tahunan.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Sortir & lipat surat suara Pilbup Jepara di gudang logistik KPU. Surat suara rusak dipisahkan dan dicatat dalam berita acara untuk diganti. Total yang dilipat hari ini 120 ribu lembar lebih!`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Tips pemilih lansia: datang didampingi keluarga, minta bantuan KPPS bila kesulitan. Pendamping wajib mengisi formulir pernyataan pendamping & merahasiakan pilihan pemilih.`,
    expect: [],
  },
  {
    stage: 'debat-pilbup-3',
    kpuData: true,
    text: `Debat ketiga (terakhir) pilbup Jepara malam ini pukul 19.00 WIB. Sutrisno–Endang dan Bambang–Nur akan beradu gagasan soal tata kelola pemerintahan. Tonton ya, biar makin kenal calon pemimpinmu.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Netralitas penyelenggara bukan pilihan, tapi kewajiban. Kami PPS Desa Semat berkomitmen tidak memihak salah satu pasangan calon manapun.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pemilih punya hak untuk menentukan pilihannya secara bebas dan rahasia. Tidak ada yang boleh memaksa, mengintimidasi, atau menjanjikan imbalan.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Mbak/mas yg nanya di komentar: iya, ibu hamil & lansia dapat prioritas antre di TPS. Nggak perlu sungkan bilang ke petugas KPPS ya 😊`,
    expect: [],
  },
  // Hoax clarifications quoting the hoax
  {
    stage: 'kampanye',
    text: `⚠️ HOAKS! Beredar pesan berantai "Coblos nomor 2 dapat bantuan sembako dari KPU". KPU tidak pernah membagikan apa pun untuk kepentingan paslon mana pun. Jangan mudah percaya, cek kebenaran informasi di kanal resmi.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `[KLARIFIKASI] Video yang menyebut "petugas PPS Desa Langon mengarahkan warga pilih 01" adalah tidak benar. Video tersebut rekaman acara warga tahun 2019 dan tidak ada kaitannya dengan penyelenggara.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Cek fakta: Ada poster yg bilang "Pemilih tanpa undangan tidak bisa mencoblos". SALAH ❌ Pemilih di DPT tetap bisa memilih dengan membawa KTP-el meski tidak menerima C Pemberitahuan.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `HOAX ALERT 🚨 Beredar "hasil survei terbaru: paslon 01 unggul 60%" yang mencatut logo KPU. KPU tidak melakukan survei elektabilitas. Mohon tidak disebarluaskan.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Klarifikasi: informasi "surat suara paslon 02 di TPS 05 Desa Platar dibakar" tidak benar. Kotak suara TPS 05 diterima PPK dalam keadaan tersegel, disaksikan saksi kedua paslon dan Panwascam.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Tangkapan layar yang bertuliskan "KPU Jepara: jangan pilih paslon yang tidak punya partai" itu palsu. KPU tidak pernah mengeluarkan pernyataan tersebut. Hoaks ya, tolong jangan dishare 🙏`,
    expect: [],
  },
  {
    stage: 'pengumuman-dps',
    text: `Hati-hati penipuan! Ada yang mengaku petugas PPS minta transfer biaya "pendaftaran DPT". Pendaftaran pemilih itu GRATIS, tidak dipungut biaya apa pun.`,
    expect: [],
  },
  // Masa tenang
  {
    stage: 'masa-tenang',
    text: `Masa tenang 24–26 November 2024: tidak ada kampanye dalam bentuk apa pun, termasuk di media sosial. Peserta, tim kampanye, dan simpatisan wajib menahan diri.

#MasaTenang #TemanPemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri`,
    expect: [],
    countsRequiredTags: true,
  },
  {
    stage: 'masa-tenang',
    text: `Penurunan APK kedua paslon di sepanjang jalan Tahunan–Mantingan oleh Satpol PP, Panwascam, dan PPK. Jalan jadi bersih lagi menjelang hari pemungutan suara.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Pengumuman hasil survei atau jajak pendapat tentang pasangan calon dilarang selama masa tenang. Hasil hitung cepat baru boleh diumumkan paling cepat 2 jam setelah TPS ditutup di wilayah WIB.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `PPS Desa Mangunan membagikan survei kepuasan layanan pemutakhiran data pemilih. Isi kuisionernya cuma 2 menit, link di kolom komentar. Terima kasih partisipasinya!`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `H-1! KPPS TPS 11 Desa Senenan mendirikan tenda TPS di halaman rumah Pak RT. Pemilih DPT di TPS ini ada 287 orang. Besok TPS buka jam 07.00 ya 🕖`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    platform: 'instagram',
    text: `Tenang dulu, besok nyoblos 😌 Siapkan KTP-el & C Pemberitahuan, cek lokasi TPS-mu, istirahat yang cukup.

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
    countsRequiredTags: true,
  },
  {
    stage: 'masa-tenang',
    text: `Distribusi logistik pemungutan suara dari PPK ke PPS lalu ke KPPS berjalan lancar hari ini. Kotak suara tersegel dikawal Linmas dan anggota Polri. Terima kasih semua pihak 🙏`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Simulasi di TPS: pemilih menerima 2 surat suara (gubernur & bupati). Buka lebar, coblos satu kali pada satu pasangan calon di setiap surat suara, lalu lipat kembali dan masukkan ke kotak sesuai warnanya.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Bawaslu mengimbau: selama masa tenang, laporkan jika menemukan kampanye terselubung, bagi-bagi uang (serangan fajar), atau penyebaran survei. Kami PPS mendukung pengawasan partisipatif.`,
    expect: [],
  },
  {
    stage: 'masa-tenang',
    text: `Apel siaga pengamanan TPS bersama Linmas se-Kecamatan Tahunan. Satu TPS dijaga dua Linmas. Semoga pemungutan suara besok aman, lancar, dan kondusif.`,
    expect: [],
  },
  // Pemungutan suara
  {
    stage: 'pemungutan-suara',
    text: `🗳️ HARI INI HARI PEMUNGUTAN SUARA! TPS buka pukul 07.00–13.00 waktu setempat. Bawa KTP-el dan C Pemberitahuan. Pemilih DPK (belum terdaftar) bisa memilih pukul 12.00–13.00 dengan KTP-el sesuai alamat.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Cara mencoblos yang benar: coblos satu kali tepat pada nomor urut, foto, atau nama pasangan calon dalam satu kolom. Coblos di luar kolom atau di lebih dari satu kolom = tidak sah.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Suasana TPS 02 Desa Tahunan pagi ini 📸 Antrean tertib, KPPS sigap. Pemilih lansia dibantu kursi roda. Sudahkah kamu nyoblos? Tunjukkan jari bertintamu! 🖐️`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    platform: 'instagram',
    text: `Sudah nyoblos? Upload foto jari ungumu & tag kami ya! 💜 (ingat, jangan foto surat suara di bilik!)

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Partisipasi pemilih di TPS 09 Desa Semat sampai jam 11.00 sudah 72%. Yang belum datang, masih ada waktu sampai pukul 13.00. Yuk ke TPS!`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `KPPS TPS 04 melayani pemilih yang sakit di rumah dengan membawa kotak suara keliling, didampingi saksi dan pengawas TPS sesuai prosedur.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Penghitungan suara di TPS 06 Desa Ngabul dimulai 13.30 WIB. Warga boleh menyaksikan langsung. Setiap surat suara diperlihatkan kepada saksi paslon 01, saksi paslon 02, dan pengawas TPS.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Yang sudah nyoblos angkat jarinya ☝️ eh maksudnya tunjukkan tinta di kelingkingmu 😂 Terima kasih sudah datang ke TPS!`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Dilarang membawa HP ke bilik suara dan dilarang memotret surat suara yang sudah dicoblos. Kerahasiaan pilihan adalah hak setiap pemilih.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Selamat pagi warga Petekeyan ☀️ TPS sudah siap dari subuh. Mari datang, gunakan hak pilihmu, tentukan masa depan Jepara lima tahun ke depan.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Happy voting day, Jepara! 🗳️ Be a smart voter: check your name, bring your KTP-el, and keep your choice secret. See you at the TPS!`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Buat yang tanya, surat suara yang dicoblos tembus simetris (karena dilipat) tetap SAH selama tidak mengenai kolom pasangan calon lain. Jadi tenang aja ya 👍`,
    expect: [],
  },
  // Rekapitulasi
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Rapat Pleno Terbuka Rekapitulasi Hasil Penghitungan Perolehan Suara tingkat Kecamatan Tahunan dimulai hari ini di GOR Kecamatan. Dihadiri saksi kedua paslon, Panwascam, dan Forkopimcam.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    kpuData: true,
    text: `Hasil rekapitulasi tingkat Kecamatan Tahunan Pilbup Jepara 2024:
Paslon 01 Sutrisno – Endang Lestari: 38.417 suara
Paslon 02 Bambang Hariyadi – Nur Fadilah: 35.902 suara
Suara tidak sah: 1.204
Hasil ditetapkan dalam berita acara Model D.Hasil Kecamatan.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Selama pleno, terdapat keberatan dari saksi paslon 02 terkait selisih jumlah pemilih di TPS 03 Desa Sukodono. PPK bersama Panwascam melakukan pencocokan dengan Model C.Hasil Plano, dan keberatan dicatat di formulir kejadian khusus.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kabupaten',
    text: `Rekapitulasi tingkat kabupaten berlangsung di Hotel Jepara 29 Nov–6 Des. PPK Tahunan sudah menyerahkan D.Hasil dan kotak suara tersegel ke KPU Kabupaten. Terima kasih KPPS, PPS, dan semua pihak 🙏`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Hasil resmi Pilkada adalah hasil rekapitulasi berjenjang, bukan quick count atau real count di medsos. Pantau perkembangannya di Sirekap dan tunggu penetapan KPU.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    platform: 'instagram',
    text: `Pleno rekap kecamatan hari ke-2 ✍️ Progress: 9 dari 12 desa sudah direkap. Semangat tim PPK!

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
    countsRequiredTags: true,
  },
  {
    stage: 'rekapitulasi-provinsi',
    text: `KPU Provinsi Jawa Tengah melanjutkan rapat pleno rekapitulasi perolehan suara pilgub. Kabupaten Jepara mendapat giliran hari ini. Siaran langsung bisa diikuti di kanal KPU Jateng.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Terima kasih kepada 2.387 anggota KPPS se-Kecamatan Tahunan yang bekerja sampai dini hari. Kalian luar biasa! Jaga kesehatan ya, sehat selalu 💐`,
    expect: [],
  },
  // Long captions and many tags
  {
    stage: 'pengumuman-dpt',
    text: `📣 PENGUMUMAN DAFTAR PEMILIH TETAP (DPT) PILKADA SERENTAK 2024 DESA MANTINGAN 📣

Assalamu'alaikum wr. wb. Bapak/Ibu/Saudara warga Desa Mantingan yang kami hormati.

Bersama ini kami sampaikan bahwa Daftar Pemilih Tetap (DPT) untuk Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah serta Pemilihan Bupati dan Wakil Bupati Jepara Tahun 2024 telah ditetapkan oleh KPU Kabupaten Jepara dan saat ini diumumkan di lokasi-lokasi strategis di desa kita: balai desa, masjid, mushola, sekolah, dan pos kamling di setiap RW.

Jumlah pemilih di Desa Mantingan: 5.230 orang (laki-laki 2.601, perempuan 2.629) yang tersebar di 12 TPS.

Mohon Bapak/Ibu mengecek nama sendiri dan anggota keluarga. Jika terdapat kesalahan penulisan nama, tanggal lahir, atau alamat, atau ada keluarga yang sudah meninggal namun masih tercantum, silakan melapor ke sekretariat PPS Desa Mantingan dengan membawa KTP-el/KK.

Layanan: Senin–Sabtu pukul 08.00–15.00 WIB. Narahubung: Sdr. Bambang (0857-xxxx-1234).

Demikian pengumuman ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.
Wassalamu'alaikum wr. wb.

#TemanPemilih #KPUMelayani #PilkadaSerentak2024 #Pilkada2024 #kpuri #KPUJepara #KPUJateng #PPKTahunan #PPSMantingan #DPT #CekDPT #PemilihBerdaulat #NegaraKuat #JeparaMemilih #PilbupJepara2024 #PilgubJateng2024 #AyoMemilih`,
    expect: [],
    countsRequiredTags: true,
  },
  {
    stage: 'kampanye',
    text: `Catatan kegiatan PPK Tahunan minggu ini:
• Senin: rakor persiapan logistik dengan PPS se-kecamatan
• Selasa: monitoring pemasangan APK kedua paslon bersama Panwascam
• Rabu: sosialisasi pendidikan pemilih di Pondok Pesantren Darul Falah
• Kamis: bimtek KPPS gelombang 1
• Jumat: Jumat bersih di sekretariat 🧹
Terima kasih atas dukungan seluruh pihak.

#TemanPemilih #KPUMelayani #PilkadaSerentak2024 #kpuri #KPUJepara #PPKTahunan #PemilihBerdaulatNegaraKuat #JeparaMemilih #SuksesPilkada2024`,
    expect: [],
    countsRequiredTags: true,
  },
  // Short, informal and English / Javanese mix
  {
    stage: 'kampanye',
    text: `Met pagi lur! ☕ Wis cek DPT durung? Nek durung, monggo mampir sekretariat PPS. Gratis, cepet, ora ribet.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Throwback bimtek KPPS kemarin 📸 Seru, capek, tapi worth it! Ready for 27 November 💪`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Q: Boleh nggak pakai kaos paslon waktu ke TPS? A: Sebaiknya tidak. Di lingkungan TPS tidak boleh ada atribut kampanye. Pakai baju biasa aja ya 😊`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Tanya: "Min, kalau nama di DPT salah huruf, masih bisa nyoblos?" Jawab: bisa, selama NIK di DPT sama dengan KTP-el anda. Nanti KPPS mencocokkan.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pemilih disabilitas netra dapat menggunakan alat bantu coblos (template braille) yang disediakan di setiap TPS. Silakan minta ke KPPS.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pendaftaran pemantau pemilu dan lembaga survei/hitung cepat dilakukan di KPU Kabupaten. Lembaga yang belum terdaftar tidak boleh merilis hitung cepat.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Sosialisasi ke kelompok tani Desa Platar. Bapak-bapak petani antusias, banyak yang baru tahu pemilih tanpa undangan tetap bisa memilih. Sehat-sehat terus pak tani 🌾`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Ibu-ibu PKK Desa Tahunan ikut simulasi pencoblosan. Dari 40 peserta, semua surat suaranya sah. Mantul! 👍`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Hari Santri 22 Oktober 🕌 Selamat Hari Santri Nasional! Santri cerdas, pemilih berkualitas. Jangan lupa datang ke TPS 27 November.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Dirgahayu Kabupaten Jepara! Semoga makin maju, makin sejahtera. Mari sukseskan Pilkada 2024 dengan damai 🎉`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Satu-satunya cara menentukan pemimpin yang kita mau adalah datang ke TPS. Satu suara, satu masa depan. #AyoMemilih`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Ingat: pilihanmu rahasia. Kamu tidak wajib memberitahu siapa pun, termasuk keluarga, siapa yang kamu coblos 🤐`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Kepala desa, perangkat desa, dan BPD dilarang membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon. Ini amanat UU Pilkada.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Nonton debat bareng di Balai Desa Senenan, Minggu malam. Disediakan kopi & kacang rebus 😁 Ajak keluarga, tetangga, semuanya boleh datang, apa pun pilihannya.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Kemarin ada warga tanya: "Kok paslon 02 kampanyenya di lapangan kami terus?" Jadwal dan lokasi kampanye ditetapkan KPU Kabupaten bersama tim kedua paslon secara bergiliran, bukan oleh PPS.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pasangan calon nomor urut 1 dan nomor urut 2 sudah menyerahkan Laporan Penerimaan Sumbangan Dana Kampanye (LPSDK). Laporan dapat diakses publik di laman KPU.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Warga boleh datang ke kampanye paslon mana pun, tapi kami sebagai penyelenggara tidak. Netral itu harga mati ✋`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Mohon maaf postingan kemarin ada salah ketik tanggal. Yang benar: pemungutan suara hari Rabu, 27 November 2024 (bukan 28). Terima kasih warganet yang sudah mengingatkan 🙏`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Rakor netralitas ASN dan kepala desa bersama Camat Tahunan. Pesan pak camat: "Silakan punya pilihan, tapi simpan di hati, jangan ditunjukkan di medsos."`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Cek lokasi TPS kamu lewat aplikasi atau tanya ke PPS. Di Desa Sukodono ada 10 TPS, nomor 1 sampai 10, tersebar di 5 dukuh.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pemilih pemula, kamu nggak sendiri! Ikuti kelas pemilih pemula bareng PPS Desa Langon, Sabtu jam 3 sore di aula desa. Free snack 🍿`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Partai politik pengusung dan tim kampanye wajib mendaftarkan rekening khusus dana kampanye. Informasi lengkap ada di PKPU tentang dana kampanye.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Sugeng enjing! Dinten puniko PPS Desa Mantingan nggelar sosialisasi wonten ing Pengajian Ahad Pahing. Matur sembah nuwun dumateng jamaah ingkang sampun rawuh.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `PPS bukan tim sukses! Kalau ada oknum PPS/KPPS yang ajak-ajak pilih calon tertentu, laporkan ke PPK atau Panwascam. Kami tindak tegas.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Pilkada damai itu tanggung jawab kita bersama. Jangan sebar ujaran kebencian terhadap paslon mana pun. Saring sebelum sharing! 🙏`,
    expect: [],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Ketua PPK Tahunan, Bambang Suryanto, mengingatkan seluruh PPS agar tidak menghadiri kegiatan kampanye dalam bentuk apa pun.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Ada kiriman di grup WA: "Pilih yang muda, pilih yang tua?" Pertanyaan kayak gitu sebaiknya tidak dijawab oleh penyelenggara. Kami tetap netral ya 😊`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Terima kasih sudah menggunakan hak pilihmu hari ini! Siapa pun yang nanti terpilih, mari kita dukung bersama untuk Jepara yang lebih baik 🤝`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Pemilih yang tangannya tidak bisa dicelup tinta (misal cacat fisik) tetap bisa memilih, KPPS mencatatnya. Tinta di jari kelingking kanan atau kiri ya.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Update jam 10.00: TPS 01 s.d. TPS 12 Desa Mantingan berjalan lancar. Belum ada kejadian khusus. Pantau terus ya!`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Saksi paslon nomor urut 1 dan saksi paslon nomor urut 2 menandatangani berita acara rekapitulasi tanpa keberatan. Pleno ditutup pukul 23.40 WIB.`,
    expect: [],
  },
  {
    stage: 'rekapitulasi-kecamatan',
    text: `Sampai jam ini, penghitungan sudah masuk 95% TPS di Sirekap. Ingat, Sirekap adalah alat bantu publikasi; penetapan resmi tetap lewat rapat pleno berjenjang.`,
    expect: [],
  },
  {
    stage: 'pengumuman-dps',
    text: `Yth. warga RT 02 RW 01 Dukuh Krajan, nama2 yg blm masuk DPS mohon segera lapor. PPS buka sampai jam 4 sore hari ini. Trimakasih.`,
    expect: [],
  },
  {
    stage: 'coklit',
    text: `Pantarlih TPS 1 Desa Teluk Awur, Mas Agung, sedang coklit di rumah mbah Sumi (89 thn). Sehat terus mbah 🙏`,
    expect: [],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Pemilih ganda di DPT? Kalau kamu terdaftar di dua TPS, lapor ke PPS agar salah satunya dicoret. Satu orang hanya boleh mencoblos satu kali di satu TPS.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Lomba video pendek "Ayo ke TPS" untuk pelajar se-Kecamatan Tahunan. Juara 1 dapat uang pembinaan 1 juta, juara 2: 750 ribu, juara 3: 500 ribu. Tema bebas, asal mengajak datang ke TPS & tidak memuat atribut paslon.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Urutan pemungutan suara di TPS: 1. daftar hadir, 2. tunggu dipanggil, 3. terima surat suara, 4. coblos di bilik, 5. masukkan ke kotak, 6. celup jari ke tinta. Mudah kan?`,
    expect: [],
  },
  {
    stage: 'kampanye',
    platform: 'instagram',
    text: `Coblos di mana? Di bilik suara. Coblos pakai apa? Paku yang disediakan. Coblos berapa kali? Sekali saja tiap surat suara ✅

#TemanPemilih #PilkadaSerentak2024 #KPUJepara #PPKTahunan`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Jari ☝️ untuk satu surat suara bupati, jari ✌️ untuk dua surat suara? Bukan begitu 😅 Setiap pemilih menerima dua surat suara dan mencoblos masing-masing satu kali.`,
    expect: [],
  },
  {
    stage: 'pemungutan-suara',
    text: `Info penting ☝️ Pemilih yang pindah memilih (DPTb) hanya mendapat surat suara sesuai wilayah tujuannya. Tanyakan kepada KPPS jika ragu.`,
    expect: [],
  },
  {
    stage: 'kampanye',
    text: `Debat publik itu penting supaya pemilih bisa membandingkan gagasan. Apa pun pilihanmu nanti, pastikan kamu memilih dengan informasi yang cukup 📚`,
    expect: [],
  },
];
