import type { LocalNumber, MessageRef, MessageValues } from './format';
import type { MessageKey } from './keys';

/**
 * A message reference for domain code: `message('problem.required')`, `message('finding.tooLong',
 * { count, limit })`. The key is checked against every catalogue at compile time; the surface translates.
 */
export function message<K extends MessageKey>(key: K, values?: MessageValues): MessageRef<K> {
  return values ? { key, values } : { key };
}

/** A number the translator writes in the language's own way ("2.200", "2,200"). */
export const localNumber = (number: number): LocalNumber => ({ number });
