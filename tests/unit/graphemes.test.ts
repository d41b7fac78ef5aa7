import { describe, expect, test } from 'vitest';
import { countGraphemes, graphemeOffset } from '@/lib/graphemes';

const segmenter = new Intl.Segmenter('id', { granularity: 'grapheme' });
const exact = (text: string) => [...segmenter.segment(text)].map((segment) => segment.index);

const SAMPLES = [
  '',
  'Rapat pleno terbuka',
  '🗳️ Ayo ke TPS 🇮🇩!',
  '👨‍👩‍👧‍👦 keluarga 👩🏽‍💻 dan 👍🏿',
  '1️⃣ 2️⃣ #️⃣ *️⃣',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿 dan 🇮🇩🇲🇾🇸🇬',
  'é (e + combining) and é, Å',
  'ꦥꦶꦭ꧀ꦏꦝ aksara Jawa',
  'line\r\nbreak\nand tab\t',
  '❤️‍🔥 🧑‍🤝‍🧑 🫱🏻‍🫲🏿',
  '日本語のテキスト',
  'عربي مع تشكيل: مَرْحَبًا',
  '\u200d leading joiner',
];

describe('countGraphemes matches Intl.Segmenter', () => {
  test.each(SAMPLES)('%j', (text) => {
    expect(countGraphemes(text)).toBe(exact(text).length);
  });

  test('graphemeOffset points at each cluster start', () => {
    for (const text of SAMPLES) {
      const starts = exact(text);
      starts.forEach((start, index) => expect(graphemeOffset(text, index)).toBe(start));
      expect(graphemeOffset(text, starts.length)).toBe(text.length);
    }
  });

  test('random mixes of the samples', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 6 }, () => SAMPLES[Math.floor(random() * SAMPLES.length)]).join('');
      expect(countGraphemes(text)).toBe(exact(text).length);
    }
  });
});
