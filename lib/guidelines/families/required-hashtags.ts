import { tagKey } from '../../hashtags';
import { bilingual } from '../../text';
import { requiredHashtags } from '../required-hashtags';
import { add } from '../scan';
import type { RuleExample, RuleFamily, Scan } from '../types';

function checkRequired(scan: Scan): void {
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
