/**
 * Corpora written apart from Pandu (tests/corpus/written-apart.ts): three writers' sets that rules may be tuned
 * on, and one sealed set that no rule may be changed for. Both are reported apart, with the built-in rules and
 * with the writers' candidate data.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SEALED_CORPUS, TUNING_CORPORA, writtenFigureRows } from '../corpus/written-apart';

const KINDS = [
  'attack',
  'money',
  'support-no-verb',
  'regional',
  'conduct',
  'premature-claim',
  'quiet-period',
  'direct',
  'coded',
];

describe('the written-apart corpora themselves', () => {
  const all = [...TUNING_CORPORA, SEALED_CORPUS];
  const posts = all.flatMap((corpus) => corpus.posts);

  test('at least 300 neutral and 200 violating posts, by four writers', () => {
    expect(new Set(all.map((corpus) => corpus.writer)).size).toBe(4);
    expect(posts.filter((post) => post.label === 'neutral').length).toBeGreaterThanOrEqual(300);
    expect(posts.filter((post) => post.label === 'violating').length).toBeGreaterThanOrEqual(200);
  });

  test('every writer covers every kind of violating post', () => {
    for (const corpus of all) {
      const kinds = new Set(corpus.posts.filter((post) => post.label === 'violating').map((post) => post.kind));
      for (const kind of KINDS) expect(kinds, `${corpus.writer}: ${kind}`).toContain(kind);
    }
  });

  test('the sealed set is the file its writer delivered, byte for byte', () => {
    const bytes = readFileSync(resolve(import.meta.dirname, '../corpus/sealed/w3.json'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '523799f13cdfdcea831a829068205b988abe417f8494823d2a9d14cc4db1d63d',
    );
  });
});

test('figures: tuning and sealed sets, built-in rules and with candidate data', () => {
  console.table(writtenFigureRows());
});
