import { tagKey, type HashtagMatch } from '../../hashtags';
import { message } from '../../messages/reference';
import { compiledFor } from '../compile';
import { add, removalEdit } from '../scan';
import type { RuleExample, RuleFamily, Scan, TextEdit } from '../types';

/** Tags KPU uses (lowercase, without placeholders) and every prefix of them, to recognise split tags. */
const knownTagsOf = compiledFor((rules) => {
  const known = new Set<string>();
  const prefixes = new Set<string>();
  for (const tag of [...rules.knownHashtags, ...rules.requiredHashtags.flatMap((rule) => rule.tags)]) {
    if (tag.includes('{{')) continue;
    const key = tagKey(tag);
    known.add(key);
    for (let length = 2; length < key.length; length++) prefixes.add(key.slice(0, length));
  }
  return { known, prefixes };
});

const TAG_CHAR = /[\p{L}\p{M}\p{Nd}_]/u;
const SPACE_AFTER_HASH = /(?<![\p{L}\p{M}\p{Nd}_&#])#[ \t]+(?=\p{L})/gu;
const DIGITS_ONLY_TAG = /(?<![\p{L}\p{M}\p{Nd}_&#])#(\d+)(?![\p{L}\p{M}\p{Nd}_])/gu;

function checkHashtagSyntax(scan: Scan): void {
  const { text } = scan;
  const seen = new Map<string, HashtagMatch>();
  for (const match of scan.tags) {
    // A hyphen or apostrophe inside a tag ends it: "#Pilkada-2024" links only "#Pilkada".
    const joiner = text[match.end];
    if ((joiner === '-' || joiner === "'" || joiner === '’') && TAG_CHAR.test(text[match.end + 1] ?? '')) {
      let end = match.end;
      const edits: TextEdit[] = [];
      while ((text[end] === '-' || text[end] === "'" || text[end] === '’') && TAG_CHAR.test(text[end + 1] ?? '')) {
        edits.push({ start: end, end: end + 1, replacement: '' });
        end++;
        while (end < text.length && TAG_CHAR.test(text[end] as string)) end++;
      }
      const written = text.slice(match.start, end);
      const joined = edits.reduceRight(
        (out, edit) => out.slice(0, edit.start - match.start) + out.slice(edit.end - match.start),
        written,
      );
      const hyphen = joiner === '-';
      add(
        scan,
        hyphen ? 'hashtag-hyphen' : 'hashtag-apostrophe',
        'warning',
        match.start,
        end,
        message('finding.hashtagBroken', {
          written,
          tag: match.tag,
          mark: message(hyphen ? 'finding.hyphen' : 'finding.apostrophe'),
        }),
        { label: message('fix.changeTo', { tag: joined }), edits },
      );
    }
    // Duplicates: the second mention of a tag adds nothing.
    const key = tagKey(match.tag);
    const first = seen.get(key);
    if (first) {
      add(
        scan,
        'hashtag-duplicate',
        'warning',
        match.start,
        match.end,
        message('finding.hashtagTwice', { tag: match.tag }),
        {
          label: message('fix.removeSecond', { tag: match.tag }),
          edits: [removalEdit(text, match.start, match.end)],
        },
      );
    } else seen.set(key, match);
    checkSplitTag(scan, match);
  }

  for (const match of text.matchAll(SPACE_AFTER_HASH)) {
    const end = match.index + match[0].length;
    let wordEnd = end;
    while (wordEnd < text.length && TAG_CHAR.test(text[wordEnd] as string)) wordEnd++;
    const tag = `#${text.slice(end, wordEnd)}`;
    add(scan, 'hashtag-space-after-hash', 'warning', match.index, wordEnd, message('finding.spaceAfterHash', { tag }), {
      label: message('fix.changeTo', { tag }),
      edits: [{ start: match.index + 1, end, replacement: '' }],
    });
  }

  for (const match of text.matchAll(DIGITS_ONLY_TAG)) {
    add(
      scan,
      'hashtag-digits-only',
      'warning',
      match.index,
      match.index + match[0].length,
      message('finding.digitsOnly', { written: match[0], digits: match[1] ?? '' }),
    );
  }
}

/** "#Teman Pemilih" → "#TemanPemilih" when the joined form is a tag KPU uses. */
function checkSplitTag(scan: Scan, match: HashtagMatch): void {
  const { text } = scan;
  const { known, prefixes } = knownTagsOf(scan.context.rules);
  let key = tagKey(match.tag);
  if (known.has(key) || !prefixes.has(key)) return;
  let at = match.end;
  const edits: TextEdit[] = [];
  for (let words = 0; words < 3; words++) {
    let wordStart = at;
    while (text[wordStart] === ' ') wordStart++;
    if (wordStart === at || wordStart - at > 2) return;
    let wordEnd = wordStart;
    while (wordEnd < text.length && TAG_CHAR.test(text[wordEnd] as string)) wordEnd++;
    if (wordEnd === wordStart) return;
    key += text.slice(wordStart, wordEnd).toLowerCase();
    edits.push({ start: at, end: wordStart, replacement: '' });
    at = wordEnd;
    if (known.has(key)) {
      const written = text.slice(match.start, at);
      const joined = written.replace(/\s+/g, '');
      add(scan, 'hashtag-split', 'warning', match.start, at, message('finding.hashtagSplit', { written, joined }), {
        label: message('fix.joinInto', { tag: joined }),
        edits,
      });
      return;
    }
    if (!prefixes.has(key)) return;
  }
}

/** How tags are written: what Facebook and Instagram link, and what they do not. */
export const hashtagSyntaxFamily: RuleFamily = {
  name: 'hashtag-syntax',
  ids: [
    'hashtag-hyphen',
    'hashtag-apostrophe',
    'hashtag-space-after-hash',
    'hashtag-digits-only',
    'hashtag-split',
    'hashtag-duplicate',
  ],
  check: checkHashtagSyntax,
};

export const hashtagSyntaxExamples: RuleExample[] = [
  {
    note: 'a hyphen ends a tag',
    text: 'Sukseskan #Pilkada-2024!',
    finds: { rule: 'hashtag-hyphen', severity: 'warning' },
  },
  {
    note: 'an apostrophe ends a tag',
    text: "Selamat hari #Jum'at",
    finds: { rule: 'hashtag-apostrophe', severity: 'warning' },
  },
  {
    note: 'a space after #',
    text: 'Ikuti # Pilkada',
    finds: { rule: 'hashtag-space-after-hash', severity: 'warning' },
  },
  {
    note: 'digits only are no tag',
    text: 'Pilkada #2024',
    finds: { rule: 'hashtag-digits-only', severity: 'warning' },
  },
  {
    note: 'a known tag split by a space',
    text: 'Ayo #Teman Pemilih',
    finds: { rule: 'hashtag-split', severity: 'warning' },
  },
  {
    note: 'the same tag twice',
    text: '#TemanPemilih info #temanpemilih',
    finds: { rule: 'hashtag-duplicate', severity: 'warning' },
  },
  { note: 'a tag followed by a dash and a word is fine', text: '#Pilkada - ayo ke TPS', finds: null },
];
