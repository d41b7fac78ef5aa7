/** Each drawing, the templates it goes with, and what it shows (its alt text). */
export const BUILT_IN_IMAGES = [
  {
    name: 'cek-dps',
    templates: ['pengumuman-dps-facebook', 'pengumuman-dps-instagram', 'pengumuman-dps-tanggapan'],
    alt: 'Infografis "Cek DPS": 1. Lihat DPS di kantor desa/kelurahan atau di cekdptonline.kpu.go.id. 2. Periksa nama, NIK, tanggal lahir dan alamat. 3. Belum terdaftar atau salah? Sampaikan tanggapan ke PPS. Masa tanggapan masyarakat 18–27 Agustus 2024.',
  },
  {
    name: 'datang-ke-tps',
    templates: ['masa-tenang-persiapan', 'pemungutan-suara-hari-ini'],
    alt: 'Infografis "Datang ke TPS", Rabu 27 November 2024, pukul 07.00–13.00 waktu setempat. Bawa surat pemberitahuan memilih dan KTP-el. Tidak ada di DPT? Datang pukul 12.00–13.00 membawa KTP-el ke TPS sesuai alamat di KTP-el.',
  },
  {
    name: 'masa-tenang',
    templates: ['masa-tenang-info'],
    alt: 'Infografis "Masa tenang", 24–26 November 2024: tidak ada kampanye dalam bentuk apa pun, tidak ada publikasi hasil survei atau hitung cepat; laporkan pelanggaran ke Bawaslu setempat.',
  },
] as const;
