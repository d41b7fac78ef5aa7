import { describe, expect, test } from 'vitest';
import { lowerWord, PhraseIndex, wordTokens } from '@/lib/guidelines/phrases';

const index = new PhraseIndex({
  verbs: { phrases: ['coblos', 'jangan pilih', 'pilih'], clitics: true },
  names: { phrases: ['Budi-Sri', 'Budi Santoso'] },
});
const find = (text: string) => {
  const found = index.find(text, wordTokens(text));
  return { verbs: found.verbs.map((span) => span.written), names: found.names.map((span) => span.written) };
};

describe('phrases found in one pass over the words', () => {
  test('whole words only, in any case, the longest first', () => {
    expect(find('JANGAN PILIH yang itu, pilih ini; pemilih dan pilihan tidak')).toEqual({
      verbs: ['JANGAN PILIH', 'pilih'],
      names: [],
    });
  });

  test('a clitic may end an urging word; other suffixes make another word', () => {
    expect(find('Cobloslah, coblosin, coblosnya, coblosan').verbs).toEqual(['Cobloslah', 'coblosin', 'coblosnya']);
  });

  test('words of a phrase may be joined by spaces or dashes, never by other punctuation', () => {
    expect(find('Budi-Sri, Budi – Sri, Budi Sri, Budi. Sri, Budi  Santoso').names).toEqual([
      'Budi-Sri',
      'Budi – Sri',
      'Budi Sri',
      'Budi  Santoso',
    ]);
  });

  test('a word inside a tag or a mention is not a phrase of the text', () => {
    expect(find('#coblos @pilih coblos').verbs).toEqual(['coblos']);
  });

  test('words are runs of letters and digits of any script; emoji and punctuation end them', () => {
    const text = 'Coklit ✅ di Desa Kaliaman-2, ꦗꦼꦥꦫ 😀dan_TPS';
    const words = wordTokens(text);
    expect(words.starts.map((_, index) => lowerWord(text, words, index))).toEqual([
      'coklit',
      'di',
      'desa',
      'kaliaman',
      '2',
      'ꦗꦼꦥꦫ',
      'dan_tps',
    ]);
  });

  test('offsets stay right when lowercasing would change the text’s length', () => {
    const text = 'İstimewa: coblos sekarang';
    const [span] = index.find(text, wordTokens(text)).verbs;
    expect(text.slice(span!.start, span!.end)).toBe('coblos');
  });
});
