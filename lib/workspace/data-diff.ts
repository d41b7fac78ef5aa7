import type { GuidelineRules, StageCalendar, TemplatePack } from '../schemas';

export interface ItemDiff<T> {
  added: T[];
  changed: { before: T; after: T }[];
  removed: T[];
}

/** JSON with every object's keys sorted: chrome.storage hands objects back with their keys sorted. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : entry,
  );

/** The same data, whatever order its keys come in. */
export const sameData = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** What replacing `before` by `after` adds, changes and removes, matched by id. */
export function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]): ItemDiff<T> {
  const old = new Map(before.map((item) => [item.id, item]));
  const fresh = new Map(after.map((item) => [item.id, item]));
  return {
    added: after.filter((item) => !old.has(item.id)),
    changed: after.flatMap((item) => {
      const previous = old.get(item.id);
      return previous && !sameData(previous, item) ? [{ before: previous, after: item }] : [];
    }),
    removed: before.filter((item) => !fresh.has(item.id)),
  };
}

export const diffPack = (before: TemplatePack, after: TemplatePack) => diffById(before.templates, after.templates);
export const diffCalendar = (before: StageCalendar, after: StageCalendar) => diffById(before.stages, after.stages);

/** The sections of a rule set that differ. */
export function diffRules(before: GuidelineRules, after: GuidelineRules): (keyof GuidelineRules)[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof GuidelineRules)[]);
  return [...keys].filter((key) => key !== '$schema' && !sameData(before[key], after[key]));
}
