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
