/**
 * Preact's version of dexie-react-hooks' useLiveQuery: re-runs `query`
 * whenever the data it read changes, in this tab or another one (Dexie
 * broadcasts changes between tabs of the same origin).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { freezeCount, frozenSince, thawed } from './freeze-guard';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/** `initial`, when given, is shown until the query first answers (a value read before the first render). */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[], initial?: T): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>(() => (initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial }));
  useEffect(() => {
    let subscription: { unsubscribe(): void } | undefined;
    let live = true;
    const subscribe = () => {
      const count = freezeCount();
      subscription = liveQuery(query).subscribe({
        // The same answer again (a sentinel, or a value the query kept) renders nothing again: the
        // workshop screen's query answers "known" after each of this tab's own writes (#14).
        next: (value) => setResult((before) => (before.status === 'ready' && Object.is(before.value, value) ? before : { status: 'ready', value })),
        error: (error: unknown) => {
          // A read cut off as the page went into the back-forward cache is read again when the page is back.
          if (frozenSince(count)) void thawed().then(() => live && subscribe());
          else setResult({ status: 'error', error });
        },
      });
    };
    subscribe();
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
  }, deps);
  return result;
}
