import { describe, expect, it } from 'vitest';
import { keepAllBoth, keepBoth, planImport } from '../../src/data/import-plan';
import { groupBySeries } from '../../src/domain/series';
import { LIMITS, type Workshop } from '../../src/domain/workshop';
import { checkWorkshop } from '../../src/domain/workshop-schema';
import { fullWorkshop } from './fixtures';

const NOW = new Date('2026-12-01T10:00:00.000Z');

function existing(...workshops: Workshop[]): [Set<string>, Map<string, Workshop>] {
  return [new Set(workshops.map((w) => w.id)), new Map(workshops.map((w) => [w.id, w]))];
}

describe('planImport', () => {
  it('adds workshops that are new to the device', () => {
    const incoming = [fullWorkshop('w-1'), fullWorkshop('w-2')];
    expect(planImport(incoming, ...existing())).toEqual({ fresh: incoming, conflicts: [] });
  });

  it('pairs each workshop that already exists with the stored one', () => {
    const stored = { ...fullWorkshop('w-2', 'Trioen'), title: 'Trioen (på enheden)' };
    const incoming = [fullWorkshop('w-1'), fullWorkshop('w-2', 'Trioen'), fullWorkshop('w-3')];
    const plan = planImport(incoming, ...existing(stored, fullWorkshop('w-9')));
    expect(plan.fresh.map((w) => w.id)).toEqual(['w-1', 'w-3']);
    expect(plan.conflicts).toEqual([{ incoming: incoming[1], existing: stored }]);
  });

  it('keeps the file’s order', () => {
    const incoming = ['w-5', 'w-1', 'w-3'].map((id) => fullWorkshop(id));
    expect(planImport(incoming, ...existing(fullWorkshop('w-1'))).fresh.map((w) => w.id)).toEqual(['w-5', 'w-3']);
  });

  it('refuses to treat a known id as new when the stored workshop was not passed', () => {
    expect(() => planImport([fullWorkshop('w-1')], new Set(['w-1']), new Map())).toThrow(/exists but was not loaded/);
  });
});

describe('keepBoth', () => {
  it('gives a new id, »(kopi)« in the title and a new updatedAt; keeps the rest', () => {
    const original = fullWorkshop('w-1', 'Trioen');
    const copy = keepBoth(original, 'w-new', NOW, ' (kopi)');
    expect(copy).toEqual({ ...original, id: 'w-new', title: 'Trioen (kopi)', updatedAt: NOW.toISOString() });
    expect(original.id).toBe('w-1');
    expect(checkWorkshop(copy).ok).toBe(true);
  });

  it('shortens a long title so the copy stays within the title limit', () => {
    const copy = keepBoth(fullWorkshop('w-1', 'x'.repeat(LIMITS.title)), 'w-new', NOW, ' (kopi)');
    expect(copy.title).toHaveLength(LIMITS.title);
    expect(copy.title.endsWith('x (kopi)')).toBe(true);
    expect(checkWorkshop(copy).ok).toBe(true);
  });

  it('does not leave a space or half an emoji before the suffix', () => {
    const withSpace = keepBoth(fullWorkshop('w-1', `${'a'.repeat(192)} bcdefgh`), 'w-new', NOW, ' (kopi)');
    expect(withSpace.title).toBe(`${'a'.repeat(192)} (kopi)`);
    const withEmoji = keepBoth(fullWorkshop('w-1', `${'a'.repeat(192)}🙂🙂🙂`), 'w-new', NOW, ' (kopi)');
    expect(withEmoji.title).toBe(`${'a'.repeat(192)} (kopi)`);
    expect(checkWorkshop(withEmoji).ok).toBe(true);
  });
});

describe('keepAllBoth', () => {
  it('copies the rounds of a series into a series of their own, beside the original', () => {
    const first = { ...fullWorkshop('w-1'), date: '2025-11-20' };
    const second = { ...fullWorkshop('w-2'), series: 'w-1' };
    const alone = fullWorkshop('w-3');
    let n = 0;
    const copies = keepAllBoth([second, first, alone], () => `new-${(n += 1)}`, NOW, ' (kopi)');
    expect(copies.map((c) => [c.id, c.series])).toEqual([
      ['new-1', 'new-2'],
      ['new-2', 'new-2'],
      ['new-3', 'new-3'],
    ]);
    for (const copy of copies) expect(checkWorkshop(copy).ok).toBe(true);
    const series = groupBySeries([first, second, alone, ...copies]);
    expect(series.map((s) => s.rounds.map((r) => r.id)).sort()).toEqual([['new-2', 'new-1'], ['new-3'], ['w-1', 'w-2'], ['w-3']].sort());
  });

  it('gives copied rounds whose first round is not in the file one new series too', () => {
    let n = 0;
    const copies = keepAllBoth([{ ...fullWorkshop('w-2'), series: 'w-1' }, { ...fullWorkshop('w-4'), series: 'w-1' }], () => `new-${(n += 1)}`, NOW, ' (kopi)');
    expect(copies.map((c) => c.series)).toEqual(['new-3', 'new-3']);
  });
});
