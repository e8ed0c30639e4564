/**
 * Upgrades of old backup files, one format version at a time, so a file
 * saved years ago still restores. A migration sees the whole parsed file
 * (envelope and workshops) as loose data and returns the next version's
 * shape; the result is then checked exactly like a new file, so a step never
 * has to validate, only to move and rename.
 *
 * How to add a step when the format changes (say, from 1 to 2):
 *  1. Change the schemas and bump FORMAT_VERSION in envelope.ts to 2.
 *  2. Add `1: (data) => …` to MIGRATIONS below, turning a version-1 file into
 *     a version-2 file. Treat `data` as untrusted: check each shape before
 *     touching it and leave anything unexpected alone (the schema refuses it
 *     afterwards). Never throw on odd input; copy, do not mutate.
 *  3. If the change is to the workshop itself, bump WORKSHOP_SCHEMA_VERSION
 *     and share the same per-workshop upgrade with the Dexie upgrade in
 *     src/db, so stored and imported workshops move in step.
 *  4. Keep a real version-1 file in test/data/fixtures and test that it
 *     parses after the change.
 * Steps are never removed: a version-1 file must restore forever.
 */
import { workshopV1ToV2 } from '../domain/workshop-upgrade';
import { FORMAT_VERSION } from './envelope';

/** Turns a file of format version N into one of version N + 1. */
export type Migration = (data: unknown) => unknown;
/** Keyed by the version a step upgrades *from*. */
export type MigrationRegistry = Readonly<Partial<Record<number, Migration>>>;

/**
 * 1 → 2 (rounds, issue #11): each workshop becomes a one-round series with
 * nothing reviewed from a previous round, as the database's version 4 does.
 */
export const MIGRATIONS: MigrationRegistry = {
  1: (data) => {
    if (!isPlainRecord(data) || !Array.isArray(data.workshops)) return data;
    return { ...data, workshops: data.workshops.map(workshopV1ToV2) };
  },
};

/** A file older than any step we have: it cannot be brought up to date. */
export class MissingMigrationError extends Error {
  override readonly name = 'MissingMigrationError';
  constructor(readonly fromVersion: number) {
    super(`No backup migration from format version ${fromVersion}`);
  }
}

/**
 * Runs the steps from `from` up to `to` in order. After each step the file's
 * `formatVersion` is set to the version it now has, so a step cannot forget it.
 */
export function migrateWith(registry: MigrationRegistry, raw: unknown, from: number, to: number): unknown {
  let data = raw;
  for (let version = from; version < to; version += 1) {
    const step = Object.prototype.hasOwnProperty.call(registry, version) ? registry[version] : undefined;
    if (!step) throw new MissingMigrationError(version);
    data = step(data);
    if (isPlainRecord(data)) data = { ...data, formatVersion: version + 1 };
  }
  return data;
}

/** Brings a parsed file of an older format version up to FORMAT_VERSION. */
export function migrate(raw: unknown, fromVersion: number): unknown {
  return migrateWith(MIGRATIONS, raw, fromVersion, FORMAT_VERSION);
}

/** A JSON object (not an array or null): what migration steps may reshape. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
