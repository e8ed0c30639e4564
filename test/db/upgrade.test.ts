/**
 * Schema upgrades keep every record: a database written by the previous
 * Dexie schema version (fixture) is opened by today's KomIHusDatabase.
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
import type { Workshop } from '../../src/domain/workshop';
import { checkWorkshop } from '../../src/domain/workshop-schema';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/schema-v1.json', import.meta.url), 'utf8')) as {
  stores: Record<string, string>;
  workshops: unknown[];
};

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
    expect(db.verno).toBe(4);
    const workshops = await listWorkshops(db);
    expect(workshops).toEqual(fixture.workshops);
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

describe('upgrading from schema version 3 (notes inside the workshop record)', () => {
  /** A database as version 3 left it: each workshop whole, its notes inside. */
  async function writeVersion3(workshops: unknown[]): Promise<string> {
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
    const original = fixture.workshops[0] as Workshop;
    const withNotes: Workshop = {
      ...original,
      dialogue: {
        ...original.dialogue,
        samtaler: { notes: { works: 'Vi ringer dag 1 – æøå', improve: '' }, proposals: [] },
      },
    };
    const name = await writeVersion3([withNotes, { id: 'broken', updatedAt: '2026-01-01T00:00:00.000Z', dialogue: 'not an object' }]);
    const db = new KomIHusDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await getWorkshop(db, withNotes.id)).toEqual(withNotes);
    const core = (await db.workshops.get(withNotes.id))!;
    expect(Object.values(core.dialogue).map((d) => d?.notes)).toEqual(Object.values(core.dialogue).map(() => ({})));
    expect(await db.notes.count()).toBe(Object.keys(original.dialogue.statistik?.notes ?? {}).length + 2);
    // A record that is no workshop does not stop the upgrade and is left as it was.
    expect(await db.workshops.get('broken')).toMatchObject({ dialogue: 'not an object' });
  });

  it('after the upgrade a keystroke writes its one note, and the workshop reads back as written', async () => {
    const original = fixture.workshops[0] as Workshop;
    const name = await writeVersion3([original]);
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
