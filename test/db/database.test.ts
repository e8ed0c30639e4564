import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledContent } from '../../src/content/bundled';
import {
  getQuestionnaire,
  latestDialog,
  latestGuidance,
  latestHuset,
  latestInspiration,
  latestQuestionnaires,
  missingContent,
  seedContent,
} from '../../src/db/content';
import { KomIHusDatabase, openDatabase } from '../../src/db/database';
import {
  createWorkshop,
  deleteWorkshop,
  getWorkshop,
  InvalidWorkshopError,
  listWorkshops,
  updateWorkshop,
  WorkshopNotFoundError,
} from '../../src/db/workshops';
import { deleteAllData, restoreWorkshops } from '../../src/db/backup';
import { setNote } from '../../src/domain/dialogue';
import type { ContentSet, Questionnaire } from '../../src/domain/content';
import type { NewWorkshopInput, Workshop } from '../../src/domain/workshop';

let counter = 0;
const opened: KomIHusDatabase[] = [];

/** A fresh database with a name no other test uses. */
function freshDatabase(): KomIHusDatabase {
  counter += 1;
  const db = openDatabase(`kom-i-hus-test-${counter}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const T0 = new Date('2026-01-05T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function input(overrides: Partial<NewWorkshopInput> = {}): NewWorkshopInput {
  return {
    id: 'w-1',
    title: 'Børnehuset Solsikken',
    date: '2026-01-05',
    questionnaire: { id: 'maalgruppe-1', version: 1 },
    // The answers below come from these two: answers from someone not on the list are refused.
    participants: [
      { id: 'p-1', name: 'Maria', role: 'leder' },
      { id: 'p-2', name: 'Ole', role: 'tr' },
    ],
    ...overrides,
  };
}

function answer(participant: string, question: string, value: 1 | 2 | 3 | 4 | 5 | 'skip') {
  return (w: Workshop): Workshop => ({ ...w, answers: { ...w.answers, [participant]: { ...w.answers[participant], [question]: value } } });
}

/** The shipped content with Målgruppe 1 in a version 2 whose first question is reworded. */
function contentWithNewerMaalgruppe1(): ContentSet {
  const shipped = bundledContent();
  const m1 = structuredClone(shipped.questionnaires.find((q) => q.id === 'maalgruppe-1')) as Questionnaire;
  m1.version = 2;
  m1.questions[0]!.text = 'En ny formulering af spørgsmål 1?';
  return { ...shipped, questionnaires: [m1] };
}

describe('content in the database', () => {
  it('seeds the six shipped files once', async () => {
    const db = freshDatabase();
    expect(await seedContent(db, bundledContent(), T0)).toBe(6);
    expect(await seedContent(db, bundledContent(), at(5))).toBe(0);
    expect(await db.content.count()).toBe(6);
  });

  it('reads the seeded questionnaires, Huset and the dialogue texts back', async () => {
    const db = freshDatabase();
    await seedContent(db, bundledContent(), T0);

    const m1 = await getQuestionnaire(db, 'maalgruppe-1', 1);
    expect(m1?.questions).toHaveLength(28);
    expect(m1).toEqual(bundledContent().questionnaires.find((q) => q.id === 'maalgruppe-1'));
    expect(m1).not.toHaveProperty('installedAt');

    const latest = await latestQuestionnaires(db);
    expect(latest.map((q) => [q.id, q.version, q.questions.length])).toEqual([
      ['maalgruppe-1', 1, 28],
      ['maalgruppe-2', 1, 24],
    ]);

    const huset = await latestHuset(db);
    expect(huset?.blocks).toHaveLength(6);
    expect((await latestDialog(db))?.dialoguePrompts).toHaveLength(6);
    const guidance = await latestGuidance(db);
    expect(guidance).toEqual(bundledContent().guidance);
    expect(guidance?.steps.map((s) => s.step)).toEqual(['score', 'prioritise', 'dialogue', 'plan']);
    const inspiration = await latestInspiration(db);
    expect(inspiration).toEqual(bundledContent().inspiration);
    expect(inspiration).not.toHaveProperty('installedAt');
  });

  it('finds nothing for an unknown questionnaire or version, or for a file of another kind', async () => {
    const db = freshDatabase();
    await seedContent(db, bundledContent(), T0);
    expect(await getQuestionnaire(db, 'maalgruppe-1', 2)).toBeUndefined();
    expect(await getQuestionnaire(db, 'maalgruppe-3', 1)).toBeUndefined();
    expect(await getQuestionnaire(db, 'huset', 1)).toBeUndefined();
  });

  it('finds no content in an empty database', async () => {
    const db = freshDatabase();
    expect(await latestQuestionnaires(db)).toEqual([]);
    expect(await latestHuset(db)).toBeUndefined();
    expect(await latestInspiration(db)).toBeUndefined();
  });

  it('serves a newer content version for new work but keeps the old one for history', async () => {
    const db = freshDatabase();
    await seedContent(db, bundledContent(), T0);
    const before = await createWorkshop(db, input({ id: 'w-old' }), at(1));

    expect(await seedContent(db, contentWithNewerMaalgruppe1(), at(2))).toBe(1);

    const latest = await latestQuestionnaires(db);
    const m1 = latest.find((q) => q.id === 'maalgruppe-1');
    expect(m1?.version).toBe(2);
    expect(m1?.questions[0]?.text).toBe('En ny formulering af spørgsmål 1?');
    expect(latest.find((q) => q.id === 'maalgruppe-2')?.version).toBe(1);

    const original = await getQuestionnaire(db, 'maalgruppe-1', 1);
    expect(original?.questions[0]?.text).toMatch(/^Går jeg som leder foran i sygefraværsindsatsen/);

    const stored = await getWorkshop(db, before.id);
    expect(stored?.questionnaire).toEqual({ id: 'maalgruppe-1', version: 1 });
  });

  it('never overwrites a version it already has', async () => {
    const db = freshDatabase();
    await seedContent(db, bundledContent(), T0);
    const tampered = structuredClone(bundledContent());
    tampered.questionnaires[0]!.questions[0]!.text = 'Ændret uden ny version?';
    expect(await seedContent(db, tampered, at(1))).toBe(0);
    const m1 = await getQuestionnaire(db, tampered.questionnaires[0]!.id, 1);
    expect(m1?.questions[0]?.text).not.toBe('Ændret uden ny version?');
  });

  it('lists exactly the shipped id+versions that are not in the database', async () => {
    const db = freshDatabase();
    // The shipped versions as they are now, so that a text revision (a new version) needs no change here.
    const content = bundledContent();
    const shipped = [content.huset, content.dialog, content.guidance, ...content.questionnaires, content.inspiration].map(({ id, version }) => ({ id, version }));
    expect(shipped.find((file) => file.id === 'maalgruppe-1')?.version).toBe(1);
    expect(await missingContent(db, shipped)).toEqual(shipped);

    await seedContent(db, content, T0);
    expect(await missingContent(db, shipped)).toEqual([]);

    const newerInspiration = { id: 'inspiration', version: content.inspiration.version + 1 };
    const next = [...shipped, { id: 'maalgruppe-1', version: 2 }, newerInspiration];
    expect(await missingContent(db, next)).toEqual([{ id: 'maalgruppe-1', version: 2 }, newerInspiration]);

    await seedContent(db, contentWithNewerMaalgruppe1(), at(1));
    expect(await missingContent(db, next)).toEqual([newerInspiration]);
  });
});

describe('workshops in the database', () => {
  it('creates a workshop and reads it back', async () => {
    const db = freshDatabase();
    const created = await createWorkshop(db, input(), T0);
    expect(created).toMatchObject({ id: 'w-1', title: 'Børnehuset Solsikken', createdAt: T0.toISOString() });
    expect(await getWorkshop(db, 'w-1')).toEqual(created);
    expect(await getWorkshop(db, 'w-unknown')).toBeUndefined();
  });

  it('refuses a workshop with an empty title and writes nothing', async () => {
    const db = freshDatabase();
    await expect(createWorkshop(db, input({ title: '   ' }), T0)).rejects.toBeInstanceOf(InvalidWorkshopError);
    const error = await createWorkshop(db, input({ title: '' }), T0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidWorkshopError);
    expect((error as InvalidWorkshopError).problems).toEqual([expect.stringMatching(/^title/)]);
    expect(await db.workshops.count()).toBe(0);
  });

  it('refuses a second workshop with the same id and keeps the first', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input(), T0);
    await expect(createWorkshop(db, input({ title: 'Et andet møde' }), at(1))).rejects.toThrow();
    expect((await getWorkshop(db, 'w-1'))?.title).toBe('Børnehuset Solsikken');
  });

  it('lists workshops most recently changed first', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input({ id: 'w-a', title: 'A' }), at(1));
    await createWorkshop(db, input({ id: 'w-b', title: 'B' }), at(2));
    await createWorkshop(db, input({ id: 'w-c', title: 'C' }), at(3));
    expect((await listWorkshops(db)).map((w) => w.id)).toEqual(['w-c', 'w-b', 'w-a']);

    await updateWorkshop(db, 'w-a', answer('p-1', 'm1-01', 4), at(10));
    expect((await listWorkshops(db)).map((w) => w.id)).toEqual(['w-a', 'w-c', 'w-b']);
  });

  it('updates a workshop, stamping updatedAt and keeping id and createdAt', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input(), T0);
    const updated = await updateWorkshop(db, 'w-1', (w) => ({ ...answer('p-1', 'm1-01', 3)(w), step: 'score', id: 'w-hijack' }), at(7));
    expect(updated.id).toBe('w-1');
    expect(updated.updatedAt).toBe(at(7).toISOString());
    expect(updated.createdAt).toBe(T0.toISOString());
    const stored = await getWorkshop(db, 'w-1');
    expect(stored).toEqual(updated);
    expect(stored?.answers).toEqual({ 'p-1': { 'm1-01': 3 } });
    expect(stored?.step).toBe('score');
    expect(await getWorkshop(db, 'w-hijack')).toBeUndefined();
  });

  it('refuses an update that breaks the schema and leaves the stored workshop unchanged', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input(), T0);
    await updateWorkshop(db, 'w-1', answer('p-1', 'm1-01', 2), at(1));
    const before = await getWorkshop(db, 'w-1');

    const error = await updateWorkshop(
      db,
      'w-1',
      (w) => ({ ...w, title: 'Nyt navn', answers: { ...w.answers, 'p-1': { 'm1-01': 9 as 5 } } }),
      at(2),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidWorkshopError);
    expect((error as InvalidWorkshopError).problems).toEqual([expect.stringMatching(/^answers\.p-1\.m1-01/)]);
    expect(await getWorkshop(db, 'w-1')).toEqual(before);
  });

  it('does not let the change function alter the stored record behind its back', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input(), T0);
    await expect(
      updateWorkshop(db, 'w-1', (w) => {
        w.title = 'Ændret i kopien';
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await getWorkshop(db, 'w-1'))?.title).toBe('Børnehuset Solsikken');
  });

  it('writes nothing when the change returns the workshop untouched', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input(), T0);
    const before = await getWorkshop(db, 'w-1');
    const result = await updateWorkshop(db, 'w-1', (w) => w, at(5));
    expect(result).toEqual(before);
    expect((await getWorkshop(db, 'w-1'))?.updatedAt).toBe(T0.toISOString());
  });

  it('stamps every write later than the one it changed, even with the same clock reading', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input(), T0);
    const first = await updateWorkshop(db, 'w-1', answer('p-1', 'm1-01', 4), at(1));
    const second = await updateWorkshop(db, 'w-1', answer('p-1', 'm1-02', 3), at(1));
    const third = await updateWorkshop(db, 'w-1', answer('p-1', 'm1-03', 2), T0);
    expect(first.updatedAt).toBe(at(1).toISOString());
    expect(Date.parse(second.updatedAt)).toBe(at(1).getTime() + 1);
    expect(Date.parse(third.updatedAt)).toBe(at(1).getTime() + 2);
  });

  it('applies a change to the workshop the caller knows only while the store still has that one', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input(), T0);
    const known = await updateWorkshop(db, 'w-1', answer('p-1', 'm1-01', 4), at(1));
    // Another connection (another tab) writes in between: the caller's copy is out of date.
    const other = new KomIHusDatabase(db.name);
    try {
      await updateWorkshop(other, 'w-1', answer('p-2', 'm1-02', 'skip'), at(2));
    } finally {
      other.close();
    }
    const result = await updateWorkshop(db, 'w-1', answer('p-1', 'm1-03', 1), at(3), known);
    // The other tab's answer is kept: the stale copy was not written over it.
    expect(result.answers).toEqual({ 'p-1': { 'm1-01': 4, 'm1-03': 1 }, 'p-2': { 'm1-02': 'skip' } });
    expect((await getWorkshop(db, 'w-1'))?.answers).toEqual(result.answers);
    // With the store still at the caller's copy, the change goes onto that copy, not a fresh read.
    const marked = { ...result, title: 'Kun i kalderens kopi' };
    const next = await updateWorkshop(db, 'w-1', answer('p-1', 'm1-04', 2), at(4), marked);
    expect(next.title).toBe('Kun i kalderens kopi');
    expect(next.answers['p-1']).toEqual({ 'm1-01': 4, 'm1-03': 1, 'm1-04': 2 });
  });

  it('refuses to update a workshop that does not exist', async () => {
    const db = freshDatabase();
    const error = await updateWorkshop(db, 'w-gone', (w) => w, T0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkshopNotFoundError);
    expect((error as WorkshopNotFoundError).id).toBe('w-gone');
    expect(await db.workshops.count()).toBe(0);
  });

  it('keeps both of two concurrent updates (no lost update)', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input(), T0);
    await Promise.all([
      updateWorkshop(db, 'w-1', answer('p-1', 'm1-01', 4), at(1)),
      updateWorkshop(db, 'w-1', answer('p-2', 'm1-02', 'skip'), at(1)),
      updateWorkshop(db, 'w-1', answer('p-1', 'm1-03', 1), at(1)),
    ]);
    expect((await getWorkshop(db, 'w-1'))?.answers).toEqual({
      'p-1': { 'm1-01': 4, 'm1-03': 1 },
      'p-2': { 'm1-02': 'skip' },
    });
  });

  it('keeps both updates when they come from two connections to the same database', async () => {
    const db = freshDatabase();
    const other = new KomIHusDatabase(db.name);
    try {
      await createWorkshop(db, input(), T0);
      await Promise.all([
        updateWorkshop(db, 'w-1', answer('p-1', 'm1-01', 5), at(1)),
        updateWorkshop(other, 'w-1', answer('p-2', 'm1-01', 1), at(1)),
      ]);
      expect((await getWorkshop(db, 'w-1'))?.answers).toEqual({ 'p-1': { 'm1-01': 5 }, 'p-2': { 'm1-01': 1 } });
    } finally {
      other.close();
    }
  });

  it('deletes a workshop and only that one', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input({ id: 'w-a' }), T0);
    await createWorkshop(db, input({ id: 'w-b' }), T0);
    await deleteWorkshop(db, 'w-a');
    expect(await getWorkshop(db, 'w-a')).toBeUndefined();
    expect((await listWorkshops(db)).map((w) => w.id)).toEqual(['w-b']);
    await expect(deleteWorkshop(db, 'w-a')).resolves.toBeUndefined();
  });
});

describe('notes in records of their own (database version 4)', () => {
  const note = (block: 'samtaler' | 'statistik', prompt: string, text: string) => (w: Workshop) => setNote(w, block, prompt, text);

  it('writes only the note that changed beside the rest of the workshop, and reads the workshop back whole', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input(), T0);
    let known = await updateWorkshop(db, 'w-1', note('samtaler', 'works', 'Vi ringer dag 1'), at(1));
    known = await updateWorkshop(db, 'w-1', note('statistik', 'improve', 'x'.repeat(20_000)), at(2), known);
    const puts: unknown[] = [];
    db.notes.hook('creating', (key) => void puts.push(key));
    db.notes.hook('updating', (_mods, key) => void puts.push(key));
    const next = await updateWorkshop(db, 'w-1', note('samtaler', 'works', 'Vi ringer dag 1 og dag 3'), at(3), known);
    expect(puts).toEqual([['w-1', 'samtaler', 'works']]);
    expect(await getWorkshop(db, 'w-1')).toEqual(next);
    // The workshop record itself holds no note text.
    const core = (await db.workshops.get('w-1'))!;
    expect(JSON.stringify(core)).not.toContain('Vi ringer');
    expect(JSON.stringify(core).length).toBeLessThan(5_000);
  });

  it('removes a block’s notes when the block is gone, and a workshop’s notes when it is deleted', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input(), T0);
    await createWorkshop(db, input({ id: 'w-2' }), T0);
    await updateWorkshop(db, 'w-1', note('samtaler', 'works', 'a'), at(1));
    await updateWorkshop(db, 'w-1', note('statistik', 'works', 'b'), at(2));
    await updateWorkshop(db, 'w-2', note('statistik', 'works', 'c'), at(2));
    await updateWorkshop(db, 'w-1', (w) => ({ ...w, dialogue: { statistik: w.dialogue.statistik! } }), at(3));
    expect(await db.notes.where('workshopId').equals('w-1').toArray()).toEqual([{ workshopId: 'w-1', block: 'statistik', prompt: 'works', text: 'b' }]);
    await deleteWorkshop(db, 'w-1');
    expect(await db.notes.toArray()).toEqual([{ workshopId: 'w-2', block: 'statistik', prompt: 'works', text: 'c' }]);
  });

  it('a restore replaces a workshop’s notes, not adds to them; deleting everything deletes the notes', async () => {
    const db = freshDatabase();
    await createWorkshop(db, input(), T0);
    const old = await updateWorkshop(db, 'w-1', note('samtaler', 'works', 'gammel'), at(1));
    await updateWorkshop(db, 'w-1', note('samtaler', 'improve', 'kun på enheden'), at(2));
    await restoreWorkshops(db, [old]);
    expect(await getWorkshop(db, 'w-1')).toEqual(old);
    expect(await db.notes.count()).toBe(1);
    await deleteAllData(db);
    expect(await db.notes.count()).toBe(0);
    expect(await listWorkshops(db)).toEqual([]);
  });

  it('moves notes still inside a workshop record (written by hand) out on its next write, losing none', async () => {
    const db = freshDatabase();
    const created = await createWorkshop(db, input(), T0);
    const inside = setNote(setNote(created, 'samtaler', 'works', 'inde i posten'), 'statistik', 'improve', 'også');
    await db.workshops.put(inside);
    expect(await getWorkshop(db, 'w-1')).toEqual(inside);
    const next = await updateWorkshop(db, 'w-1', note('samtaler', 'improve', 'ny'), at(1), inside);
    expect(next.dialogue.samtaler?.notes).toEqual({ works: 'inde i posten', improve: 'ny' });
    expect(await getWorkshop(db, 'w-1')).toEqual(next);
    expect(await db.notes.count()).toBe(3);
    expect(JSON.stringify(await db.workshops.get('w-1'))).not.toContain('inde i posten');
  });
});

describe('persistence', () => {
  it('keeps content and workshops after the database is closed and opened again', async () => {
    const db = freshDatabase();
    await seedContent(db, bundledContent(), T0);
    await createWorkshop(db, input(), T0);
    await updateWorkshop(db, 'w-1', answer('p-1', 'm1-01', 3), at(1));
    const name = db.name;
    db.close();

    const reopened = new KomIHusDatabase(name);
    opened.push(reopened);
    expect((await getWorkshop(reopened, 'w-1'))?.answers).toEqual({ 'p-1': { 'm1-01': 3 } });
    expect((await getQuestionnaire(reopened, 'maalgruppe-2', 1))?.questions).toHaveLength(24);
    expect(await seedContent(reopened, bundledContent(), at(2))).toBe(0);
  });
});
