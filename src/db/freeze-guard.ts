/**
 * A page left for another page of the app may be kept, frozen, in the
 * browser's back-forward cache. WebKit (Safari, every browser on an iPad)
 * freezes its IndexedDB transactions with it, half done: one that was
 * writing, or reading, as the page was left holds its stores locked for
 * every other page of the app until the cached page is thrown away or shown
 * again. The next page then waits for its data for ever (seen in WebKitGTK,
 * issue #15; test/webkit/pagehide.webkit.ts).
 *
 * So, as a page goes into that cache (pagehide, persisted), this aborts its
 * unfinished transactions and refuses new ones until the page is shown again
 * (pageshow, persisted). Nothing is lost: every write of the database module
 * (acrossFreezes: a workshop's, a participant's answer, a setting, a
 * restore, a delete), every live query and every one-off read (a workshop's
 * content, its earlier rounds, a backup file's check, the next round's
 * questionnaire) waits for the page to be shown again and then writes or
 * reads once more; typed text also has the draft journal.
 * A page that is really closed is left to the browser, as before.
 */
import type Dexie from 'dexie';

let frozen = false;
/** How many times this page has gone into the back-forward cache. */
let freezes = 0;
const waiting: Array<() => void> = [];
const unfinished = new Set<IDBTransaction>();

/** The error a transaction gets when it was aborted, or refused, because its page was frozen. */
function frozenError(): Error {
  return new DOMException('back-forward-cache', 'AbortError');
}

let listening = false;
function listen(): void {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  addEventListener('pagehide', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    frozen = true;
    freezes += 1;
    for (const transaction of unfinished) {
      try {
        transaction.abort();
      } catch {
        // already finished
      }
    }
    unfinished.clear();
  });
  addEventListener('pageshow', (event) => {
    if (!(event as PageTransitionEvent).persisted || !frozen) return;
    frozen = false;
    for (const resume of waiting.splice(0)) resume();
  });
}

/** Watches every transaction `db` starts (installed by the database's constructor). */
export function guardAgainstFreeze(db: Dexie): void {
  listen();
  db.use({
    stack: 'dbcore',
    name: 'freeze-guard',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        if (frozen) throw frozenError();
        const transaction = down.transaction(stores, mode, options) as unknown as IDBTransaction;
        if (typeof transaction.addEventListener === 'function') {
          unfinished.add(transaction);
          const done = () => unfinished.delete(transaction);
          transaction.addEventListener('complete', done);
          transaction.addEventListener('abort', done);
          transaction.addEventListener('error', done);
        }
        return transaction as never;
      },
    }),
  });
}

/** A count to take before a read or write: `frozenSince` compares with it. */
export function freezeCount(): number {
  return freezes;
}

/**
 * True when the page is frozen, or has been since `count` was taken: work that failed meanwhile was cut
 * off by the freeze, whatever error it met. An aborted transaction gives AbortError to what waited on it,
 * but WebKit gives a cursor that steps on in it TransactionInactiveError (#15), and other engines may name
 * it otherwise. Work that failed for a reason of its own fails again once the page is shown, and then counts.
 */
export function frozenSince(count: number): boolean {
  return frozen || freezes !== count;
}

/** Resolves at once on a page that is shown, or when a frozen page is shown again. */
export function thawed(): Promise<void> {
  return frozen ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve();
}

/** Runs `attempt` and, if a freeze of the page cuts it off, runs it again once the page is shown again. */
export async function acrossFreezes<T>(attempt: () => Promise<T>): Promise<T> {
  for (;;) {
    const count = freezeCount();
    try {
      return await attempt();
    } catch (error) {
      if (!frozenSince(count)) throw error;
      await thawed();
    }
  }
}
