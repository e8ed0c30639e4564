/**
 * Preact's version of dexie-react-hooks' useLiveQuery: re-runs `query`
 * whenever the data it read changes, in this tab or another one (Dexie
 * broadcasts changes between tabs of the same origin).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/** `initial`, when given, is shown until the query first answers (a value read before the first render). */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[], initial?: T): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>(() => (initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial }));
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => setResult({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
