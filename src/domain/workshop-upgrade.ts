/**
 * Brings a stored or imported workshop of an older shape up to today's, one
 * workshop schema version at a time. Shared by the database's upgrade
 * (src/db/database.ts) and the backup file's migration (src/data/migrations.ts),
 * so stored and imported workshops move in step. Loose data in, loose data
 * out: anything unexpected is left alone for the schema to refuse afterwards.
 * Never throws, never mutates its input.
 */

/**
 * Workshop schema 1 → 2 (rounds, issue #11): every workshop belongs to a
 * series; an existing one becomes a series of one round, named by its own id,
 * with nothing reviewed from a previous round.
 */
export function workshopV1ToV2(workshop: unknown): unknown {
  if (typeof workshop !== 'object' || workshop === null || Array.isArray(workshop)) return workshop;
  const record = workshop as Record<string, unknown>;
  if (record.schemaVersion !== 1) return workshop;
  return {
    ...record,
    schemaVersion: 2,
    series: Object.hasOwn(record, 'series') ? record.series : record.id,
    review: Object.hasOwn(record, 'review') ? record.review : {},
  };
}
