import type { Observable } from '@/lib/posts/store';
import { useEffect, useState } from 'preact/hooks';

/**
 * The latest value of a Dexie `liveQuery` (or any observable): the log pages read through it, so a post
 * logged in the background or changed in another tab shows at once. `undefined` until the first value.
 */
export function useObservable<T>(
  subscribe: () => Observable<T>,
  dependencies: readonly unknown[],
): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: null });
  useEffect(() => {
    const subscription = subscribe().subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) => setState((previous) => ({ value: previous.value, error })),
    });
    return () => subscription.unsubscribe();
  }, dependencies);
  return state;
}
