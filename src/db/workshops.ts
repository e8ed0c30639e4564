/** The workshop repository: every read and write of a workshop goes through here. */
import { newWorkshop, type NewWorkshopInput, type Workshop } from '../domain/workshop';
import type { KomIHusDatabase } from './database';
import { acrossFreezes } from './freeze-guard';
import { hasNotesInside, joinWorkshop, noteChanges, splitWorkshop, type NoteRecord } from './workshop-notes';

/**
 * The schema check (and zod with it) is loaded on the first write, keeping it
 * out of the start-up bundle. It must be awaited *before* a transaction
 * starts: awaiting anything but Dexie inside one would let IndexedDB commit it.
 */
type Validate = (value: unknown, before?: Workshop) => Workshop;
let validator: Promise<Validate> | undefined;
/** Starts loading the schema check ahead of the first write. */
export function preloadValidator(): Promise<unknown> {
  return loadValidator();
}

function loadValidator(): Promise<Validate> {
  validator ??= import('../domain/workshop-schema').then(({ checkWorkshop, checkWorkshopChange }) => (value: unknown, before?: Workshop) => {
    // A change of a stored (so checked) workshop re-checks only the fields it changed.
    const check = before ? checkWorkshopChange(before, value) : checkWorkshop(value);
    if (!check.ok) throw new InvalidWorkshopError(check.problems);
    return check.workshop;
  });
  return validator;
}

/** Thrown when a write would store a workshop that breaks the schema; nothing is written. */
export class InvalidWorkshopError extends Error {
  override readonly name = 'InvalidWorkshopError';
  constructor(readonly problems: string[]) {
    super(`Invalid workshop: ${problems.join('; ')}`);
  }
}

export class WorkshopNotFoundError extends Error {
  override readonly name = 'WorkshopNotFoundError';
  constructor(readonly id: string) {
    super(`No workshop with id ${id} (any longer)`);
  }
}

export async function createWorkshop(db: KomIHusDatabase, input: NewWorkshopInput, now: Date = new Date()): Promise<Workshop> {
  const validated = await loadValidator();
  const workshop = validated(newWorkshop(input, now));
  await acrossFreezes(() => db.workshops.add(splitWorkshop(workshop).core));
  return workshop;
}

/**
 * Workshops read from a record that still held notes inside it (written by
 * hand, or before version 4): their next write reads the record again and
 * moves the notes out, instead of taking the caller's copy (see updateWorkshop).
 */
const readWithNotesInside = new WeakSet<Workshop>();

/** One workshop with its notes (see workshop-notes.ts), or undefined. */
export function getWorkshop(db: KomIHusDatabase, id: string): Promise<Workshop | undefined> {
  return db.transaction('r', db.workshops, db.notes, async () => {
    const core = await db.workshops.get(id);
    if (!core) return undefined;
    const workshop = joinWorkshop(core, await db.notes.where('workshopId').equals(id).toArray());
    if (hasNotesInside(core)) readWithNotesInside.add(workshop);
    return workshop;
  });
}

/** All workshops with their notes, most recently changed first. */
export function listWorkshops(db: KomIHusDatabase): Promise<Workshop[]> {
  return db.transaction('r', db.workshops, db.notes, async () => {
    const [cores, notes] = await Promise.all([db.workshops.orderBy('updatedAt').reverse().toArray(), db.notes.toArray()]);
    return joinAll(cores, notes);
  });
}

/** Several workshop records with their notes put back. */
function joinAll(cores: Workshop[], notes: readonly NoteRecord[]): Workshop[] {
  const byWorkshop = new Map<string, NoteRecord[]>();
  for (const note of notes) {
    const list = byWorkshop.get(note.workshopId);
    if (list) list.push(note);
    else byWorkshop.set(note.workshopId, [note]);
  }
  return cores.map((core) => joinWorkshop(core, byWorkshop.get(core.id) ?? []));
}

/**
 * Stores whole workshops (a restore): each replaces the one with its id, notes and all.
 * Call inside a transaction on `workshops` and `notes`.
 */
export async function putWorkshops(db: KomIHusDatabase, workshops: readonly Workshop[]): Promise<void> {
  const split = workshops.map(splitWorkshop);
  await db.notes.where('workshopId').anyOf(workshops.map((w) => w.id)).delete();
  await db.workshops.bulkPut(split.map((s) => s.core));
  await db.notes.bulkPut(split.flatMap((s) => s.notes));
}

/**
 * Reads, changes and writes one workshop in a single transaction, so two
 * tabs writing at once never overwrite each other's answers. `change` is one
 * of the domain's pure updates: it returns a new workshop and never alters
 * the one it gets. The result is validated before it is stored.
 *
 * `known` is the workshop as the caller last saw it stored. When the stored
 * stamp (`updatedAt`, read from its index) is still that one's, the change is
 * applied to it instead of reading the workshop again. (A record can hold
 * notes inside only if written by hand or before version 4, whose upgrade
 * moved them out; a copy read from such a one is not taken: the record is
 * read again and its notes are moved out.) Only the notes that changed are
 * written, beside the small rest of the record: on a large workshop (750 KB
 * of notes) writing it whole was most of every write made while someone types.
 */
export async function updateWorkshop(
  db: KomIHusDatabase,
  id: string,
  change: (workshop: Workshop) => Workshop,
  now: Date = new Date(),
  known?: Workshop,
): Promise<Workshop> {
  const validated = await loadValidator();
  return acrossFreezes(() =>
    db.transaction('rw', db.workshops, db.notes, async () => {
      // The caller's copy is still the stored one (its stamp, read from the index alone): no read at all.
      // Otherwise the record and its notes are read; notes still inside the record are moved out below.
      const unchanged = known?.id === id && !readWithNotesInside.has(known) && (await storedWithStamp(db, id, known.updatedAt));
      const core = unchanged ? undefined : await db.workshops.get(id);
      if (!unchanged && !core) throw new WorkshopNotFoundError(id);
      const inside = core !== undefined && hasNotesInside(core);
      const current = core ? joinWorkshop(core, await db.notes.where('workshopId').equals(id).toArray()) : known!;
      const changed = change(current);
      // A change that returns its input untouched is no change: nothing is
      // written, so "last changed" and other tabs are not disturbed.
      if (changed === current) return current;
      // Every write stamps a moment later than the one it changed, even when two tabs' clocks or writes
      // fall in the same millisecond: so one stamp always means one stored workshop (see `known`).
      const previous = Date.parse(current.updatedAt);
      const stamp = Number.isNaN(previous) ? now.getTime() : Math.max(now.getTime(), previous + 1);
      const next = validated({ ...changed, id, updatedAt: new Date(stamp).toISOString() }, current);
      const split = splitWorkshop(next);
      // The record and its changed notes are written side by side: one round trip to IndexedDB, not one each.
      if (inside) {
        // Notes still inside the record (written before version 4): from now on every one has its own record.
        await db.notes.where('workshopId').equals(id).delete();
        await Promise.all([db.workshops.put(split.core), db.notes.bulkPut(split.notes)]);
      } else {
        const notes = noteChanges(current, next);
        await Promise.all([
          db.workshops.put(split.core),
          // (A keystroke changes one note: one put, without bulkPut's extra work.)
          notes.put.length === 1 ? db.notes.put(notes.put[0]!) : notes.put.length > 1 ? db.notes.bulkPut(notes.put) : undefined,
          notes.remove.length > 0 ? db.notes.bulkDelete(notes.remove) : undefined,
        ]);
      }
      return next;
    }),
  );
}

/**
 * True when the stored workshop still has the stamp `updatedAt`: one look-up
 * of that stamp in the `updatedAt` index, not a walk through it. (Every write
 * stamps a moment later than the one before, so the stamp names one version.)
 */
async function storedWithStamp(db: KomIHusDatabase, id: string, updatedAt: string): Promise<boolean> {
  return (await db.workshops.where('updatedAt').equals(updatedAt).primaryKeys()).includes(id);
}

/**
 * When the workshop was last changed, read from the `updatedAt` index alone:
 * far cheaper than reading a large workshop whole. Undefined when it is gone.
 */
export async function workshopStamp(db: KomIHusDatabase, id: string): Promise<string | undefined> {
  let stamp: string | undefined;
  await db.workshops.orderBy('updatedAt').eachKey((key, cursor) => {
    if (cursor.primaryKey === id) stamp = String(key);
  });
  return stamp;
}

export async function deleteWorkshop(db: KomIHusDatabase, id: string): Promise<void> {
  await acrossFreezes(() =>
    db.transaction('rw', db.workshops, db.notes, async () => {
      await db.workshops.delete(id);
      await db.notes.where('workshopId').equals(id).delete();
    }),
  );
}

/** Every round of a series (domain/rounds.ts orders them), found by the `series` index. */
export function seriesWorkshops(db: KomIHusDatabase, series: string): Promise<Workshop[]> {
  return db.transaction('r', db.workshops, db.notes, async () => {
    const cores = await db.workshops.where('series').equals(series).toArray();
    return joinAll(cores, await db.notes.where('workshopId').anyOf(cores.map((w) => w.id)).toArray());
  });
}
