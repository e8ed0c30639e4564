/**
 * checkWorkshopChange: the write path's check of a changed workshop. It must
 * reach the same verdict as checkWorkshop on every change, while parsing only
 * the fields that changed (issue #14: typing in a note of a large workshop).
 */
import { describe, expect, it } from 'vitest';
import { setNote } from '../../src/domain/dialogue';
import { LIMITS, type Workshop } from '../../src/domain/workshop';
import { checkWorkshop, checkWorkshopChange } from '../../src/domain/workshop-schema';
import { twoPersonWorkshop } from './builders';

function valid(): Workshop {
  const check = checkWorkshop({ ...twoPersonWorkshop(), answers: { p1: { 'mg1-q1': 4 }, p2: { 'mg1-q1': 'skip' } } });
  if (!check.ok) throw new Error(check.problems.join('; '));
  return check.workshop;
}

/** Both checks, which must agree. */
function both(before: Workshop, after: unknown) {
  const fast = checkWorkshopChange(before, after);
  const whole = checkWorkshop(after);
  expect(fast.ok).toBe(whole.ok);
  if (!fast.ok && !whole.ok) expect(fast.problems).toEqual(whole.problems);
  if (fast.ok && whole.ok) expect(fast.workshop).toEqual(whole.workshop);
  return fast;
}

describe('checkWorkshopChange', () => {
  it('passes a changed note and keeps every unchanged field as it was, unparsed', () => {
    const before = valid();
    const after = setNote(before, 'tydelig-ledelse', 'p-1', 'Vi taler om fraværssamtalerne.');
    const check = both(before, after);
    if (!check.ok) throw new Error('expected ok');
    expect(check.workshop.dialogue['tydelig-ledelse']?.notes['p-1']).toBe('Vi taler om fraværssamtalerne.');
    // zod makes new objects for what it parses: the same object means it was not parsed again.
    expect(check.workshop.answers).toBe(before.answers);
    expect(check.workshop.participants).toBe(before.participants);
  });

  it('refuses a note over the limit with the whole check’s words', () => {
    const before = valid();
    const check = both(before, setNote(before, 'tydelig-ledelse', 'p-1', 'x'.repeat(LIMITS.note + 1)));
    expect(check.ok).toBe(false);
  });

  it('trims a changed title as the whole check does', () => {
    const before = valid();
    const check = both(before, { ...before, title: '  Børnehuset Mælkebøtten  ' });
    expect(check.ok && check.workshop.title).toBe('Børnehuset Mælkebøtten');
  });

  it('refuses a change that contradicts another field (answers of someone who is not a participant)', () => {
    const before = valid();
    const check = both(before, { ...before, answers: { ...before.answers, ghost: { 'mg1-q1': 3 } } });
    expect(check.ok).toBe(false);
  });

  it('refuses a contradiction made by removing a participant whose answers stay', () => {
    const before = valid();
    expect(both(before, { ...before, participants: before.participants.slice(0, 1) }).ok).toBe(false);
  });

  it('refuses an unknown field, a missing field and a __proto__ key', () => {
    const before = valid();
    expect(both(before, { ...before, extra: 1 }).ok).toBe(false);
    const { plan: _plan, ...withoutPlan } = before;
    expect(both(before, withoutPlan).ok).toBe(false);
    const hostile = JSON.parse(`{"p-1": "a", "__proto__": {"x": 1}}`) as Record<string, string>;
    expect(both(before, { ...before, dialogue: { 'tydelig-ledelse': { notes: hostile, proposals: [] } } }).ok).toBe(false);
  });

  it('refuses what is not a workshop at all', () => {
    const before = valid();
    for (const value of [null, [], 'workshop', 3]) expect(both(before, value).ok).toBe(false);
  });
});
