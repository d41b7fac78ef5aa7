import type { z } from 'zod';
import type { MessageRef } from '../messages/format';
import { message } from '../messages/reference';

/** Adds a problem with its message reference (read back by problemsFromZod). */
export function customIssue(context: z.RefinementCtx, path: PropertyKey[], reference: MessageRef): void {
  context.addIssue({ code: 'custom', path, message: reference.key, params: { message: reference } });
}

export function checkUniqueIds(
  items: readonly { id: string }[],
  path: PropertyKey[],
  context: z.RefinementCtx,
  kind: MessageRef,
): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else
      customIssue(
        context,
        [...path, index, 'id'],
        message('problem.duplicateId', { kind, id: item.id, path: path.join('.'), first }),
      );
  });
}
