/** Small facts about this device's data: last backup time, persistent storage. */
import type { KomIHusDatabase, Settings } from './database';
import { acrossFreezes } from './freeze-guard';

export async function getSetting<K extends keyof Settings>(db: KomIHusDatabase, key: K): Promise<Settings[K] | undefined> {
  const record = await db.settings.get(key);
  return record?.value as Settings[K] | undefined;
}

export async function setSetting<K extends keyof Settings>(db: KomIHusDatabase, key: K, value: Settings[K]): Promise<void> {
  await acrossFreezes(() => db.settings.put({ key, value } as never));
}
