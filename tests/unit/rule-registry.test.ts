/**
 * The rule registry: every rule id comes from exactly one family module, and every example a family gives
 * produces the finding it claims (or, for a neutral example, nothing of that family).
 */
import { describe, expect, test } from 'vitest';
import { check, RULE_IDS, type RuleExample, type RuleFamily } from '@/lib/guidelines';
import { deniedExamples, deniedFamily } from '@/lib/guidelines/families/denied';
import { emptyPost, emptyPostExamples } from '@/lib/guidelines/families/empty';
import { hashtagSyntaxExamples, hashtagSyntaxFamily } from '@/lib/guidelines/families/hashtag-syntax';
import { limitsExamples, limitsFamily } from '@/lib/guidelines/families/limits';
import { neutralityExamples, neutralityFamily } from '@/lib/guidelines/families/neutrality';
import { requiredHashtagExamples, requiredHashtagFamily } from '@/lib/guidelines/families/required-hashtags';
import { writingExamples, writingFamily } from '@/lib/guidelines/families/writing';
import { RULE_FAMILIES } from '@/lib/guidelines/registry';
import { defaults, PPK_PROFILE } from './helpers';

const MODULES: [RuleFamily, RuleExample[]][] = [
  [emptyPost, emptyPostExamples],
  [requiredHashtagFamily, requiredHashtagExamples],
  [deniedFamily, deniedExamples],
  [hashtagSyntaxFamily, hashtagSyntaxExamples],
  [limitsFamily, limitsExamples],
  [neutralityFamily, neutralityExamples],
  [writingFamily, writingExamples],
];

describe('the registry', () => {
  test('lists every family module once', () => {
    expect(new Set(RULE_FAMILIES)).toEqual(new Set(MODULES.map(([family]) => family)));
    expect(RULE_FAMILIES).toHaveLength(MODULES.length);
  });

  test.each(RULE_IDS.map((id) => [id]))('%s comes from exactly one family', (id) => {
    expect(RULE_FAMILIES.filter((family) => family.ids.includes(id)).map((family) => family.name)).toHaveLength(1);
  });

  test('every family rule is a known rule id', () => {
    for (const family of RULE_FAMILIES) for (const id of family.ids) expect(RULE_IDS).toContain(id);
  });

  test.each(RULE_IDS.map((id) => [id]))('%s has an example that produces it', (id) => {
    const examples = MODULES.flatMap(([, list]) => list);
    expect(examples.some((example) => example.finds?.rule === id)).toBe(true);
  });
});

const cases = MODULES.flatMap(([family, examples]) =>
  examples.map((example) => [`${family.name}: ${example.note}`, family, example] as const),
);

test.each(cases)('%s', (_name, family, example) => {
  const { rules } = defaults();
  if (example.candidatePairs) rules.neutrality.candidatePairs = example.candidatePairs;
  const findings = check(example.text, {
    platform: example.platform ?? 'facebook',
    stageIds: example.stageIds ?? [],
    rules,
    profile: PPK_PROFILE,
  }).filter((finding) => family.ids.includes(finding.rule));
  const found = findings.map((finding) => `${finding.rule}:${finding.severity}`);
  if (example.finds) expect(found).toContain(`${example.finds.rule}:${example.finds.severity}`);
  else expect(found).toEqual([]);
});
