import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledContent } from '../../src/content/bundled';
import { seedContent } from '../../src/db/content';
import { KomIHusDatabase, openDatabase } from '../../src/db/database';
import { createWorkshop } from '../../src/db/workshops';
import type { NewWorkshopInput } from '../../src/domain/workshop';
import { loadEarlier } from '../../src/rounds/use-earlier-rounds';

/**
 * Rounds as the database holds them: the earlier rounds a round is compared
 * with and reviews (use-earlier-rounds.ts).
 */
let counter = 0;
const opened: KomIHusDatabase[] = [];

function freshDatabase(): KomIHusDatabase {
  counter += 1;
  const db = openDatabase(`kom-i-hus-rounds-test-${counter}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const T0 = new Date('2026-01-05T09:00:00.000Z');

function round(id: string, date: string, version: number): NewWorkshopInput {
  return {
    id,
    series: 'series-1',
    title: 'Børnehuset Solsikken',
    date,
    questionnaire: { id: 'maalgruppe-1', version },
    participants: [
      { id: 'p-1', name: 'Maria', role: 'leder' },
      { id: 'p-2', name: 'Ole', role: 'tr' },
    ],
  };
}

describe('the earlier rounds of a round', () => {
  it('are every earlier round in date order, each with the questionnaire version it used', async () => {
    const db = freshDatabase();
    await seedContent(db, bundledContent(), T0);
    await createWorkshop(db, round('w-2', '2025-01-05', 1), T0);
    await createWorkshop(db, round('w-1', '2024-01-05', 1), T0);
    const current = await createWorkshop(db, round('w-3', '2026-01-05', 1), T0);
    const earlier = await loadEarlier(db, current);
    expect(earlier.map((r) => r.workshop.id)).toEqual(['w-1', 'w-2']);
    expect(earlier.map((r) => r.questionnaire?.version)).toEqual([1, 1]);
  });

  it('keep a round whose questionnaire version is not on this device: it is still the previous round, with nothing to compare', async () => {
    const db = freshDatabase();
    await seedContent(db, bundledContent(), T0);
    await createWorkshop(db, round('w-1', '2024-01-05', 1), T0);
    // Run on another device with a version this one never had, then restored from a backup.
    await createWorkshop(db, round('w-2', '2025-01-05', 7), T0);
    const current = await createWorkshop(db, round('w-3', '2026-01-05', 1), T0);
    const earlier = await loadEarlier(db, current);
    expect(earlier.map((r) => r.workshop.id)).toEqual(['w-1', 'w-2']);
    expect(earlier[1]?.questionnaire).toBeNull();
    expect(earlier[0]?.questionnaire?.id).toBe('maalgruppe-1');
  });
});
