import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * Work on an authoring page, saved on this device as it is typed. It continues where it stopped; a first
 * visit starts from `start()` (the data in use).
 */
export function useAuthoringItem<T>(
  item: WxtStorageItem<T | null, Record<string, unknown>>,
  start: () => T,
): [T | null, (next: T) => void] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    void item.getValue().then((saved) => setValue(saved ?? start()));
  }, []);
  const update = (next: T) => {
    setValue(next);
    void item.setValue(next);
  };
  return [value, update];
}
