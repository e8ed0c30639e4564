import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readBackupFile, restoreWorkshops, markBackup } from '../../src/db/backup';
import { seedContent } from '../../src/db/content';
import { openDatabase, type KomIHusDatabase } from '../../src/db/database';
import { bundledContent } from '../../src/content/bundled';
import type { LinkProblemCode } from '../../src/domain/workshop-links';
import { WorkshopFieldsSchema } from '../../src/domain/workshop-schema';
import { backupText, INSTALLED, NOW, twoWorkshops } from './fixtures';
import { parseAsShown, type ShownResult } from './shown';
import { classify, contradictions, hostileCorpus, type CorpusCase } from './hostile-corpus';
import { DETAIL_NOT_FOR_USERS, NOT_FOR_USERS } from './user-text';

/** Every refusal opens by saying what it is about: the file, or one workshop in it. */
const OPENING = /^(Filen |Dialogmøde \d+[ :])/;

interface Outcome {
  item: CorpusCase;
  verdict: ReturnType<typeof classify>;
  result: ShownResult;
}

function run(item: CorpusCase): Outcome {
  const byteLength = item.byteLength ?? new TextEncoder().encode(item.text).length;
  let result: ShownResult | undefined;
  expect(() => {
    result = parseAsShown(item.text, { installed: INSTALLED, byteLength });
  }, `${item.category}: ${item.name} threw`).not.toThrow();
  return { item, verdict: classify(item), result: result as ShownResult };
}

describe('a generated corpus of bad and hostile files', () => {
  const prototypeNamesBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const corpus = hostileCorpus();
  const outcomes = corpus.map(run);
  const invalid = outcomes.filter((o) => o.verdict === 'invalid');

  it('has at least 500 cases that are really invalid', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(500);
    const perCategory = new Map<string, number>();
    for (const { item } of invalid) perCategory.set(item.category, (perCategory.get(item.category) ?? 0) + 1);
    // Every family of mutation contributes, not just the easy ones.
    for (const category of ['truncation', 'byte flip', 'cut out', 'wrong type', 'missing', 'out of range', 'over limit', 'unknown key', 'prototype key', 'deep nesting', 'garbage', 'duplicate id']) {
      expect(perCategory.get(category) ?? 0, category).toBeGreaterThan(0);
    }
    expect(perCategory.get('truncation')).toBeGreaterThan(250);
    expect(perCategory.get('wrong type')).toBeGreaterThan(500);
  });

  it('refuses every invalid case with a non-empty, plain Danish message', () => {
    for (const { item, result } of invalid) {
      const label = `${item.category}: ${item.name}`;
      if (result.ok) throw new Error(`accepted an invalid file: ${label}`);
      expect(result.message.length, label).toBeGreaterThan(10);
      expect(result.message, label).toMatch(OPENING);
      expect(result.message, label).not.toMatch(NOT_FOR_USERS);
      expect(result.message, label).toMatch(/\.$/);
      expect(result.message.length, label).toBeLessThan(400);
      expect(Array.isArray(result.details), label).toBe(true);
      expect(result.details.length, label).toBeLessThanOrEqual(51);
      for (const line of result.details) {
        expect(typeof line, label).toBe('string');
        expect(line.length, label).toBeLessThanOrEqual(300);
        // "Vis detaljer" is Danish only: no parser messages, byte counts or field paths.
        expect(line, label).not.toMatch(NOT_FOR_USERS);
        expect(line, label).not.toMatch(DETAIL_NOT_FOR_USERS);
      }
    }
  });

  it('accepts the mutations that happen to leave the file valid (they are not counted)', () => {
    const valid = outcomes.filter((o) => o.verdict === 'valid');
    expect(valid.length).toBeGreaterThan(0);
    for (const { item, result } of valid) {
      expect(result.ok, `${item.category}: ${item.name} ${result.ok ? '' : result.message}`).toBe(true);
    }
  });

  it('reaches many different messages, not one catch-all', () => {
    const templates = new Set(invalid.map(({ result }) => (result.ok ? '' : result.message.replace(/\d[\d.,]*/g, 'N').replace(/»[^«]*«/g, '»…«'))));
    expect(templates.size).toBeGreaterThan(40);
    expect(invalid.filter(({ result }) => !result.ok && result.message === 'Filen kunne ikke læses.')).toEqual([]);
  });

  it('leaves Object.prototype untouched', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNamesBefore);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

/**
 * What the refusal must say for each kind of contradiction, written here and
 * not taken from the catalogue, so a wrong or missing description fails.
 */
const SAID: Record<Exclude<LinkProblemCode, 'answer-off-scale' | 'missing-questionnaire-version'>, RegExp> = {
  'duplicate-participant-id': /^deltager \d og deltager \d er gemt med samme id, så de ikke kan skelnes fra hinanden\./,
  'duplicate-item-id': /^punkt \d og punkt \d i handleplanen er gemt med samme id/,
  'duplicate-proposal-id': /^to forslag i dialogen er gemt med samme id/,
  'duplicate-chosen-block': /^byggestenen »[^«]+« er valgt to gange til dialogen\./,
  'duplicate-order-element': /^det samme står to gange i rækkefølgen i prioriteringen\./,
  'repeated-vote': /^deltager 2 har flere stemmer på det samme, selv om det ikke er tilladt/,
  'ballot-too-long': /^deltager \d har \d stemmer, men hver deltager har kun \d\./,
  'ballot-of-unknown-participant': /^der er stemmer fra en deltager, som ikke er på deltagerlisten\./,
  'vote-for-unknown-element': /^deltager \d har stemt på noget, som ikke kan vælges i afstemningen\./,
  'tally-for-unknown-element': /^optællingen af stemmer har stemmer på noget, som ikke kan vælges i afstemningen\./,
  'answers-of-unknown-participant': /^der er svar fra en deltager, som ikke er på deltagerlisten\./,
  'unknown-questionnaire': /^mødet bruger et spørgeskema, som denne app ikke kender\. Er filen lavet med en nyere version af Kom i hus, så opdater appen, og prøv igen\./,
  'newer-questionnaire': /^mødet bruger en nyere udgave af spørgeskemaet, end denne app har\. Opdater appen, og prøv igen\./,
  'unknown-question': /^deltager \d har svaret på et spørgsmål, som spørgeskemaet ikke har\./,
};

/** Every table of the database, keys and records, as one string: equal strings, nothing changed. */
async function dump(db: KomIHusDatabase): Promise<string> {
  const tables: Record<string, unknown> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    tables[table.name] = { keys: await table.toCollection().primaryKeys(), records: await table.toArray() };
  }
  return JSON.stringify({ version: db.verno, tables });
}

describe('a corpus of schema-valid workshops that contradict themselves or this device', () => {
  const cases = contradictions();
  const titles = twoWorkshops().map((w) => w.title);

  it('has at least 100 cases, of every kind, each workshop passing the schema field by field', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((c) => c.expect.code))).toEqual(new Set(Object.keys(SAID)));
    for (const item of cases) {
      const data = JSON.parse(item.text) as { workshops: unknown[] };
      for (const workshop of data.workshops) {
        const fields = WorkshopFieldsSchema.safeParse(workshop);
        expect(fields.success, `${item.name}: ${fields.error?.issues.map((i) => i.path.join('.')).join(', ')}`).toBe(true);
      }
      // The independent oracle agrees that each is invalid.
      expect(classify(item), item.name).toBe('invalid');
    }
  });

  it('refuses each, naming the meeting and the problem in Danish', () => {
    for (const item of cases) {
      const result = parseAsShown(item.text, { installed: INSTALLED, byteLength: new TextEncoder().encode(item.text).length });
      if (result.ok) throw new Error(`accepted a contradictory file: ${item.name}`);
      const label = `Dialogmøde ${item.at + 1} (»${titles[item.at]}«): `;
      expect(result.message.startsWith(label), `${item.name}: ${result.message}`).toBe(true);
      const code = item.expect.code as keyof typeof SAID;
      expect(result.message.slice(label.length), item.name).toMatch(SAID[code]);
      expect(result.message, item.name).not.toMatch(NOT_FOR_USERS);
      expect(result.details.length, item.name).toBeGreaterThan(0);
      for (const line of result.details) {
        expect(line, item.name).not.toMatch(NOT_FOR_USERS);
        expect(line, item.name).not.toMatch(DETAIL_NOT_FOR_USERS);
      }
    }
  });

  it('leaves the database byte for byte as it was, going the way of the restore screen', async () => {
    const db = openDatabase('kom-i-hus-contradictions');
    try {
      await seedContent(db, bundledContent(), NOW);
      await restoreWorkshops(db, twoWorkshops());
      await markBackup(db, NOW);
      const before = await dump(db);
      expect(before).toContain('Børnehuset Solsikken');
      expect(before).toContain('lastBackupAt');
      for (const item of cases) {
        const result = await readBackupFile(db, item.text, new TextEncoder().encode(item.text).length);
        // What the screen does with a file it accepts; none of these may get here.
        if (result.ok) await restoreWorkshops(db, result.workshops);
        expect(result.ok, item.name).toBe(false);
        expect(await dump(db), item.name).toBe(before);
      }
      // The same path takes the fixture itself, so the refusals were about the contradictions.
      const good = await readBackupFile(db, backupText(), backupText().length);
      expect(good.ok).toBe(true);
    } finally {
      await db.delete();
    }
  });
});
