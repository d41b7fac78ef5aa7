import type { CorpusPost } from './types';

/** More violating posts, in other voices and forms. */
export const VIOLATING_MORE: CorpusPost[] = [
  {
    stage: 'kampanye',
    text: `Pilih 01, jangan 02! Sudah jelas mana yang kerja.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Dukung terus Bupati petahana, lanjutkan pembangunan!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Paslon 01 layak memimpin Jepara lima tahun ke depan.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Bersama Hendra-Aminah, Jepara maju dan sejahtera!`,
    expect: ['neutrality-possible-campaigning:warning'],
  },
  { stage: 'kampanye', text: `PPS kami all out untuk paslon 02 💪`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Gas pol nomor 1! Menang satu putaran!`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    platform: 'instagram',
    text: `Salam satu jari ☝️ untuk Jepara lebih baik #SalamSatuJari`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  {
    stage: 'kampanye',
    text: `Jangan lupa tanggal 27 coblos yang nomor satu ya, Bapak Ibu.`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Kalau saya sih pilih nomor 2, kalian?`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Mohon doa restu, kami PPS Desa Kecapi mendukung paslon nomor urut 1.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Rina Kartika calon wakil bupati terbaik, pilih dia!`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Lawan petahana! Saatnya perubahan.`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Pilih PDIP, pilih wong cilik.`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Gerindra menang, rakyat senang!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Coblos kumisnya, nomor 2! 👨`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'pemungutan-suara',
    text: `Sudah di TPS? Ingat pesan kami: nomor 1 pilihan tepat!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'pemungutan-suara',
    kpuData: true,
    text: `Mas Hendra pasti menang hari ini, yakin!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'masa-tenang',
    text: `Diam-diam saja, tapi hatimu pasti ke paslon 01 kan? 😉`,
    expect: ['neutrality-quiet-period-name:warning'],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Profil singkat Agus-Rina: pengusaha sukses dan aktivis perempuan. Rekam jejaknya terbukti.`,
    expect: ['neutrality-quiet-period-campaign:error'],
  },
  {
    stage: 'masa-tenang',
    text: `Orasi paslon nomor urut 2 kemarin bikin merinding. Tonton ulang videonya di kanal kami.`,
    expect: ['neutrality-quiet-period-campaign:error'],
  },
  {
    stage: 'masa-tenang',
    text: `Rilis survei: pasangan nomor urut 1 meraih 61% suara responden.`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  {
    stage: 'masa-tenang',
    platform: 'instagram',
    text: `Hitung cepat simulasi kami: 02 unggul jauh 🔥`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  {
    stage: 'masa-tenang',
    kpuData: true,
    text: `Survei elektabilitas terakhir: Hendra-Aminah 47%, Agus-Rina 44%, belum memilih 9%.`,
    expect: ['neutrality-quiet-period-survey:error'],
  },
  {
    stage: 'kampanye',
    text: `Sebagai Ketua PPS, saya mengajak warga memilih paslon nomor urut 2.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `#PaslonNomor1 #JeparaBangkit #TemanPemilih`,
    expect: ['neutrality-partisan-symbol:warning'],
  },
  {
    stage: 'kampanye',
    text: `Yuk menangkan 02 di TPS masing-masing #02Menang`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Siap menangkan Hendra Wijaya–Siti Aminah satu putaran!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    kpuData: true,
    text: `Warga RW 05 kompak mendukung Agus-Rina dalam pertemuan tadi malam.`,
    expect: ['neutrality-possible-campaigning:warning'],
  },
  {
    stage: 'pengumuman-dpt',
    text: `Sudah cek DPT? Kalau sudah, tinggal satu tugas lagi: coblos 01 di TPS!`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Jangan mau dibohongi lagi, jangan pilih nomor 2.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `Kalau mau Jepara maju, ya pilih nomor 2. Sudah, itu saja.`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Nomor 1? Big NO. Pilih yang lain!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Kami sekeluarga pilih paslon 01 🙏`, expect: ['neutrality-campaigning:error'] },
  {
    stage: 'kampanye',
    text: `Ingat pesan Bapak: jangan coblos yang nomor satu.`,
    expect: ['neutrality-campaigning:error'],
  },
  {
    stage: 'kampanye',
    text: `PPS Desa Krapyak bersama paslon nomor urut 2 menggelar syukuran kemenangan.`,
    expect: ['neutrality-campaigning:error'],
  },
  { stage: 'kampanye', text: `Coblos Nomer 2, Jepara Makmur!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Dukung 02 ya teman-teman 🙏🙏`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Hidup paslon 01!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Paslon 02 the best!`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Pilihanku jatuh pada nomor urut 1.`, expect: ['neutrality-campaigning:error'] },
  { stage: 'kampanye', text: `Yang pasti menang ya nomor 2 lah 😎`, expect: ['neutrality-campaigning:error'] },
];
