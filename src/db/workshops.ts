/** The workshop repository: every read and write of a workshop goes through here. */
import { newWorkshop, type NewWorkshopInput, type Workshop } from '../domain/workshop';
import type { KomIHusDatabase } from './database';

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
  await db.workshops.add(workshop);
  return workshop;
}

export function getWorkshop(db: KomIHusDatabase, id: string): Promise<Workshop | undefined> {
  return db.workshops.get(id);
}

/** All workshops, most recently changed first. */
export async function listWorkshops(db: KomIHusDatabase): Promise<Workshop[]> {
  return (await db.workshops.orderBy('updatedAt').reverse().toArray());
}

/**
 * Reads, changes and writes one workshop in a single transaction, so two
 * tabs writing at once never overwrite each other's answers. `change` is one
 * of the domain's pure updates: it returns a new workshop and never alters
 * the one it gets. The result is validated before it is stored.
 *
 * `known` is the workshop as the caller last saw it stored. When the stored
 * stamp (`updatedAt`, read from its index) is still that one's, the change is
 * applied to it instead of reading the record whole: on a large workshop
 * (750 KB) that read was a good part of every write made while someone types.
 */
export async function updateWorkshop(
  db: KomIHusDatabase,
  id: string,
  change: (workshop: Workshop) => Workshop,
  now: Date = new Date(),
  known?: Workshop,
): Promise<Workshop> {
  const validated = await loadValidator();
  return db.transaction('rw', db.workshops, async () => {
    const unchanged = known?.id === id && (await workshopStamp(db, id)) === known.updatedAt;
    const current = unchanged ? known : await db.workshops.get(id);
    if (!current) throw new WorkshopNotFoundError(id);
    const changed = change(current);
    // A change that returns its input untouched is no change: nothing is
    // written, so "last changed" and other tabs are not disturbed.
    if (changed === current) return current;
    // Every write stamps a moment later than the one it changed, even when two tabs' clocks or writes
    // fall in the same millisecond: so one stamp always means one stored workshop (see `known`).
    const previous = Date.parse(current.updatedAt);
    const stamp = Number.isNaN(previous) ? now.getTime() : Math.max(now.getTime(), previous + 1);
    const next = validated({ ...changed, id, updatedAt: new Date(stamp).toISOString() }, current);
    await db.workshops.put(next);
    return next;
  });
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
  await db.workshops.delete(id);
}

/** Every round of a series (domain/rounds.ts orders them), found by the `series` index. */
export function seriesWorkshops(db: KomIHusDatabase, series: string): Promise<Workshop[]> {
  return db.workshops.where('series').equals(series).toArray();
}
