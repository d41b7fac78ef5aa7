import type { CandidatePair } from '@/lib/schemas';

/**
 * The candidate pairs of the corpus's (invented) bupati election, as KPU Kabupaten would import them after
 * the ballot-number draw: full names, the short names people use, and each pair's taglines. "Agus" and
 * "Hendra" are also common names of election staff, which the checker must tell apart.
 */
export const CORPUS_PAIRS: CandidatePair[] = [
  {
    number: '01',
    names: ['Hendra Wijaya', 'Siti Aminah', 'Hendra-Aminah', 'Hendra Aminah', 'Mas Hendra', 'Hendra'],
    taglines: ['Maju Bareng Rakyat', 'Hemat Berkah'],
  },
  {
    number: '02',
    names: ['Agus Salim Nugroho', 'Rina Kartika', 'Agus-Rina', 'Agus Rina', 'Pak Agus', 'Agus'],
    taglines: ['Sejahtera Merata', 'Gaspol Agus-Rina'],
  },
];

/**
 * The held-out corpus's (invented) pairs: other names, nicknames and taglines than the tuned corpus's, so that
 * the held-out figures say how the checker does with a kabupaten it was not tuned to. "Bambang" is also a
 * common name of election staff.
 */
export const HELD_OUT_PAIRS: CandidatePair[] = [
  {
    number: '01',
    names: ['Sutrisno', 'Endang Lestari', 'Sutrisno-Endang', 'Tris-Endang', 'Pak Tris', 'Bu Endang'],
    taglines: ['Jepara Guyub', 'Tris-Endang Tuntas'],
  },
  {
    number: '02',
    names: ['Bambang Hariyadi', 'Nur Fadilah', 'Bambang-Nur', 'Mas Bambang', 'Bambang'],
    taglines: ['Ayo Bangkit Bareng', 'BaNur Menyala'],
  },
];
