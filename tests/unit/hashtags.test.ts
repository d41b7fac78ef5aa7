import { describe, expect, test } from 'vitest';
import { extractHashtags, fillHashtagTemplate, tagBodyFromName, tagKey } from '@/lib/hashtags';

const tags = (text: string) => extractHashtags(text).map((match) => match.tag);

describe('extractHashtags follows how the platforms link tags', () => {
  test.each([
    ['Ayo cek DPT #TemanPemilih #KPUMelayani', ['#TemanPemilih', '#KPUMelayani']],
    ['#Pilkada-2024 links only the first part', ['#Pilkada']],
    ["#Jum'at", ['#Jum']],
    ['# Pilkada is no tag', []],
    ['#2024 is no tag, #Pilkada2024 is', ['#Pilkada2024']],
    ['#_2024 has no letter', []],
    ['underscores count: #Pilkada_Jepara', ['#Pilkada_Jepara']],
    ['ends at punctuation: #TemanPemilih, #KPU.', ['#TemanPemilih', '#KPU']],
    ['ends at emoji: #Pemilu🇮🇩 and #Coklit✅', ['#Pemilu', '#Coklit']],
    ['other scripts: #ꦥꦶꦭ꧀ꦏꦝ and #選挙 and #Pemilihan', ['#ꦥꦶꦭ꧀ꦏꦝ', '#選挙', '#Pemilihan']],
    ['accented letters: #Pemilu2024ÄÖ', ['#Pemilu2024ÄÖ']],
    ['glued to a word: email#tag and &#39; are not tags', []],
    ['at the start of a line\n#PPKTahunan', ['#PPKTahunan']],
    ['full-width hash: ＃TemanPemilih', ['#TemanPemilih']],
  ])('%s', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });

  test('ranges point at the tag as written', () => {
    const text = 'Cek #TemanPemilih';
    const [match] = extractHashtags(text);
    expect(text.slice(match!.start, match!.end)).toBe('#TemanPemilih');
  });
});

describe('tags compare case-insensitively', () => {
  test('#TemanPemilih and #temanpemilih are the same tag', () => {
    expect(tagKey('#TemanPemilih')).toBe(tagKey('#temanpemilih'));
    expect(tagKey('＃KPU')).toBe('#kpu');
  });
});

describe('tags from names', () => {
  test.each([
    ['Jepara', 'Jepara'],
    ['Pakpak Bharat', 'PakpakBharat'],
    ['kota baru-utara', 'KotaBaruUtara'],
    ["Bengkulu's", 'BengkuluS'],
  ])('%s → %s', (name, body) => {
    expect(tagBodyFromName(name)).toBe(body);
  });

  test('a tag template fills from the profile, or does not apply', () => {
    expect(fillHashtagTemplate('#PPK{{kecamatan}}', { kecamatan: 'Kedung Cino' })).toBe('#PPKKedungCino');
    expect(fillHashtagTemplate('#PPS{{desa}}', { kecamatan: 'Tahunan' })).toBeNull();
    expect(fillHashtagTemplate('#TemanPemilih', {})).toBe('#TemanPemilih');
  });
});
