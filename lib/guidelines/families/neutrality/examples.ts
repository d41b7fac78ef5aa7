import type { CandidatePair } from '../../../schemas';
import type { RuleExample } from '../../types';

/** Two pairs as a KPU Kabupaten would list them, for the examples that need names. */
const EXAMPLE_PAIRS: CandidatePair[] = [
  { number: '01', names: ['Budi Santoso', 'Sri Wahyuni', 'Budi-Sri', 'Budi'], taglines: ['Jepara Maju Bersama'] },
  { number: '02', names: ['Ahmad Fauzi', 'Dewi Lestari', 'Fauzi-Dewi'], taglines: ['Mawar Berseri'] },
];
const QUIET = ['masa-tenang'];

export const neutralityExamples: RuleExample[] = [
  {
    note: 'urging a ballot number',
    text: 'Cobloslah nomor 1 tanggal 27 November!',
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'a bare zero-padded number after "coblos"',
    text: 'Besok coblos 01 ya, jangan lupa.',
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'a tag that urges',
    text: 'Sampai jumpa di TPS #Coblos02',
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'urging against one pair',
    text: 'Jangan pilih calon nomor 1, rekam jejaknya buruk.',
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'a support predicate',
    text: 'Paslon 02 pasti menang!',
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'a body declaring support for a named candidate',
    text: 'PPS Desa Mulyoharjo mendukung penuh Budi Santoso.',
    candidatePairs: EXAMPLE_PAIRS,
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'a gesture emoji right after "coblos"',
    text: 'Tanggal 27 coblos ✌️',
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'a party that is also an ordinary word',
    text: 'Dukung Garuda sampai akhir!',
    finds: { rule: 'neutrality-possible-campaigning', severity: 'warning' },
  },
  {
    note: 'support reported of others',
    text: 'Warga Desa Sukamaju mendukung paslon 02.',
    finds: { rule: 'neutrality-possible-campaigning', severity: 'warning' },
  },
  {
    note: 'a hand-gesture greeting',
    text: 'Salam dua jari untuk semua warga!',
    finds: { rule: 'neutrality-partisan-symbol', severity: 'warning' },
  },
  {
    note: 'a tag naming one pair',
    text: 'Info kegiatan hari ini #Paslon02',
    finds: { rule: 'neutrality-partisan-symbol', severity: 'warning' },
  },
  {
    note: 'a pair’s tagline',
    text: 'Jepara Maju Bersama! Selamat pagi warga.',
    candidatePairs: EXAMPLE_PAIRS,
    finds: { rule: 'neutrality-partisan-symbol', severity: 'warning' },
  },
  {
    note: 'survey results in the quiet period',
    text: 'Survei terbaru: paslon 01 unggul 12 persen.',
    stageIds: QUIET,
    finds: { rule: 'neutrality-quiet-period-survey', severity: 'error' },
  },
  {
    note: 'survey results mentioned in the quiet period',
    text: 'Sudah lihat hasil survei kemarin? Ramai sekali.',
    stageIds: QUIET,
    finds: { rule: 'neutrality-quiet-period-survey', severity: 'warning' },
  },
  {
    note: 'campaign material in the quiet period',
    text: 'Visi misi paslon nomor urut 2: desa mandiri dan sejahtera.',
    stageIds: QUIET,
    finds: { rule: 'neutrality-quiet-period-campaign', severity: 'error' },
  },
  {
    note: 'one pair named in the quiet period',
    text: 'Paslon nomor urut 1 berziarah ke makam pendiri desa.',
    stageIds: QUIET,
    finds: { rule: 'neutrality-quiet-period-name', severity: 'warning' },
  },
  {
    note: 'one of two pairs named',
    text: 'Budi Santoso hadir dalam sosialisasi di balai desa.',
    candidatePairs: EXAMPLE_PAIRS,
    finds: { rule: 'neutrality-one-pair', severity: 'info' },
  },
  { note: 'the right to vote', text: 'Gunakan hak pilih Anda, tentukan pilihan sesuai hati nurani.', finds: null },
  {
    note: 'both pairs named alike',
    text: 'Paslon nomor urut 1 dan nomor urut 2 mengikuti debat publik malam ini. Saksikan dan pilih sesuai hati nurani.',
    finds: null,
  },
  {
    note: 'a witness list',
    text: 'Saksi paslon 01 dan saksi paslon 02 hadir di TPS 05 sejak pukul 07.00.',
    stageIds: ['pemungutan-suara'],
    finds: null,
  },
  {
    note: 'a hoax quoted to refute it',
    text: 'Beredar video berjudul "Coblos 02 dapat sembako". Video itu hoaks dan bukan dari KPU.',
    finds: null,
  },
  {
    note: 'DPK voting hours',
    text: 'Pemilih DPK dapat mencoblos pukul 12.00–13.00 di TPS sesuai alamat KTP-el.',
    stageIds: ['pemungutan-suara'],
    finds: null,
  },
  {
    note: 'a survey of polling-station access in the quiet period',
    text: 'Hari ini kami melakukan survei aksesibilitas lokasi TPS untuk pemilih disabilitas.',
    stageIds: QUIET,
    finds: null,
  },
  {
    note: 'a PPK member sharing a candidate’s nickname',
    text: 'Rapat pleno dipimpin Ketua PPK, Budi Hartono. Pilih tempat duduk yang tersedia.',
    candidatePairs: EXAMPLE_PAIRS,
    finds: null,
  },
  { note: 'a party name that is an ordinary word', text: 'Garuda di dadaku, hak pilih di tanganku!', finds: null },
  {
    note: 'a regulation number',
    text: 'Pendaftaran mengacu pada PKPU Nomor 8 Tahun 2024. Pilih jalur yang sesuai.',
    finds: null,
  },
  {
    note: 'a Javanese verb form: the nasal prefix and a number word',
    text: 'Wis mantep, nyoblos nomer loro wae.',
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'the passive of a verb that marks the ballot',
    text: 'Pastikan kertas suaramu dicoblos di nomor 1 ya!',
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'the passive of "dukung" reports who backs a pair',
    text: 'Bakal pasangan calon itu didukung Partai Golkar dan mendaftar hari ini.',
    finds: null,
  },
  {
    note: 'a word stretched for emphasis',
    text: 'GASPOLL 01 🔥🔥🔥',
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'an inked finger after voting, not a salute',
    text: 'Yang sudah nyoblos angkat jarinya ☝️ eh maksudnya tunjukkan tinta di kelingking.',
    finds: null,
  },
  {
    note: 'the same hand twice is a salute',
    text: 'Salam hangat untuk warga Desa Kecapi ✌️✌️',
    finds: { rule: 'neutrality-partisan-symbol', severity: 'warning' },
  },
  {
    note: 'a zero-padded keycap number opening a line',
    text: '0️⃣2️⃣ pasti menang!',
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'the writer declaring membership of one side',
    text: 'Aku tim 02 garis keras 💪',
    finds: { rule: 'neutrality-campaigning', severity: 'error' },
  },
  {
    note: 'working groups numbered "tim 1" and "tim 2"',
    text: 'KPPS dibagi menjadi tim 1 dan tim 2 untuk mendirikan TPS.',
    finds: null,
  },
  {
    note: 'a poll asking which pair readers choose',
    text: 'Warga pilih paslon 01 atau 02? Tulis di kolom komentar 👇',
    finds: { rule: 'neutrality-possible-campaigning', severity: 'warning' },
  },
  {
    note: 'a question about both pairs that asks for no answer',
    text: 'Bingung pilih paslon 01 atau 02? Kenali visi-misi keduanya lewat debat publik.',
    finds: null,
  },
  {
    note: "a survey's subject is not its result",
    text: 'Beredar hoaks hasil survei. KPU tidak melakukan survei elektabilitas.',
    stageIds: QUIET,
    finds: null,
  },
  {
    note: 'a quick count on voting day',
    text: 'Quick count jam 11: paslon 01 48%, paslon 02 52%.',
    stageIds: ['pemungutan-suara'],
    finds: { rule: 'neutrality-quiet-period-survey', severity: 'error' },
  },
  {
    note: 'a voter-education quiz inviting answers',
    text: 'Kuis: siapa yang boleh memilih di TPS? Jawab di kolom komentar ya!',
    finds: null,
  },
  {
    note: 'working groups numbered with padded numbers, as a range',
    text: 'Pantarlih dibagi tim 01 s.d. 07 sesuai jumlah TPS.',
    finds: null,
  },
];
