import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupBySeries } from '../../src/domain/series';
import { FORMAT_VERSION } from '../../src/data/envelope';
import { isPlainRecord, migrate, MIGRATIONS, migrateWith, MissingMigrationError, type MigrationRegistry } from '../../src/data/migrations';
import { backupData, fullWorkshop, INSTALLED } from './fixtures';
import { parseAsShown } from './shown';

/**
 * A made-up format version 0, as an older app might have written it: the
 * workshop's title was called `workplace`. It proves the mechanism with a
 * registry of its own.
 */
const V0_TO_V1: MigrationRegistry = {
  0: (data) => {
    if (!isPlainRecord(data) || !Array.isArray(data.workshops)) return data;
    return {
      ...data,
      workshops: data.workshops.map((workshop: unknown) => {
        if (!isPlainRecord(workshop) || !('workplace' in workshop)) return workshop;
        const { workplace, ...rest } = workshop;
        return { ...rest, title: workplace };
      }),
    };
  },
};

/** A version-0 file: the current shape with `workplace` instead of `title`. */
function versionZeroText(): string {
  const data = backupData([fullWorkshop('w-1', 'Ældrecentret Lærkebo')]);
  const workshops = (data.workshops as Record<string, unknown>[]).map(({ title, ...rest }) => ({ ...rest, workplace: title }));
  return JSON.stringify({ ...data, formatVersion: 0, workshops });
}

describe('migrations', () => {
  it('the real registry has a step from each older format', () => {
    expect(FORMAT_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS)).toEqual(['1']);
  });

  it('a real version-1 file (before rounds) restores with every workshop as a one-round series', () => {
    // Written by the app before rounds (format 1, workshop schema 1); never edit it.
    const text = readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8');
    const original = JSON.parse(text) as { formatVersion: number; workshops: Array<Record<string, unknown>> };
    expect(original.formatVersion).toBe(1);
    expect(original.workshops.every((w) => w.schemaVersion === 1 && !('series' in w) && !('review' in w))).toBe(true);
    const result = parseAsShown(text, { installed: INSTALLED, byteLength: text.length });
    expect(result).toMatchObject({ ok: true, formatVersion: 1, migrated: true });
    if (!result.ok) return;
    expect(result.workshops).toEqual(original.workshops.map((w) => ({ ...w, schemaVersion: 2, series: w.id, review: {} })));
    expect(result.workshops[0]).toEqual(fullWorkshop('w-1', 'Børnehuset Solsikken'));
    expect(groupBySeries(result.workshops).map((s) => s.rounds.map((r) => r.id))).toEqual([['w-1'], ['w-solo']]);
  });

  it('the 1 → 2 step leaves an odd file for the checks to refuse', () => {
    const step = MIGRATIONS[1];
    expect(step?.({ workshops: 'none' })).toEqual({ workshops: 'none' });
    expect(step?.(null)).toBeNull();
    expect(step?.({ workshops: [null, { schemaVersion: 7 }] })).toEqual({ workshops: [null, { schemaVersion: 7 }] });
  });

  it('migrate leaves a current file alone', () => {
    const data = backupData();
    expect(migrate(data, FORMAT_VERSION)).toBe(data);
  });

  it('runs a v0 → v1 step that renames a legacy key, and sets the new version', () => {
    const raw = JSON.parse(versionZeroText()) as unknown;
    const migrated = migrateWith(V0_TO_V1, raw, 0, 1) as { formatVersion: number; workshops: Record<string, unknown>[] };
    expect(migrated.formatVersion).toBe(1);
    expect(migrated.workshops[0]?.title).toBe('Ældrecentret Lærkebo');
    expect(migrated.workshops[0]).not.toHaveProperty('workplace');
  });

  it('runs the steps in order, one version at a time', () => {
    const seen: number[] = [];
    const registry: MigrationRegistry = {
      3: (d) => (seen.push(3), { ...(d as object), three: true }),
      4: (d) => (seen.push(4), { ...(d as object), four: true }),
    };
    expect(migrateWith(registry, { formatVersion: 3 }, 3, 5)).toEqual({ formatVersion: 5, three: true, four: true });
    expect(seen).toEqual([3, 4]);
  });

  it('throws MissingMigrationError for a version with no step', () => {
    expect(() => migrateWith({}, {}, 0, 1)).toThrow(MissingMigrationError);
    expect(() => migrateWith(V0_TO_V1, {}, -1, 1)).toThrow(MissingMigrationError);
  });

  it('parseBackup runs the step and reports the file as migrated', () => {
    const text = versionZeroText();
    const result = parseAsShown(text, { installed: INSTALLED, byteLength: text.length, migrations: { ...MIGRATIONS, ...V0_TO_V1 } });
    expect(result).toMatchObject({ ok: true, formatVersion: 0, migrated: true });
    expect(result.ok && result.workshops[0]).toEqual(fullWorkshop('w-1', 'Ældrecentret Lærkebo'));
  });

  it('parseBackup refuses a version-0 file with the real registry', () => {
    const text = versionZeroText();
    expect(parseAsShown(text, { installed: INSTALLED, byteLength: text.length })).toMatchObject({
      ok: false,
      message: 'Filen er lavet med en version af Kom i hus, som denne app ikke kan læse.',
    });
  });

  it('parseBackup checks the migrated file like any other', () => {
    const data = JSON.parse(versionZeroText()) as Record<string, unknown>;
    (data.workshops as Record<string, unknown>[])[0]!.workplace = 'x'.repeat(201);
    const text = JSON.stringify(data);
    expect(parseAsShown(text, { installed: INSTALLED, byteLength: text.length, migrations: { ...MIGRATIONS, ...V0_TO_V1 } })).toMatchObject({
      ok: false,
      message: 'Dialogmøde 1 (»xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…«): titlen er for lang (højst 200 tegn).',
    });
  });

  it('a step that throws becomes a clear message, not an exception', () => {
    const broken: MigrationRegistry = {
      0: () => {
        throw new TypeError('bug in step');
      },
    };
    const text = versionZeroText();
    expect(parseAsShown(text, { installed: INSTALLED, byteLength: text.length, migrations: broken })).toEqual({
      ok: false,
      message: 'Filen er lavet med en ældre version af Kom i hus og kunne ikke gøres klar til denne version.',
      details: ['Filen har versionsnummer 0.'],
    });
  });

  it('a step that builds something hostile is caught by the same structure checks', () => {
    const hostile: MigrationRegistry = { 0: (d) => ({ ...(d as object), workshops: [JSON.parse('{"__proto__":{"x":1}}')] }) };
    const text = versionZeroText();
    const result = parseAsShown(text, { installed: INSTALLED, byteLength: text.length, migrations: { ...MIGRATIONS, ...hostile } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/ugyldigt feltnavn/);
  });
});
