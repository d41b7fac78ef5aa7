import type { z } from 'zod';

/** Adds a problem with its message in both languages (read back by problemsFromZod). */
export function customIssue(context: z.RefinementCtx, path: PropertyKey[], id: string, en: string): void {
  context.addIssue({ code: 'custom', path, message: en, params: { id, en } });
}

export function checkUniqueIds(
  items: readonly { id: string }[],
  path: PropertyKey[],
  context: z.RefinementCtx,
  [kindId, kindEn]: [string, string],
): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else
      customIssue(
        context,
        [...path, index, 'id'],
        `id ${kindId} '${item.id}' ganda (sudah dipakai di ${path.join('.')}[${first}])`,
        `duplicate ${kindEn} id '${item.id}' (already used at ${path.join('.')}[${first}])`,
      );
  });
}
