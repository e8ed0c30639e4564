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
 *  - `notes` (since version 4): the workshops' dialogue notes, one record
 *    per prompt per block, so typing in one writes that one alone; the
 *    repository joins them back (workshop-notes.ts).
 *  - since version 5 every workshop is a round of a series (domain/rounds.ts),
 *    indexed by `series`; the upgrade makes each existing one a series of one.
 * Only this folder touches IndexedDB.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ContentFile } from '../domain/content';
import type { Response } from '../domain/own-device';
import type { Workshop } from '../domain/workshop';
import { workshopV1ToV2 } from '../domain/workshop-upgrade';
import { guardAgainstFreeze } from './freeze-guard';
import { splitWorkshop, type NoteKey, type NoteRecord } from './workshop-notes';

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
  notes!: Dexie.Table<NoteRecord, NoteKey>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // No transaction of a page in the back-forward cache may hold the stores locked (freeze-guard.ts).
    guardAgainstFreeze(this);
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
    // Version 4 moves every dialogue note out of its workshop record into a record of its own.
    this.version(4)
      .stores({
        notes: '[workshopId+block+prompt], workshopId',
      })
      .upgrade(async (tx) => {
        const notes: NoteRecord[] = [];
        await tx
          .table<Workshop, string>('workshops')
          .toCollection()
          .modify((workshop) => {
            // A record that is not a workshop any more is left as it is (it is told when opened), never in the way of the upgrade.
            let split: ReturnType<typeof splitWorkshop>;
            try {
              split = splitWorkshop(workshop);
            } catch {
              return;
            }
            notes.push(...split.notes);
            workshop.dialogue = split.core.dialogue;
          });
        await tx.table<NoteRecord, NoteKey>('notes').bulkPut(notes);
      });
    // Version 5 (rounds): workshops are found by series; each stored workshop becomes a one-round series,
    // by the same upgrade a backup file's workshops get (domain/workshop-upgrade.ts).
    this.version(5)
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
