import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledContent } from '../../src/content/bundled';
import { seedContent } from '../../src/db/content';
import { KomIHusDatabase, openDatabase } from '../../src/db/database';
import { createWorkshop, getWorkshop } from '../../src/db/workshops';
import type { ContentSet, Questionnaire } from '../../src/domain/content';
import type { NewWorkshopInput } from '../../src/domain/workshop';
import { startNextRound } from '../../src/rounds/start-next';
import { loadEarlier } from '../../src/rounds/use-earlier-rounds';

/**
 * Rounds as the database holds them: the earlier rounds a round is compared
 * with and reviews (use-earlier-rounds.ts), and "Start næste runde"
 * (start-next.ts), which takes the newest questionnaire on the device.
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

/** The shipped content plus a version 2 of maalgruppe-1 with a changed first question. */
function contentWithNewerMaalgruppe1(): ContentSet {
  const shipped = bundledContent();
  const m1 = structuredClone(shipped.questionnaires.find((q) => q.id === 'maalgruppe-1')) as Questionnaire;
  m1.version = 2;
  m1.questions[0]!.text = 'En ny formulering af spørgsmål 1?';
  return { ...shipped, questionnaires: [m1] };
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

describe('Start næste runde', () => {
  it('takes the newest version of the questionnaire on the device, today\'s date, and the same series', async () => {
    const db = freshDatabase();
    await seedContent(db, bundledContent(), T0);
    const last = await createWorkshop(db, round('w-1', '2025-01-05', 1), T0);
    // A newer version arrives with an update of the app.
    await seedContent(db, contentWithNewerMaalgruppe1(), T0);
    const next = await startNextRound({ db, now: () => new Date('2026-03-02T10:00:00.000Z'), newId: () => 'w-2' }, last);
    expect(next.questionnaire).toEqual({ id: 'maalgruppe-1', version: 2 });
    expect(next.series).toBe('series-1');
    expect(next.date).toBe('2026-03-02');
    expect((await getWorkshop(db, 'w-2'))?.questionnaire).toEqual({ id: 'maalgruppe-1', version: 2 });
    // The earlier round keeps the version it was run with, and the new round finds it.
    const earlier = await loadEarlier(db, next);
    expect(earlier.map((r) => [r.workshop.id, r.questionnaire?.version])).toEqual([['w-1', 1]]);
  });

  it('keeps the last round\'s version when the device has no other', async () => {
    const db = freshDatabase();
    await seedContent(db, bundledContent(), T0);
    const last = await createWorkshop(db, round('w-1', '2025-01-05', 1), T0);
    const next = await startNextRound({ db, now: () => new Date('2026-03-02T10:00:00.000Z'), newId: () => 'w-2' }, last);
    expect(next.questionnaire).toEqual({ id: 'maalgruppe-1', version: 1 });
  });
});
