import { tagKey } from '../../hashtags';
import { message } from '../../messages/reference';
import { compiledFor, phraseRegExp } from '../compile';
import { layoutOf, othersVoice } from '../layout';
import { add, removalEdit } from '../scan';
import type { RuleExample, RuleFamily, Scan } from '../types';

/** Everyday spellings of common words, so "golput saja" also catches "golput aja". */
const COLLOQUIAL: Record<string, readonly string[]> = {
  saja: ['aja', 'wae'],
  tidak: ['gak', 'nggak', 'ngga', 'enggak', 'ga', 'tdk', 'tak'],
  jangan: ['jgn', 'ojo'],
  yang: ['yg'],
  sudah: ['udah', 'sdh'],
  datang: ['dateng'],
};

/** A denied phrase and its everyday spellings (each word replaced by its colloquial forms). */
export function colloquialForms(phrase: string): string[] {
  let forms = [''];
  for (const word of phrase.trim().split(/\s+/)) {
    const variants = [word, ...(COLLOQUIAL[word.toLowerCase()] ?? [])];
    forms = forms.flatMap((form) => variants.map((variant) => (form ? `${form} ${variant}` : variant)));
  }
  return forms;
}

const compile = compiledFor((rules) => ({
  tags: new Set(rules.deniedHashtags.map(tagKey)),
  phrases: phraseRegExp(rules.deniedPhrases.flatMap(colloquialForms)),
}));

function checkDenied(scan: Scan): void {
  const denied = compile(scan.context.rules);
  for (const match of scan.tags) {
    if (!denied.tags.has(tagKey(match.tag))) continue;
    add(scan, 'denied-hashtag', 'error', match.start, match.end, message('finding.deniedHashtag', { tag: match.tag }), {
      label: message('fix.remove', { words: match.tag }),
      edits: [removalEdit(scan.text, match.start, match.end)],
    });
  }
  if (!denied.phrases) return;
  for (const match of scan.text.matchAll(denied.phrases)) {
    // A hoax quoted to refute it ("Beredar video berjudul "KPU curang"… bukan dari KPU") is not the body's word.
    if (othersVoice(layoutOf(scan), match.index, match.index + match[0].length)) continue;
    add(
      scan,
      'denied-phrase',
      'error',
      match.index,
      match.index + match[0].length,
      message('finding.deniedPhrase', { phrase: match[0] }),
    );
  }
}

/** Tags and phrases KPU Kabupaten does not allow on an ad-hoc body's account. */
export const deniedFamily: RuleFamily = {
  name: 'denied',
  ids: ['denied-hashtag', 'denied-phrase'],
  check: checkDenied,
};

export const deniedExamples: RuleExample[] = [
  {
    note: 'a protest tag from 2019',
    text: 'Pantau terus hasilnya #KpuJanganCurang',
    finds: { rule: 'denied-hashtag', severity: 'error' },
  },
  {
    note: 'a hoax quoted to refute it',
    text: 'Beredar video berjudul "KPU curang". Video itu hoaks, bukan dari KPU.',
    finds: null,
  },
  {
    note: 'urging people to stay away',
    text: 'Percuma, lebih baik golput saja tahun ini.',
    finds: { rule: 'denied-phrase', severity: 'error' },
  },
  {
    note: 'a denied phrase in its everyday spelling',
    text: 'Sudahlah, golput aja tahun ini.',
    finds: { rule: 'denied-phrase', severity: 'error' },
  },
];
