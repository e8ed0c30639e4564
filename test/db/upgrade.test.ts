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
    expect(db.verno).toBe(3);
    const workshops = await db.workshops.toArray();
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
