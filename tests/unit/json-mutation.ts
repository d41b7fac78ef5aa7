/** Mutating a valid JSON value one step at a time, for the fuzz and property tests. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

export function paths(value: Json, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((entry, index) => paths(entry, [...prefix, index], out));
  else if (value && typeof value === 'object')
    for (const [key, entry] of Object.entries(value)) paths(entry, [...prefix, key], out);
  return out;
}

export interface Mutation {
  at: number;
  operation: 'replace' | 'remove' | 'add-field' | 'duplicate';
  value: Json;
  field: string;
}

/** The value with one mutation applied (on a copy). */
export function mutate(root: Json, { at, operation, value, field }: Mutation): Json {
  const copy = structuredClone(root);
  const all = paths(copy);
  const path = all[at % all.length] ?? [];
  if (path.length === 0) return operation === 'replace' ? value : copy;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<Key, Json>)[key] as Json, copy);
  const key = path[path.length - 1]!;
  const container = parent as Record<Key, Json> & Json[];
  const target = container[key] as Json;
  if (operation === 'replace') container[key] = value;
  else if (operation === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else Reflect.deleteProperty(container, key);
  } else if (operation === 'add-field' && target && typeof target === 'object' && !Array.isArray(target))
    Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
  else if (operation === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(target));
  return copy;
}
