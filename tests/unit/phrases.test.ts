import { describe, expect, test } from 'vitest';
import { inflectedForms, lowerWord, PhraseIndex, wordTokens } from '@/lib/guidelines/phrases';

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

describe('verbs in the forms people write them', () => {
  const verbs = new PhraseIndex({
    urge: { phrases: ['coblos', 'pilih', 'dukung', 'gas', 'kawal', 'tusuk'], clitics: true, inflections: true },
    plain: { phrases: ['pilih'] },
  });
  const found = (text: string) => verbs.find(text, wordTokens(text));

  test.each([
    ['nyoblos', 'coblos'],
    ['coblosen', 'coblos'],
    ['dicoblos', 'coblos'],
    ['nyobloske', 'coblos'],
    ['milih', 'pilih'],
    ['pilihen', 'pilih'],
    ['ndukung', 'dukung'],
    ['ngawal', 'kawal'],
    ['nusuk', 'tusuk'],
    ['dicobloslah', 'coblos'],
  ])('"%s" is a form of "%s"', (written) => {
    expect(found(`Ayo ${written} nomor 2`).urge.map((span) => span.written)).toEqual([written]);
  });

  test('only verbs that mark the ballot take "di-": "didukung", "dipilih" report what others did', () => {
    expect(inflectedForms('coblos')).toContain('dicoblos');
    expect(inflectedForms('dukung')).not.toContain('didukung');
    expect(inflectedForms('pilih')).not.toContain('dipilih');
    expect(found('didukung dipilih pemilih memilih pilihan').urge).toEqual([]);
  });

  test('a list without inflections keeps whole words only', () => {
    expect(found('milih pilihen pilih').plain.map((span) => span.written)).toEqual(['pilih']);
  });

  test('a word stretched for emphasis matches its plain form, in any list', () => {
    expect(found('GASSS pilihhh Coblooos').urge.map((span) => span.written)).toEqual(['GASSS', 'pilihhh', 'Coblooos']);
    expect(found('pilihhh').plain.map((span) => span.written)).toEqual(['pilihhh']);
  });

  test('a word with a doubled letter of its own is not a stretched one ("Satpol PP" is not "PPP")', () => {
    const parties = new PhraseIndex({ names: { phrases: ['PPP', 'Ummat'] } });
    const names = (text: string) => parties.find(text, wordTokens(text)).names.map((span) => span.written);
    expect(names('Satpol PP dan umat')).toEqual([]);
    expect(names('PPP dan Ummat')).toEqual(['PPP', 'Ummat']);
  });
});
