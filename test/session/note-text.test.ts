import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { setNote } from '../../src/domain/dialogue';
import { apartFromNoteText, sameApartFromNoteText } from '../../src/session/note-text';
import type { Workshop } from '../../src/domain/workshop';
import { newWorkshop } from '../../src/domain/workshop';

const base = (): Workshop => {
  const w = newWorkshop({ id: 'w1', title: 'Møde', date: '2027-01-15', questionnaire: { id: 'maalgruppe-1', version: 1 }, mode: 'group' }, new Date('2027-01-01T10:00:00Z'));
  return { ...w, dialogue: { 'samtaler': { notes: { p1: 'Vi talte om' }, proposals: [{ id: 'x1', text: 'Fast tid', toPlan: true }] } } } as Workshop;
};

describe('sameApartFromNoteText', () => {
  it('ignores the text of a note and the stamp, also in a copy with no object in common (a write returns a parsed clone)', () => {
    const a = base();
    const typed = { ...setNote(a, 'samtaler', 'p1', 'Vi talte om fravær'), updatedAt: '2027-01-01T10:00:01.000Z' };
    expect(sameApartFromNoteText(a, typed)).toBe(true);
    expect(sameApartFromNoteText(a, structuredClone(typed))).toBe(true);
  });

  it('counts every other change: a proposal, a timer, a new note, another block, the title, an answer', () => {
    const a = base();
    const block = a.dialogue['samtaler']!;
    const changes: Workshop[] = [
      { ...a, dialogue: { ...a.dialogue, samtaler: { ...block, proposals: [{ ...block.proposals[0]!, toPlan: false }] } } },
      { ...a, dialogue: { ...a.dialogue, samtaler: { ...block, timer: { durationMs: 60_000, startedAt: null, elapsedBeforeMs: 0 } } } },
      setNote(a, 'samtaler', 'p2', ''),
      { ...a, dialogue: { ...a.dialogue, 'tydelig-ledelse': { notes: {}, proposals: [] } } },
      { ...a, title: 'Møde 2' },
      { ...a, answers: { p1: { q1: 3 } } },
    ];
    for (const changed of changes) expect(sameApartFromNoteText(a, changed)).toBe(false);
  });
});

describe('apartFromNoteText', () => {
  it('keeps its value while only note text changes, and moves with anything else', () => {
    const workshop = signal(base());
    const structure = apartFromNoteText(workshop);
    const first = structure.value;
    let runs = 0;
    const stop = structure.subscribe(() => runs++);
    workshop.value = setNote(workshop.value, 'samtaler', 'p1', 'Vi talte om fravær');
    workshop.value = structuredClone({ ...setNote(workshop.value, 'samtaler', 'p1', 'Vi talte om fravær og trivsel'), updatedAt: '2027-01-01T10:00:02.000Z' });
    expect(structure.value).toBe(first);
    expect(runs).toBe(1);
    workshop.value = { ...workshop.value, title: 'Nyt navn' };
    expect(structure.value.title).toBe('Nyt navn');
    expect(runs).toBe(2);
    stop();
  });
});
