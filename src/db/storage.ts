/**
 * The browser's storage guarantees. Browsers may clear a site's data under
 * storage pressure (Safari after 7 days without a visit) unless it is
 * persistent, so the app asks once, on the first save, and shows the answer
 * on the "Data og sikkerhed" page.
 */
import type { KomIHusDatabase } from './database';
import { acrossFreezes } from './freeze-guard';
import { getSetting, setSetting } from './settings';

export interface StorageStatus {
  /** true / false once the browser has answered; null where the browser cannot tell. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** Asks for persistent storage once per device and remembers the answer. */
export async function requestPersistence(db: KomIHusDatabase): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  const asked = await acrossFreezes(() => getSetting(db, 'persisted'));
  if (asked === true) return true;
  const granted = (await navigator.storage.persisted?.()) || (await navigator.storage.persist());
  await setSetting(db, 'persisted', granted);
  return granted;
}

export async function storageStatus(): Promise<StorageStatus> {
  const persisted = navigator.storage?.persisted ? await navigator.storage.persisted() : null;
  const estimate = navigator.storage?.estimate ? await navigator.storage.estimate() : undefined;
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

/** A storage error the user can do something about, told in plain words by the UI. */
export type StorageProblem = 'full' | 'closed' | 'other';

export function classifyStorageError(error: unknown): StorageProblem {
  const names = [error, (error as { inner?: unknown })?.inner].map((e) => (e as { name?: string } | undefined)?.name);
  if (names.includes('QuotaExceededError')) return 'full';
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError' || n === 'UnknownError')) return 'closed';
  return 'other';
}
