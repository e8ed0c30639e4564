/**
 * Which workshops form a series of rounds, and their order (see rounds.ts
 * for the rest of the rounds' rules). Its own small file: the home list
 * groups by series at start-up, without the comparison's code.
 */
import type { Workshop } from './workshop.ts';

/** Earliest first: by date, then by when the round was created, then by id, so the order never depends on storage. */
export function compareRoundOrder(a: Workshop, b: Workshop): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The rounds of one series, earliest first. */
export function roundsInOrder(workshops: readonly Workshop[]): Workshop[] {
  return [...workshops].sort(compareRoundOrder);
}

export interface Series {
  id: string;
  /** Every round, earliest first; the last is the latest. */
  rounds: Workshop[];
  latest: Workshop;
}

/**
 * The workshops grouped by series (the home list): one entry per series,
 * the series changed most recently first, like the list of workshops was.
 */
export function groupBySeries(workshops: readonly Workshop[]): Series[] {
  const bySeries = new Map<string, Workshop[]>();
  for (const workshop of workshops) {
    const rounds = bySeries.get(workshop.series);
    if (rounds) rounds.push(workshop);
    else bySeries.set(workshop.series, [workshop]);
  }
  const series = [...bySeries].map(([id, members]): Series => {
    const rounds = roundsInOrder(members);
    return { id, rounds, latest: rounds[rounds.length - 1] as Workshop };
  });
  const changed = (s: Series) => s.rounds.reduce((last, w) => (w.updatedAt > last ? w.updatedAt : last), '');
  return series.sort((a, b) => changed(b).localeCompare(changed(a)) || a.id.localeCompare(b.id));
}
