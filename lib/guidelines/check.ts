import { countGraphemes, graphemeOffset } from '../graphemes';
import { extractHashtags, tagKey, type HashtagMatch } from '../hashtags';
import { bilingual, type Bilingual } from '../text';
import { BALLOT_NUMBER, compileRules, type CompiledRules } from './compile';
import { requiredHashtags } from './required-hashtags';
import type { CheckContext, Finding, Fix, RuleId, Severity, TextEdit } from './types';

/**
 * Checks a post against the guideline rules. Pure and synchronous: the sidebar calls it on every (debounced)
 * keystroke, so everything a rule set implies is compiled once (compileRules) and the text is scanned a few
 * times at most. Findings come back in text order.
 */
export function check(text: string, context: CheckContext): Finding[] {
  const compiled = compileRules(context.rules);
  const scan: Scan = { text, context, compiled, tags: extractHashtags(text), findings: [] };
  if (text.trim() === '') {
    add(scan, 'empty-post', 'error', 0, text.length, bilingual('Postingan masih kosong.', 'The post is empty.'));
    return scan.findings;
  }
  checkRequiredHashtags(scan);
  checkDenied(scan);
  checkHashtagSyntax(scan);
  checkLimits(scan);
  checkNeutrality(scan);
  checkWriting(scan);
  return scan.findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

interface Scan {
  text: string;
  context: CheckContext;
  compiled: CompiledRules;
  tags: HashtagMatch[];
  findings: Finding[];
}

function add(
  scan: Scan,
  rule: RuleId,
  severity: Severity,
  start: number,
  end: number,
  message: Bilingual,
  fix?: Fix,
): void {
  scan.findings.push({ id: `${rule}:${start}:${end}`, rule, severity, message, start, end, ...(fix ? { fix } : {}) });
}

/** Removes a word or tag with the space before it (or after it, at a line's start). */
function removalEdit(text: string, start: number, end: number): TextEdit {
  let from = start;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  if (from === start || from === 0 || text[from - 1] === '\n') {
    let to = end;
    while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
    return { start: from === 0 || text[from - 1] === '\n' ? from : start, end: to, replacement: '' };
  }
  return { start: from, end, replacement: '' };
}

// ── Hashtags: required, denied, syntax ──────────────────────────────────────────────────────────────────

function checkRequiredHashtags(scan: Scan): void {
  const present = new Set(scan.tags.map((match) => tagKey(match.tag)));
  const missing = requiredHashtags(scan.context.rules, {
    platform: scan.context.platform,
    stageIds: scan.context.stageIds,
    profile: scan.context.profile,
  }).filter((tag) => !present.has(tagKey(tag)));
  if (missing.length === 0) return;
  const list = missing.join(' ');
  const text = scan.text;
  const contentEnd = text.trimEnd().length;
  const lastLine = text.slice(text.lastIndexOf('\n', contentEnd - 1) + 1, contentEnd);
  // Append to a last line of tags, or start one after a blank line: the tidy place KPU's posts keep tags.
  const onlyTags = lastLine.trim() !== '' && lastLine.replace(/[#＃][\p{L}\p{M}\p{Nd}_]+/gu, '').trim() === '';
  add(
    scan,
    'required-hashtags',
    'error',
    contentEnd,
    contentEnd,
    bilingual(`Tagar wajib belum ada: ${list}`, `Required hashtags missing: ${list}`),
    {
      label: bilingual(`Tambahkan ${list}`, `Add ${list}`),
      edits: [{ start: contentEnd, end: text.length, replacement: `${onlyTags ? ' ' : '\n\n'}${list}` }],
    },
  );
}

function checkDenied(scan: Scan): void {
  for (const match of scan.tags) {
    if (!scan.compiled.deniedTags.has(tagKey(match.tag))) continue;
    add(
      scan,
      'denied-hashtag',
      'error',
      match.start,
      match.end,
      bilingual(`Tagar ${match.tag} dilarang dipakai akun badan ad hoc.`, `The hashtag ${match.tag} is not allowed.`),
      {
        label: bilingual(`Hapus ${match.tag}`, `Remove ${match.tag}`),
        edits: [removalEdit(scan.text, match.start, match.end)],
      },
    );
  }
  const phrases = scan.compiled.deniedPhrases;
  if (!phrases) return;
  for (const match of scan.text.matchAll(phrases)) {
    add(
      scan,
      'denied-phrase',
      'error',
      match.index,
      match.index + match[0].length,
      bilingual(`Ungkapan "${match[0]}" tidak boleh dipakai.`, `The phrase "${match[0]}" is not allowed.`),
    );
  }
}

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
        bilingual(
          `${written} hanya menautkan ${match.tag}: ${hyphen ? 'tanda hubung' : 'apostrof'} memutus tagar.`,
          `${written} links only ${match.tag}: ${hyphen ? 'a hyphen' : 'an apostrophe'} ends a hashtag.`,
        ),
        { label: bilingual(`Ganti menjadi ${joined}`, `Change to ${joined}`), edits },
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
        bilingual(`Tagar ${match.tag} ditulis dua kali.`, `The hashtag ${match.tag} appears twice.`),
        {
          label: bilingual(`Hapus ${match.tag} yang kedua`, `Remove the second ${match.tag}`),
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
    add(
      scan,
      'hashtag-space-after-hash',
      'warning',
      match.index,
      wordEnd,
      bilingual(`Ada spasi setelah "#": tulis ${tag} tanpa spasi.`, `A space follows "#": write ${tag} without it.`),
      {
        label: bilingual(`Ganti menjadi ${tag}`, `Change to ${tag}`),
        edits: [{ start: match.index + 1, end, replacement: '' }],
      },
    );
  }

  for (const match of text.matchAll(DIGITS_ONLY_TAG)) {
    add(
      scan,
      'hashtag-digits-only',
      'warning',
      match.index,
      match.index + match[0].length,
      bilingual(
        `${match[0]} bukan tagar: tagar harus memuat huruf (misalnya #Pilkada${match[1]}).`,
        `${match[0]} is not a hashtag: a hashtag needs a letter (such as #Pilkada${match[1]}).`,
      ),
    );
  }
}

/** "#Teman Pemilih" → "#TemanPemilih" when the joined form is a tag KPU uses. */
function checkSplitTag(scan: Scan, match: HashtagMatch): void {
  const { text, compiled } = scan;
  let key = tagKey(match.tag);
  if (compiled.knownTags.has(key) || !compiled.knownTagPrefixes.has(key)) return;
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
    if (compiled.knownTags.has(key)) {
      const written = text.slice(match.start, at);
      const joined = written.replace(/\s+/g, '');
      add(
        scan,
        'hashtag-split',
        'warning',
        match.start,
        at,
        bilingual(
          `Tagar "${written}" terpisah spasi: tulis ${joined}.`,
          `The hashtag "${written}" is split by a space: write ${joined}.`,
        ),
        { label: bilingual(`Gabungkan menjadi ${joined}`, `Join into ${joined}`), edits },
      );
      return;
    }
    if (!compiled.knownTagPrefixes.has(key)) return;
  }
}

// ── Platform limits ─────────────────────────────────────────────────────────────────────────────────────

/** Characters as the platforms count them: user-perceived characters, an emoji counting as one. */
export const countCharacters = countGraphemes;

function checkLimits(scan: Scan): void {
  const { text, context } = scan;
  const limits = context.rules.limits;
  const count = countGraphemes(text);
  const offsetOf = (characters: number) => graphemeOffset(text, characters);
  const platformName = context.platform === 'instagram' ? 'Instagram' : 'Facebook';
  const max = context.platform === 'instagram' ? limits.instagram.characters : limits.facebook.characters;
  const formatted = (n: number) => n.toLocaleString('id-ID');
  const formattedEn = (n: number) => n.toLocaleString('en-US');
  if (count > max) {
    add(
      scan,
      'character-limit',
      'error',
      offsetOf(max),
      text.length,
      bilingual(
        `Teks ${formatted(count)} karakter, melebihi batas ${platformName} ${formatted(max)} karakter.`,
        `The text has ${formattedEn(count)} characters, over ${platformName}'s limit of ${formattedEn(max)}.`,
      ),
    );
  }
  if (context.platform === 'facebook' && count > limits.facebook.seeMore) {
    add(
      scan,
      'see-more-cut',
      'info',
      offsetOf(limits.facebook.seeMore),
      text.length,
      bilingual(
        `Hanya sekitar ${formatted(limits.facebook.seeMore)} karakter pertama yang tampil sebelum "Lihat selengkapnya": letakkan pesan utama di awal.`,
        `Only about the first ${formattedEn(limits.facebook.seeMore)} characters show before "See more": put the main message first.`,
      ),
    );
  }
  if (context.platform !== 'instagram') return;

  const hashtagLimit = context.instagramHashtagLimit ?? limits.instagram.hashtags;
  const distinctTags = dedupeTags(scan.tags);
  if (distinctTags.length > hashtagLimit) {
    const extra = distinctTags.slice(hashtagLimit);
    const required = new Set(
      requiredHashtags(context.rules, {
        platform: 'instagram',
        stageIds: context.stageIds,
        profile: context.profile,
      }).map(tagKey),
    );
    // The fix drops the last tags that are not required, as many as needed; when required tags alone are
    // over the limit there is no safe fix.
    const removable = distinctTags.filter((match) => !required.has(tagKey(match.tag))).reverse();
    const toRemove = removable.slice(0, distinctTags.length - hashtagLimit);
    const fix: Fix | undefined =
      toRemove.length === distinctTags.length - hashtagLimit
        ? {
            label: bilingual(
              `Hapus ${toRemove.map((match) => match.tag).join(' ')}`,
              `Remove ${toRemove.map((match) => match.tag).join(' ')}`,
            ),
            edits: toRemove.map((match) => removalEdit(text, match.start, match.end)),
          }
        : undefined;
    add(
      scan,
      'hashtag-limit',
      'error',
      (extra[0] as HashtagMatch).start,
      (extra[extra.length - 1] as HashtagMatch).end,
      bilingual(
        `${distinctTags.length} tagar, melebihi batas Instagram ${hashtagLimit} tagar per postingan.`,
        `${distinctTags.length} hashtags, over Instagram's limit of ${hashtagLimit} per post.`,
      ),
      fix,
    );
  }

  const mentions = [...text.matchAll(/(?<![\p{L}\p{Nd}_@.])@[A-Za-z0-9._]{1,30}/gu)];
  if (mentions.length > limits.instagram.mentions) {
    const first = mentions[limits.instagram.mentions] as RegExpExecArray;
    add(
      scan,
      'mention-limit',
      'error',
      first.index,
      text.length,
      bilingual(
        `${mentions.length} sebutan (@), melebihi batas Instagram ${limits.instagram.mentions}.`,
        `${mentions.length} mentions (@), over Instagram's limit of ${limits.instagram.mentions}.`,
      ),
    );
  }

  for (const match of text.matchAll(/\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/giu)) {
    add(
      scan,
      'instagram-link',
      'warning',
      match.index,
      match.index + match[0].length,
      bilingual(
        'Tautan di keterangan Instagram tidak bisa diklik: taruh di bio dan tulis "tautan di bio".',
        'Links in Instagram captions are not clickable: put it in the bio and write "link in bio".',
      ),
    );
  }
}

function dedupeTags(tags: readonly HashtagMatch[]): HashtagMatch[] {
  const seen = new Set<string>();
  return tags.filter((match) => {
    const key = tagKey(match.tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ── Neutrality ──────────────────────────────────────────────────────────────────────────────────────────

const WORD = /[\p{L}\p{M}\p{Nd}_]+/gu;

/** Word index of each offset, by binary search over word starts. */
function wordIndexer(text: string): (offset: number) => number {
  const starts: number[] = [];
  for (const match of text.matchAll(WORD)) starts.push(match.index);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
}

interface Mention {
  start: number;
  end: number;
  written: string;
  pair: string | null;
}

function checkNeutrality(scan: Scan): void {
  const { text, compiled, context } = scan;
  const neutrality = context.rules.neutrality;
  const mentions: Mention[] = [];
  if (compiled.names) {
    for (const match of text.matchAll(compiled.names)) {
      const pair = compiled.namePair.get(match[0].toLowerCase().replace(/\s+/g, ' ')) ?? null;
      mentions.push({ start: match.index, end: match.index + match[0].length, written: match[0], pair });
    }
  }
  if (neutrality.candidatePairs.length > 0) {
    const numbers = new Set(neutrality.candidatePairs.map((pair) => Number(pair.number)));
    for (const match of text.matchAll(BALLOT_NUMBER)) {
      const number = Number(match[1]);
      if (!numbers.has(number)) continue;
      const pair = neutrality.candidatePairs.find((entry) => Number(entry.number) === number)?.number ?? null;
      mentions.push({ start: match.index, end: match.index + match[0].length, written: match[0], pair });
    }
  }
  const quiet = context.stageIds.some((id) => compiled.quietStages.has(id));

  if (mentions.length > 0 && compiled.campaignVerbs) {
    const wordAt = wordIndexer(text);
    const verbs = [...text.matchAll(compiled.campaignVerbs)].map((match) => ({
      word: wordAt(match.index),
      written: match[0],
    }));
    for (const mention of mentions) {
      const word = wordAt(mention.start);
      const verb = verbs.find((entry) => Math.abs(entry.word - word) <= neutrality.nearWords);
      if (!verb) continue;
      add(
        scan,
        'neutrality-campaigning',
        'error',
        mention.start,
        mention.end,
        bilingual(
          `"${verb.written}" dekat "${mention.written}" bisa dibaca sebagai ajakan memilih peserta tertentu. Penyelenggara wajib netral.`,
          `"${verb.written}" near "${mention.written}" can read as urging a vote for one contestant. Election bodies must stay neutral.`,
        ),
      );
    }
  }

  if (quiet) {
    if (compiled.surveyTerms) {
      for (const match of text.matchAll(compiled.surveyTerms)) {
        add(
          scan,
          'neutrality-quiet-period-survey',
          'error',
          match.index,
          match.index + match[0].length,
          bilingual(
            `Masa tenang: jangan menyebut "${match[0]}" (hasil survei atau hitung cepat dilarang diumumkan).`,
            `Quiet period: do not mention "${match[0]}" (survey and quick-count results may not be published).`,
          ),
        );
      }
    }
    for (const mention of mentions) {
      add(
        scan,
        'neutrality-quiet-period-name',
        'warning',
        mention.start,
        mention.end,
        bilingual(
          `Masa tenang: hindari menyebut "${mention.written}" kecuali informasi resmi yang setara untuk semua peserta.`,
          `Quiet period: avoid naming "${mention.written}" except in official information equal for all contestants.`,
        ),
      );
    }
  }

  const pairsNamed = new Set(mentions.map((mention) => mention.pair).filter((pair): pair is string => pair !== null));
  const allPairs = neutrality.candidatePairs.length;
  if (allPairs > 1 && pairsNamed.size > 0 && pairsNamed.size < allPairs) {
    const first = mentions.find((mention) => mention.pair !== null) as Mention;
    add(
      scan,
      'neutrality-one-pair',
      'info',
      first.start,
      first.end,
      bilingual(
        `Hanya ${pairsNamed.size} dari ${allPairs} pasangan calon yang disebut: sebut semuanya secara setara, atau tidak sama sekali.`,
        `Only ${pairsNamed.size} of ${allPairs} candidate pairs are named: name all of them equally, or none.`,
      ),
    );
  }
}

// ── Writing ─────────────────────────────────────────────────────────────────────────────────────────────

const PLACEHOLDER = /\{\{[^{}\n]*\}\}/g;
const HAS_LETTER = /\p{L}/u;

function matchCase(written: string, replacement: string): string {
  if (written === written.toUpperCase() && written !== written.toLowerCase()) return replacement.toUpperCase();
  const first = written[0] as string;
  if (first === first.toUpperCase() && first !== first.toLowerCase())
    return (replacement[0] as string).toUpperCase() + replacement.slice(1);
  return replacement;
}

/**
 * Prose words for typos and doubled words: runs between spaces and ASCII punctuation. A plain (non-Unicode)
 * class is several times faster than \p{L} on every keystroke; words without a letter are skipped below.
 */
const PROSE_WORD = /[^\s.,;:!?()[\]{}<>"'“”‘’/\\|@#*&%$^=+~`-]+/g;

function checkWriting(scan: Scan): void {
  const { text, compiled } = scan;
  let previous: { start: number; end: number; lower: string } | null = null;
  for (const match of text.matchAll(PROSE_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const prefix = text[start - 1];
    // Words in hashtags and mentions, numbers and emoji are not prose.
    if (prefix === '#' || prefix === '@' || prefix === '＃' || !HAS_LETTER.test(match[0])) {
      previous = null;
      continue;
    }
    const lower = match[0].toLowerCase();
    const right = compiled.misspellings.get(lower);
    if (right !== undefined) {
      const replacement = matchCase(match[0], right);
      add(
        scan,
        'misspelling',
        'warning',
        start,
        end,
        bilingual(
          `Salah ketik: "${match[0]}" seharusnya "${replacement}".`,
          `Typo: "${match[0]}" should be "${replacement}".`,
        ),
        {
          label: bilingual(`Ganti dengan "${replacement}"`, `Replace with "${replacement}"`),
          edits: [{ start, end, replacement }],
        },
      );
    }
    if (previous && previous.lower === lower && /^[ \t]+$/.test(text.slice(previous.end, start))) {
      add(
        scan,
        'doubled-word',
        'warning',
        previous.start,
        end,
        bilingual(`Kata "${match[0]}" tertulis dua kali.`, `The word "${match[0]}" is written twice.`),
        {
          label: bilingual(`Hapus "${match[0]}" yang kedua`, `Remove the second "${match[0]}"`),
          edits: [{ start: previous.end, end, replacement: '' }],
        },
      );
    }
    previous = { start, end, lower };
  }

  for (const match of text.matchAll(PLACEHOLDER)) {
    add(
      scan,
      'leftover-placeholder',
      'error',
      match.index,
      match.index + match[0].length,
      bilingual(
        `${match[0]} masih tersisa dari templat: isi dengan keterangan yang benar.`,
        `${match[0]} is left from the template: fill in the right information.`,
      ),
    );
  }
}
