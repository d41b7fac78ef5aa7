import { tagKey } from '../../hashtags';
import { message } from '../../messages/reference';
import { hashtagLimitFor, requiredWithinLimit } from '../required-hashtags';
import { add } from '../scan';
import type { RuleExample, RuleFamily, Scan } from '../types';

function checkRequired(scan: Scan): void {
  const { context } = scan;
  const present = new Set(scan.tags.map((match) => tagKey(match.tag)));
  // On Instagram only the most important required tags that fit the limit are asked for.
  const limit = hashtagLimitFor(context.rules, context.platform, context.instagramHashtagLimit);
  const { kept, leftOut } = requiredWithinLimit(context.rules, context, limit);
  const missing = kept.filter((tag) => !present.has(tagKey(tag)));
  if (missing.length === 0) return;
  const list = missing.join(' ');
  const notAsked = leftOut.filter((tag) => !present.has(tagKey(tag))).join(' ');
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
    notAsked
      ? message('finding.requiredMissingLimited', { tags: list, limit, notAsked })
      : message('finding.requiredMissing', { tags: list }),
    {
      label: message('fix.add', { tags: list }),
      edits: [{ start: contentEnd, end: text.length, replacement: `${onlyTags ? ' ' : '\n\n'}${list}` }],
    },
    // It marks no words: an answer to it is about the tags it asks for.
    list,
  );
}

/** The tags KPU requires for the platform, the stage and the body's place. */
export const requiredHashtagFamily: RuleFamily = {
  name: 'required-hashtags',
  ids: ['required-hashtags'],
  check: checkRequired,
};

export const requiredHashtagExamples: RuleExample[] = [
  {
    note: 'a post with no tags misses the national and local ones',
    text: 'Coklit dimulai hari ini.',
    finds: { rule: 'required-hashtags', severity: 'error' },
  },
  {
    note: 'every required tag, in any case',
    text: 'Coklit dimulai.\n\n#temanpemilih #PilkadaSerentak2024 #KPUMelayani #KPUJepara #PPKTahunan #kpuri',
    finds: null,
  },
];
