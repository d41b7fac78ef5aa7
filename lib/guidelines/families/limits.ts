import { countGraphemes, graphemeOffset } from '../../graphemes';
import { tagKey, type HashtagMatch } from '../../hashtags';
import { bilingual } from '../../text';
import { hashtagLimitFor, requiredWithinLimit } from '../required-hashtags';
import { add, removalEdit } from '../scan';
import type { Fix, RuleExample, RuleFamily, Scan } from '../types';

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

  const hashtagLimit = hashtagLimitFor(context.rules, 'instagram', context.instagramHashtagLimit);
  const distinctTags = dedupeTags(scan.tags);
  if (distinctTags.length > hashtagLimit) {
    const extra = distinctTags.slice(hashtagLimit);
    const over = distinctTags.length - hashtagLimit;
    // The fix keeps the most important tags: it drops the last tags that are not required first, then the
    // required ones the rules rank lowest (those left out of the limit).
    const { kept, leftOut } = requiredWithinLimit(
      context.rules,
      { platform: 'instagram', stageIds: context.stageIds, profile: context.profile },
      hashtagLimit,
    );
    const keptKeys = new Set(kept.map(tagKey));
    const rank = new Map(leftOut.map((tag, index) => [tagKey(tag), index]));
    const optional = distinctTags.filter((match) => !keptKeys.has(tagKey(match.tag)) && !rank.has(tagKey(match.tag)));
    const lowRanked = distinctTags
      .filter((match) => rank.has(tagKey(match.tag)))
      .sort((a, b) => (rank.get(tagKey(b.tag)) as number) - (rank.get(tagKey(a.tag)) as number));
    const toRemove = [...optional.reverse(), ...lowRanked].slice(0, over);
    const names = toRemove.map((match) => match.tag).join(' ');
    const fix: Fix | undefined =
      toRemove.length === over
        ? {
            label: bilingual(`Hapus ${names}`, `Remove ${names}`),
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
        `${distinctTags.length} tagar, melebihi batas Instagram ${hashtagLimit} tagar per postingan.${fix ? ` Yang terpenting dipertahankan; tidak dimuat: ${names}.` : ''}`,
        `${distinctTags.length} hashtags, over Instagram's limit of ${hashtagLimit} per post.${fix ? ` The most important stay; left out: ${names}.` : ''}`,
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

/** Platform limits: characters, Instagram's tags and mentions, links that do not work in captions. */
export const limitsFamily: RuleFamily = {
  name: 'limits',
  ids: ['character-limit', 'see-more-cut', 'hashtag-limit', 'mention-limit', 'instagram-link'],
  check: checkLimits,
};

export const limitsExamples: RuleExample[] = [
  {
    note: 'an Instagram caption over 2,200 characters',
    text: 'a'.repeat(2201),
    platform: 'instagram',
    finds: { rule: 'character-limit', severity: 'error' },
  },
  {
    note: 'a long Facebook post is cut at "See more"',
    text: 'a'.repeat(500),
    finds: { rule: 'see-more-cut', severity: 'info' },
  },
  {
    note: 'six tags on Instagram',
    text: 'Cek DPT #A #B #C #D #E #F',
    platform: 'instagram',
    finds: { rule: 'hashtag-limit', severity: 'error' },
  },
  {
    note: '21 mentions on Instagram',
    text: Array.from({ length: 21 }, (_, index) => `@akun${index}`).join(' '),
    platform: 'instagram',
    finds: { rule: 'mention-limit', severity: 'error' },
  },
  {
    note: 'a link in an Instagram caption',
    text: 'Cek di https://cekdptonline.kpu.go.id',
    platform: 'instagram',
    finds: { rule: 'instagram-link', severity: 'warning' },
  },
  { note: 'a link on Facebook is fine', text: 'Cek di https://cekdptonline.kpu.go.id', finds: null },
];
