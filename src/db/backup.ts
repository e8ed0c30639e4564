/** Reading and writing everything at once: backup export, restore (all or nothing) and "delete all". */
import { parseBackup, type ParseResult } from '../data/parse-backup';
import type { Workshop } from '../domain/workshop';
import { installedContent } from './content';
import type { KomIHusDatabase } from './database';
import { acrossFreezes } from './freeze-guard';
import { setSetting } from './settings';
import { putWorkshops } from './workshops';

/** Remembers that a backup of everything was saved now (for the 7-day reminder). */
export function markBackup(db: KomIHusDatabase, now: Date): Promise<void> {
  return setSetting(db, 'lastBackupAt', now.toISOString());
}

/**
 * Reads a backup file's text and checks it in full, against the questionnaires
 * and scale installed on this device too. Writes nothing: a good file goes to
 * restoreWorkshops once the user has confirmed.
 */
export async function readBackupFile(db: KomIHusDatabase, text: string, byteLength: number): Promise<ParseResult> {
  return parseBackup(text, { byteLength, installed: await acrossFreezes(() => installedContent(db)) });
}

/**
 * Writes validated workshops in one transaction: either every one is stored
 * or, if anything fails, none is. `workshops` may replace existing ids.
 */
export async function restoreWorkshops(db: KomIHusDatabase, workshops: Workshop[]): Promise<void> {
  await acrossFreezes(() =>
    db.transaction('rw', db.workshops, db.notes, async () => {
      await putWorkshops(db, workshops);
    }),
  );
}

/** Deletes every workshop and setting on this device; the booklet's content stays. */
export async function deleteAllData(db: KomIHusDatabase): Promise<void> {
  await acrossFreezes(() =>
    db.transaction('rw', db.workshops, db.notes, db.settings, async () => {
      await db.workshops.clear();
      await db.notes.clear();
      await db.settings.clear();
    }),
  );
}
