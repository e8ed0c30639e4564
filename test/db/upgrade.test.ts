/**
 * Schema upgrades keep every record: a database written by the previous
 * Dexie schema version (fixture) is opened by today's KomIHusDatabase.
 * The fixtures are records as that version stored them, written once and
 * never edited: schema-v1.json, schema-v3.json (before the notes split) and
 * schema-v4.json (the version before rounds, made from schema-v3.json's
 * records as version 4's upgrade laid them out, with a note in more blocks).
 * When you add a version, add a fixture for the one before it and a test here.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledContent } from '../../src/content/bundled';
import { KomIHusDatabase } from '../../src/db/database';
import { getWorkshop, listWorkshops, updateWorkshop } from '../../src/db/workshops';
import { setNote } from '../../src/domain/dialogue';
import { groupBySeries } from '../../src/domain/series';
import type { Workshop } from '../../src/domain/workshop';
import { checkWorkshop } from '../../src/domain/workshop-schema';

interface Fixture {
  stores: Record<string, string>;
  workshops: Array<Record<string, unknown>>;
  settings?: unknown[];
  /** Since version 4: the dialogue notes, one record each. */
  notes?: Array<{ workshopId: string; block: string; prompt: string; text: string }>;
}
const read = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Fixture;
const fixture = read('schema-v1.json');
const fixtureV3 = read('schema-v3.json');
const fixtureV4 = read('schema-v4.json');

/** A workshop as it was, now a series of one round with nothing reviewed (schema 2, domain/workshop-upgrade.ts). */
const asOneRoundSeries = (workshop: Record<string, unknown>): Record<string, unknown> => ({ ...workshop, schemaVersion: 2, series: workshop.id, review: {} });

let counter = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function writeVersion1(): Promise<string> {
  const name = `upgrade-${++counter}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(fixture.stores);
  await v1.open();
  await v1.table('workshops').bulkPut(fixture.workshops);
  const content = bundledContent();
  await v1.table('content').put({ ...content.huset, installedAt: '2026-11-01T00:00:00.000Z' });
  v1.close();
  return name;
}

describe('upgrading from schema version 1', () => {
  it('finds every workshop intact and still valid', async () => {
    const name = await writeVersion1();
    const db = new KomIHusDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(5);
    const workshops = await listWorkshops(db);
    expect(workshops).toEqual(fixture.workshops.map(asOneRoundSeries));
    for (const w of workshops) expect(checkWorkshop(w).ok).toBe(true);
  });

  it('keeps the content it had and adds the settings and responses tables empty', async () => {
    const name = await writeVersion1();
    const db = new KomIHusDatabase(name);
    opened.push(db);
    await db.open();
    expect(await db.content.get(['huset', 1])).toMatchObject({ id: 'huset', version: 1, installedAt: '2026-11-01T00:00:00.000Z' });
    expect(await db.settings.count()).toBe(0);
    expect(await db.responses.count()).toBe(0);
    await db.settings.put({ key: 'lastBackupAt', value: '2026-11-25T10:00:00.000Z' });
    expect((await db.settings.get('lastBackupAt'))?.value).toBe('2026-11-25T10:00:00.000Z');
  });
});

async function writeVersion3(): Promise<string> {
  const name = `upgrade-${++counter}`;
  const v3 = new Dexie(name);
  // Exactly as the app declared it before rounds: each version's stores, oldest first.
  v3.version(1).stores({ content: '[id+version], id, kind', workshops: 'id, updatedAt' });
  v3.version(2).stores({ settings: 'key' });
  v3.version(3).stores({ responses: 'id, invitation.id, updatedAt' });
  await v3.open();
  expect(Object.fromEntries(v3.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((i) => i.src)].join(', ')]))).toEqual(
    fixtureV3.stores,
  );
  await v3.table('workshops').bulkPut(fixtureV3.workshops);
  await v3.table('settings').bulkPut(fixtureV3.settings ?? []);
  v3.close();
  return name;
}

describe('upgrading from schema version 3 (before rounds)', () => {
  it('opens every workshop unchanged as a one-round series, still valid', async () => {
    const name = await writeVersion3();
    const db = new KomIHusDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(5);
    const workshops = (await listWorkshops(db)).sort((a, b) => a.id.localeCompare(b.id));
    const expected = fixtureV3.workshops.map(asOneRoundSeries).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(workshops).toEqual(expected);
    for (const w of workshops) expect(checkWorkshop(w).ok).toBe(true);
    const series = groupBySeries(workshops as Workshop[]);
    expect(series.map((s) => s.rounds.length)).toEqual([1, 1]);
    // The new index finds a workshop's series.
    expect(await db.workshops.where('series').equals(String(fixtureV3.workshops[1]?.id)).primaryKeys()).toEqual([fixtureV3.workshops[1]?.id]);
    expect((await db.settings.get('lastBackupAt'))?.value).toBe('2026-11-29T08:00:00.000Z');
  });
});

describe('upgrading from schema version 3 (notes inside the workshop record)', () => {
  /** A database as version 3 left it, holding `workshops`: each whole, its notes inside. */
  async function writeVersion3With(workshops: unknown[]): Promise<string> {
    const name = `upgrade-${++counter}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(fixture.stores);
    v3.version(2).stores({ settings: 'key' });
    v3.version(3).stores({ responses: 'id, invitation.id, updatedAt' });
    await v3.open();
    await v3.table('workshops').bulkPut(workshops);
    v3.close();
    return name;
  }

  it('moves every note into a record of its own, and the workshop reads back the same', async () => {
    const original = asOneRoundSeries(fixture.workshops[0]!) as unknown as Workshop;
    const withNotes: Workshop = {
      ...original,
      dialogue: {
        ...original.dialogue,
        samtaler: { notes: { works: 'Vi ringer dag 1 – æøå', improve: '' }, proposals: [] },
      },
    };
    // As version 3 stored it: workshop schema 1, before rounds.
    const { series: _series, review: _review, ...beforeRounds } = withNotes;
    const name = await writeVersion3With([{ ...beforeRounds, schemaVersion: 1 }, { id: 'broken', updatedAt: '2026-01-01T00:00:00.000Z', dialogue: 'not an object' }]);
    const db = new KomIHusDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await getWorkshop(db, withNotes.id)).toEqual(withNotes);
    const core = (await db.workshops.get(withNotes.id))!;
    expect(Object.values(core.dialogue).map((d) => d?.notes)).toEqual(Object.values(core.dialogue).map(() => ({})));
    expect(await db.notes.count()).toBe(Object.keys(original.dialogue.statistik?.notes ?? {}).length + 2);
    // A record that is no workshop does not stop the upgrade and is left as it was.
    expect(await db.workshops.get('broken')).toMatchObject({ dialogue: 'not an object' });
  });

  it('after the upgrade a keystroke writes its one note, and the workshop reads back as written', async () => {
    const original = asOneRoundSeries(fixture.workshops[0]!) as unknown as Workshop;
    const name = await writeVersion3With([fixture.workshops[0]]);
    const db = new KomIHusDatabase(name);
    opened.push(db);
    await db.open();
    const stored = (await getWorkshop(db, original.id))!;
    const next = await updateWorkshop(db, original.id, (w) => setNote(w, 'samtaler', 'improve', 'Ny note'), new Date('2027-01-01T10:00:00Z'), stored);
    expect(next.dialogue.samtaler?.notes.improve).toBe('Ny note');
    expect(await getWorkshop(db, original.id)).toEqual(next);
    expect(await db.notes.get([original.id, 'samtaler', 'improve'])).toMatchObject({ text: 'Ny note' });
  });
});

async function writeVersion4(): Promise<string> {
  const name = `upgrade-${++counter}`;
  const v4 = new Dexie(name);
  // Exactly as the app declared it before rounds: each version's stores, oldest first (the data below is already laid out as version 4 leaves it).
  v4.version(1).stores({ content: '[id+version], id, kind', workshops: 'id, updatedAt' });
  v4.version(2).stores({ settings: 'key' });
  v4.version(3).stores({ responses: 'id, invitation.id, updatedAt' });
  v4.version(4).stores({ notes: '[workshopId+block+prompt], workshopId' });
  await v4.open();
  expect(Object.fromEntries(v4.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((i) => i.src)].join(', ')]))).toEqual(
    fixtureV4.stores,
  );
  await v4.table('workshops').bulkPut(fixtureV4.workshops);
  await v4.table('notes').bulkPut(fixtureV4.notes ?? []);
  await v4.table('settings').bulkPut(fixtureV4.settings ?? []);
  v4.close();
  return name;
}

/** A version-4 workshop record with its note records put back in, written out here rather than by the repository's join. */
function withItsNotes(workshop: Record<string, unknown>): Record<string, unknown> {
  const dialogue = structuredClone(workshop.dialogue) as Record<string, { notes: Record<string, string> }>;
  for (const note of fixtureV4.notes ?? []) if (note.workshopId === workshop.id) dialogue[note.block]!.notes[note.prompt] = note.text;
  return { ...workshop, dialogue };
}

describe('upgrading from schema version 4 (notes in their own table, before rounds)', () => {
  it('opens every workshop as a one-round series with its notes intact, still valid', async () => {
    expect(fixtureV4.notes?.length).toBeGreaterThan(0);
    const name = await writeVersion4();
    const db = new KomIHusDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(5);
    const workshops = (await listWorkshops(db)).sort((a, b) => a.id.localeCompare(b.id));
    const expected = fixtureV4.workshops.map((w) => asOneRoundSeries(withItsNotes(w))).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(workshops).toEqual(expected);
    for (const w of workshops) expect(checkWorkshop(w).ok).toBe(true);
    expect(groupBySeries(workshops).map((s) => s.rounds.length)).toEqual([1, 1]);
    // Each note is still a record of its own, unchanged, and the series index finds each workshop.
    expect((await db.notes.toArray()).sort((a, b) => `${a.workshopId}${a.block}${a.prompt}`.localeCompare(`${b.workshopId}${b.block}${b.prompt}`))).toEqual(
      [...(fixtureV4.notes ?? [])].sort((a, b) => `${a.workshopId}${a.block}${a.prompt}`.localeCompare(`${b.workshopId}${b.block}${b.prompt}`)),
    );
    for (const w of fixtureV4.workshops) expect(await db.workshops.where('series').equals(String(w.id)).primaryKeys()).toEqual([w.id]);
    expect((await db.settings.get('lastBackupAt'))?.value).toBe('2026-11-29T08:00:00.000Z');
  });

  it('after the upgrade a note can be written and the others stay as they were', async () => {
    const name = await writeVersion4();
    const db = new KomIHusDatabase(name);
    opened.push(db);
    await db.open();
    const first = fixtureV4.workshops[0]!;
    const stored = (await getWorkshop(db, String(first.id)))!;
    const next = await updateWorkshop(db, stored.id, (w) => setNote(w, 'samtaler', 'improve', 'Ny note'), new Date('2027-01-01T10:00:00Z'), stored);
    expect(await getWorkshop(db, stored.id)).toEqual(next);
    expect(next.dialogue.samtaler?.notes).toEqual({ works: 'Vi ringer på dag 1 – også når det er svært.', improve: 'Ny note' });
    expect(next.dialogue.statistik?.notes.improve).toBe('Vi skal bruge tallene – også på MED-møderne.');
  });
});

