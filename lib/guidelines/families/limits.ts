import { countGraphemes, graphemeOffset } from '../../graphemes';
import { tagKey, type HashtagMatch } from '../../hashtags';
import { localNumber, message } from '../../messages/reference';
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
  const max = limits[context.platform].characters;
  if (count > max) {
    add(
      scan,
      'character-limit',
      'error',
      offsetOf(max),
      text.length,
      message('finding.characterLimit', {
        count: localNumber(count),
        limit: localNumber(max),
        platform: message(`platform.${context.platform}`),
      }),
    );
  }
  if (context.platform === 'facebook' && count > limits.facebook.seeMore) {
    add(
      scan,
      'see-more-cut',
      'info',
      offsetOf(limits.facebook.seeMore),
      text.length,
      message('finding.seeMore', { count: localNumber(limits.facebook.seeMore) }),
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
            label: message('fix.remove', { words: names }),
            edits: toRemove.map((match) => removalEdit(text, match.start, match.end)),
          }
        : undefined;
    add(
      scan,
      'hashtag-limit',
      'error',
      (extra[0] as HashtagMatch).start,
      (extra[extra.length - 1] as HashtagMatch).end,
      message(fix ? 'finding.hashtagLimitFixed' : 'finding.hashtagLimit', {
        count: distinctTags.length,
        limit: hashtagLimit,
        names,
      }),
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
      message('finding.mentionLimit', { count: mentions.length, limit: limits.instagram.mentions }),
    );
  }

  for (const match of text.matchAll(/\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/giu)) {
    add(
      scan,
      'instagram-link',
      'warning',
      match.index,
      match.index + match[0].length,
      message('finding.instagramLink'),
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
