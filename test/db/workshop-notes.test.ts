/** The storage layout of a workshop's notes (src/db/workshop-notes.ts), without a database. */
import { describe, expect, it } from 'vitest';
import { hasNotesInside, joinWorkshop, noteChanges, splitWorkshop } from '../../src/db/workshop-notes';
import { setNote } from '../../src/domain/dialogue';
import { twoPersonWorkshop } from '../domain/builders';

const base = twoPersonWorkshop();
const withNotes = setNote(setNote(setNote(base, 'samtaler', 'works', 'Godt – æøå'), 'samtaler', 'improve', ''), 'statistik', 'works', 'Tal');

describe('splitting and joining a workshop', () => {
  it('round-trips the notes, empty ones included, and leaves no text in the record', () => {
    const { core, notes } = splitWorkshop(withNotes);
    expect(notes).toHaveLength(3);
    expect(hasNotesInside(core)).toBe(false);
    expect(hasNotesInside(withNotes)).toBe(true);
    expect(JSON.stringify(core)).not.toContain('Godt');
    expect(joinWorkshop(core, notes)).toEqual(withNotes);
    expect(joinWorkshop(core, [])).toBe(core);
  });

  it('leaves out a note whose block or workshop the record does not have, and lets a note record win over text inside', () => {
    const { core, notes } = splitWorkshop(withNotes);
    const stray = [
      ...notes,
      { workshopId: base.id, block: 'trivsel', prompt: 'works', text: 'uden blok' },
      { workshopId: 'another', block: 'samtaler', prompt: 'works', text: 'andet møde' },
    ];
    expect(joinWorkshop(core, stray)).toEqual(withNotes);
    expect(joinWorkshop(withNotes, [{ workshopId: base.id, block: 'samtaler', prompt: 'works', text: 'nyere' }]).dialogue.samtaler?.notes).toEqual({ works: 'nyere', improve: '' });
  });
});

describe('what a write changes', () => {
  it('puts only the note typed in, and nothing for blocks whose notes are the same object', () => {
    const typed = setNote(withNotes, 'samtaler', 'works', 'Godt – æøå!');
    expect(noteChanges(withNotes, typed)).toEqual({ put: [{ workshopId: base.id, block: 'samtaler', prompt: 'works', text: 'Godt – æøå!' }], remove: [] });
    expect(noteChanges(withNotes, { ...withNotes, title: 'Andet' })).toEqual({ put: [], remove: [] });
  });

  it('removes the notes of a prompt or block that is gone, and puts every note of a first write', () => {
    const { statistik: _gone, ...rest } = withNotes.dialogue;
    expect(noteChanges(withNotes, { ...withNotes, dialogue: rest })).toEqual({ put: [], remove: [[base.id, 'statistik', 'works']] });
    expect(noteChanges(null, withNotes).put).toHaveLength(3);
  });
});
