import { describe, expect, test } from 'vitest';
import { diffCalendar, diffPack, diffRules } from '@/lib/workspace/data-diff';
import { calendarItem, dataInUse, packItem, rulesItem } from '@/lib/workspace/data-store';
import { defaults } from './helpers';

describe('differences shown before replacing', () => {
  test('a pack: templates added, changed and removed, by id', () => {
    const { pack } = defaults();
    const next = structuredClone(pack);
    next.templates[0]!.title = 'Judul baru';
    const removed = next.templates.splice(1, 1)[0]!;
    next.templates.push({ ...pack.templates[2]!, id: 'templat-baru', title: 'Templat baru' });
    const diff = diffPack(pack, next);
    expect(diff.added.map((template) => template.id)).toEqual(['templat-baru']);
    expect(diff.changed.map((entry) => [entry.before.title, entry.after.title])).toEqual([
      [pack.templates[0]!.title, 'Judul baru'],
    ]);
    expect(diff.removed).toEqual([removed]);
    expect(diffPack(pack, structuredClone(pack))).toEqual({ added: [], changed: [], removed: [] });
    // chrome.storage hands objects back with their keys sorted: that is no change.
    const sorted = JSON.parse(JSON.stringify(pack), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort())
        : value,
    ) as typeof pack;
    expect(JSON.stringify(sorted)).not.toBe(JSON.stringify(pack));
    expect(diffPack(pack, sorted)).toEqual({ added: [], changed: [], removed: [] });
  });

  test('a calendar: a stage moved is a change', () => {
    const { calendar } = defaults();
    const next = structuredClone(calendar);
    next.stages[4]!.end = '2024-07-31';
    expect(diffCalendar(calendar, next).changed.map((entry) => entry.after.id)).toEqual(['coklit']);
  });

  test('rules: the sections that differ', () => {
    const { rules } = defaults();
    const next = structuredClone(rules);
    next.limits.instagram.hashtags = 30;
    next.deniedPhrases.push('pilkada diundur');
    expect(diffRules(rules, next)).toEqual(['deniedPhrases', 'limits']);
  });
});

describe('the data in use', () => {
  test('the built-in files until something is imported', async () => {
    const inUse = await dataInUse();
    expect(inUse.imported).toEqual({ calendar: false, pack: false, rules: false });
    expect(inUse.pack).toEqual(defaults().pack);
  });

  test('an imported pack replaces the built-in one; a stored file that no longer validates falls back', async () => {
    const { pack, rules } = defaults();
    const imported = { ...pack, version: '2024.2', templates: pack.templates.slice(0, 3) };
    await packItem.setValue(imported);
    await rulesItem.setValue({ ...rules, neutrality: { ...rules.neutrality, quietPeriodStages: ['hilang'] } });
    const inUse = await dataInUse();
    expect(inUse.pack).toEqual(imported);
    expect(inUse.rules).toEqual(rules);
    expect(inUse.imported).toEqual({ calendar: false, pack: true, rules: false });
    await calendarItem.setValue(null);
  });
});
