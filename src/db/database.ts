/**
 * What is stored where. Everything lives in one IndexedDB database, on this
 * device only:
 *  - `content`: every version of Huset, the questionnaires, the dialogue
 *    texts and the booklet's guidance this device has ever shipped with, keyed by [id+version], so a
 *    workshop always finds the exact text it was run with.
 *  - `workshops`: one record per workshop (setup, answers, votes, notes and
 *    plan), validated by the domain's WorkshopSchema before every write.
 *  - `settings` (since version 2): small facts about this device's data, such
 *    as when the last backup was taken and whether storage is persistent.
 *  - `responses` (since version 3): on a participant's own phone, their
 *    answers to each invitation they opened, until they delete them.
 *  - since version 4 every workshop is a round of a series (domain/rounds.ts),
 *    indexed by `series`; the upgrade makes each existing one a series of one.
 * Only this folder touches IndexedDB.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ContentFile } from '../domain/content';
import type { Response } from '../domain/own-device';
import type { Workshop } from '../domain/workshop';
import { workshopV1ToV2 } from '../domain/workshop-upgrade';

export type ContentRecord = ContentFile & { installedAt: string };

export const DATABASE_NAME = 'kom-i-hus';

/** Known settings keys and their values. */
export interface Settings {
  /** When everything was last exported to a backup file (ISO time). */
  lastBackupAt: string;
  /** The answer of navigator.storage.persist(), once asked. */
  persisted: boolean;
}
export type SettingRecord = { [K in keyof Settings]: { key: K; value: Settings[K] } }[keyof Settings];

export class KomIHusDatabase extends Dexie {
  content!: Dexie.Table<ContentRecord, [string, number]>;
  workshops!: EntityTable<Workshop, 'id'>;
  settings!: Dexie.Table<SettingRecord, string>;
  responses!: EntityTable<Response, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Keep every version with its upgrade, oldest first. Only indexed fields go in the schema strings.
    this.version(1).stores({
      content: '[id+version], id, kind',
      workshops: 'id, updatedAt',
    });
    // Version 2 adds the settings table; existing content and workshops are kept as they are.
    this.version(2).stores({
      settings: 'key',
    });
    // Version 3 adds a participant's own answers to invitations; nothing else changes.
    this.version(3).stores({
      responses: 'id, invitation.id, updatedAt',
    });
    // Version 4 (rounds): workshops are found by series; each stored workshop becomes a one-round series,
    // by the same upgrade a backup file's workshops get (domain/workshop-upgrade.ts).
    this.version(4)
      .stores({
        workshops: 'id, updatedAt, series',
      })
      .upgrade((tx) =>
        tx
          .table('workshops')
          .toCollection()
          .modify((workshop: unknown, ref: { value: unknown }) => {
            ref.value = workshopV1ToV2(workshop);
          }),
      );
  }
}

/** Opens (and seeds, elsewhere) the app's database; tests pass their own name. */
export function openDatabase(name: string = DATABASE_NAME): KomIHusDatabase {
  return new KomIHusDatabase(name);
}
