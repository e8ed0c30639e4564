/**
 * What a restore will do before it does it: workshops that are new to this
 * device are simply added; one whose id already exists is never overwritten
 * silently. The user chooses to replace it, or to keep both, in which case
 * the imported one gets a new id and "(kopi)" in its title (and copies of
 * rounds a series of their own: keepAllBoth).
 */
import { LIMITS, type Workshop } from '../domain/workshop';
import { cutAt } from './envelope';

export interface ImportConflict {
  incoming: Workshop;
  existing: Workshop;
}

export interface ImportPlan {
  /** Not on this device: added as they are. */
  fresh: Workshop[];
  /** Already on this device (same id): replace, or keep both. */
  conflicts: ImportConflict[];
}

/**
 * Sorts the file's workshops into new ones and conflicts. An id counts as
 * existing if either argument knows it; `existingById` must then hold the
 * stored workshop so the user can see what would be replaced. A missing one
 * is a bug in the caller, and it throws rather than let an import overwrite
 * a workshop nobody was shown.
 */
export function planImport(
  incoming: readonly Workshop[],
  existingIds: ReadonlySet<string>,
  existingById: ReadonlyMap<string, Workshop>,
): ImportPlan {
  const plan: ImportPlan = { fresh: [], conflicts: [] };
  for (const workshop of incoming) {
    const existing = existingById.get(workshop.id);
    if (existing) plan.conflicts.push({ incoming: workshop, existing });
    else if (existingIds.has(workshop.id)) throw new Error(`planImport: workshop ${workshop.id} exists but was not loaded`);
    else plan.fresh.push(workshop);
  }
  return plan;
}

/**
 * The imported workshop as a copy beside the existing one: a new id, the
 * title marked with the catalogue's copySuffix, " (kopi)" (shortened first if it would pass the title limit,
 * so the copy still passes the schema) and changed now. Everything else,
 * answers and plan included, is kept; ids inside a workshop are local to it.
 */
export function keepBoth(workshop: Workshop, newId: string, now: Date, copySuffix: string): Workshop {
  const room = LIMITS.title - copySuffix.length;
  const title = workshop.title.length > room ? cutAt(workshop.title, room).trimEnd() : workshop.title;
  return { ...workshop, id: newId, title: `${title}${copySuffix}`, updatedAt: now.toISOString() };
}

/**
 * "Behold begge" for every conflict at once: each becomes a copy (keepBoth),
 * and copies that were rounds of one series form a series of their own, beside
 * the original one instead of as extra rounds in it. The new series is named
 * by the copy of its first-named round when that is among them.
 */
export function keepAllBoth(workshops: readonly Workshop[], newId: () => string, now: Date, copySuffix: string): Workshop[] {
  const ids = new Map(workshops.map((w) => [w.id, newId()]));
  const series = new Map<string, string>();
  return workshops.map((workshop) => {
    let copied = series.get(workshop.series);
    if (copied === undefined) {
      copied = ids.get(workshop.series) ?? newId();
      series.set(workshop.series, copied);
    }
    return { ...keepBoth(workshop, ids.get(workshop.id) ?? newId(), now, copySuffix), series: copied };
  });
}
