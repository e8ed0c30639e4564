/**
 * The freeze guard (src/db/freeze-guard.ts): a page going into the
 * back-forward cache aborts its unfinished transactions, so the next page of
 * the app can use the stores, and what was cut off is done when the page is
 * shown again. The "next page" here is a plain IndexedDB connection of its own.
 */
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';

// Node has no window: the page's events come from an EventTarget of the test's own.
const page = new EventTarget();
Object.assign(globalThis, { addEventListener: page.addEventListener.bind(page), removeEventListener: page.removeEventListener.bind(page) });
const { KomIHusDatabase } = await import('../../src/db/database');
const { acrossFreezes, freezeCount, frozenSince } = await import('../../src/db/freeze-guard');
const { createResponse, updateResponse, deleteResponse, responseTo } = await import('../../src/db/responses');
const { setSetting, getSetting } = await import('../../src/db/settings');
const { createWorkshop, deleteWorkshop, getWorkshop, updateWorkshop } = await import('../../src/db/workshops');
const { restoreWorkshops, deleteAllData } = await import('../../src/db/backup');
const { newResponse, answerInResponse } = await import('../../src/domain/own-device');
const { newInvitationId, newMeetingKeys, newResponseId } = await import('../../src/own-devices/answer-code');
const { seedContent } = await import('../../src/db/content');
const { bundledContent } = await import('../../src/content/bundled');
const { loadWorkshopContent } = await import('../../src/session/content');
const { loadEarlier } = await import('../../src/rounds/use-earlier-rounds');
const { startNextRound } = await import('../../src/rounds/start-next');
const { readBackupFile } = await import('../../src/db/backup');
const { serialiseBackup } = await import('../../src/data/envelope');

function pageEvent(type: 'pagehide' | 'pageshow', persisted: boolean): void {
  page.dispatchEvent(Object.assign(new Event(type), { persisted }));
}

const opened: Array<{ close(): void; name: string }> = [];
let counter = 0;
async function database() {
  const db = new KomIHusDatabase(`freeze-guard-${counter++}`);
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  pageEvent('pageshow', true);
  for (const db of opened.splice(0)) {
    db.close();
    indexedDB.deleteDatabase(db.name);
  }
});

/** Another page's connection writes a setting; resolves when its transaction is done. */
async function otherPageWrites(name: string, value: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ key: 'lastBackupAt', value });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

function within<T>(ms: number, promise: Promise<T>): Promise<T | 'still waiting'> {
  return Promise.race([promise, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);
}

/** Starts `work`, freezes the page in the same moment, and shows it again 50 ms later; the work is then done. */
async function acrossAFreeze<T>(work: () => Promise<T>): Promise<T> {
  const done = work();
  pageEvent('pagehide', true);
  const meanwhile = await within(50, done);
  expect(meanwhile, 'nothing is done while the page is frozen').toBe('still waiting');
  pageEvent('pageshow', true);
  const result = await within(2000, done);
  if (result === 'still waiting') throw new Error('not done once the page was shown');
  return result;
}

it('a transaction still running as the page goes into the back-forward cache is aborted, and the next page can write', async () => {
  const db = await database();
  let stop = false;
  // A transaction that never ends by itself (as one frozen half-way through).
  const running = db.transaction('rw', db.settings, async () => {
    while (!stop) await db.settings.count();
  });
  running.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 20));
  // While it runs, another page waits.
  expect(await within(200, otherPageWrites(db.name, 'before'))).toBe('still waiting');

  const count = freezeCount();
  pageEvent('pagehide', true);
  const error = await running.then(
    () => null,
    (e: unknown) => e,
  );
  stop = true;
  expect(error, 'the transaction was aborted').toBeTruthy();
  expect(frozenSince(count)).toBe(true);
  expect(await within(2000, otherPageWrites(db.name, 'after'))).toBeUndefined();
});

it('a page that is closed for good (not cached) keeps its transactions: the browser ends them', async () => {
  const db = await database();
  let stop = false;
  const running = db.transaction('rw', db.settings, async () => {
    for (let i = 0; i < 5 && !stop; i++) await db.settings.count();
    await db.settings.put({ key: 'lastBackupAt', value: 'written' });
  });
  pageEvent('pagehide', false);
  await running;
  stop = true;
  expect((await db.settings.get('lastBackupAt'))?.value).toBe('written');
});

it('a write cut off by the freeze, or begun while frozen, is written once the page is shown again', async () => {
  const db = await database();
  let started = 0;
  const cutOff = acrossFreezes(() =>
    db.transaction('rw', db.settings, async () => {
      started += 1;
      for (let i = 0; i < 3; i++) await db.settings.count();
      await db.settings.put({ key: 'lastBackupAt', value: 'cut off' });
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  pageEvent('pagehide', true);
  const begunFrozen = acrossFreezes(() => db.settings.put({ key: 'persisted', value: true }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(started).toBe(1);
  expect(await within(100, cutOff)).toBe('still waiting');

  pageEvent('pageshow', true);
  await cutOff;
  await begunFrozen;
  expect(started).toBe(2);
  expect((await db.settings.get('lastBackupAt'))?.value).toBe('cut off');
  expect((await db.settings.get('persisted'))?.value).toBe(true);
});

it('an abort that is not the freeze is passed on', async () => {
  const db = await database();
  const attempt = acrossFreezes(() =>
    db.transaction('rw', db.settings, async (tx) => {
      await db.settings.count();
      tx.abort();
    }),
  );
  await expect(attempt).rejects.toThrow();
});

it('a read whose cursor is cut off by the freeze, whatever error the cursor then gives, is read again once the page is shown', async () => {
  const db = await database();
  await db.settings.bulkPut([
    { key: 'lastBackupAt', value: 'a' },
    { key: 'persisted', value: true },
  ]);
  let attempts = 0;
  const seen: string[] = [];
  // WebKit (#15): the next step of a cursor in an aborted transaction fails with TransactionInactiveError, not AbortError.
  const read = acrossFreezes(async () => {
    attempts += 1;
    const rows: string[] = [];
    await db.settings.each((row) => {
      rows.push(row.key);
      if (attempts === 1 && rows.length === 1) pageEvent('pagehide', true);
    });
    return rows;
  }).catch((error: unknown) => {
    seen.push(String(error));
    return null;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(seen).toEqual([]);
  pageEvent('pageshow', true);
  expect(await read).toEqual(['lastBackupAt', 'persisted']);
  expect(attempts).toBe(2);
});

it('each write of the database module that a freeze cuts off, or that begins while frozen, is done once the page is shown again', async () => {
  const db = await database();
  const keys = await newMeetingKeys();
  const invitation = { id: newInvitationId(), questionnaire: { id: 'maalgruppe-1', version: 1 }, title: 'Ledergruppen Vest', date: '2027-03-04', publicKey: keys.publicKey };
  const now = new Date('2027-03-01T10:00:00.000Z');
  const input = { id: 'vest', title: 'Ledergruppen Vest', date: '2027-03-04', mode: 'group' as const, questionnaire: { id: 'maalgruppe-1', version: 1 }, participants: [] };
  const workshop = await createWorkshop(db, input, now);
  const response = await createResponse(db, newResponse(newResponseId(), invitation, now));

  // A participant's answer on their phone.
  await acrossAFreeze(() => updateResponse(db, response.id, (r) => answerInResponse(r, 'm1-q01', 4), now));
  expect((await responseTo(db, invitation.id))?.answers).toEqual({ 'm1-q01': 4 });
  await acrossAFreeze(() => setSetting(db, 'lastBackupAt', now.toISOString()));
  expect(await getSetting(db, 'lastBackupAt')).toBe(now.toISOString());
  await acrossAFreeze(() => deleteWorkshop(db, workshop.id));
  expect(await getWorkshop(db, workshop.id)).toBeUndefined();
  await acrossAFreeze(() => restoreWorkshops(db, [workshop]));
  expect((await getWorkshop(db, workshop.id))?.title).toBe('Ledergruppen Vest');
  await acrossAFreeze(() => createWorkshop(db, { ...input, id: 'oest', title: 'Ledergruppen Øst' }, now));
  expect((await getWorkshop(db, 'oest'))?.title).toBe('Ledergruppen Øst');
  // A workshop's change (every tap and key of a meeting goes through it).
  await acrossAFreeze(() => updateWorkshop(db, 'oest', (w) => ({ ...w, title: 'Ledergruppen Øst og Syd' }), now));
  expect((await getWorkshop(db, 'oest'))?.title).toBe('Ledergruppen Øst og Syd');
  await acrossAFreeze(() => deleteResponse(db, response.id));
  expect(await responseTo(db, invitation.id)).toBeUndefined();
  await acrossAFreeze(() => deleteAllData(db));
  expect(await getWorkshop(db, 'oest')).toBeUndefined();
});

it('a one-off read that a freeze cuts off, or that begins while frozen, is read once the page is shown again, not failed', async () => {
  const db = await database();
  const now = new Date('2027-03-01T10:00:00.000Z');
  await seedContent(db, bundledContent(), now);
  const input = { id: 'vest-2026', title: 'Ledergruppen Vest', date: '2026-03-04', mode: 'group' as const, questionnaire: { id: 'maalgruppe-1', version: 1 }, participants: [] };
  const first = await createWorkshop(db, input, now);
  const second = await createWorkshop(db, { ...input, id: 'vest-2027', series: first.series, date: '2027-03-04' }, now);

  // What a workshop's screens show: its questionnaire, Huset, the dialogue texts.
  const content = await acrossAFreeze(() => loadWorkshopContent(db, { id: 'maalgruppe-1', version: 1 }));
  expect(content.questionnaire?.id).toBe('maalgruppe-1');
  expect(content.huset).toBeDefined();
  // The rounds before this one (the comparison, "Sidste gang aftalte I …").
  const earlier = await acrossAFreeze(() => loadEarlier(db, second));
  expect(earlier.map((round) => round.workshop.id)).toEqual(['vest-2026']);
  // A backup file checked against the content on this device.
  const text = serialiseBackup([first], { now, appVersion: 'test', scope: 'workshop' });
  const checked = await acrossAFreeze(() => readBackupFile(db, text, text.length));
  expect(checked.ok).toBe(true);
  // "Start næste runde" reads the newest questionnaire, then writes the new round.
  const app = { db, now: () => now, newId: () => 'vest-2028' };
  const next = await acrossAFreeze(() => startNextRound(app, second));
  expect(next.series).toBe(first.series);
  expect((await getWorkshop(db, 'vest-2028'))?.questionnaire).toEqual({ id: 'maalgruppe-1', version: 1 });
});
