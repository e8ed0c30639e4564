import { describe, expect, it } from 'vitest';
import { addProposal, markProposal, pauseOtherBlocks, proposalsForPlan, removeProposal, runningBlocks, setNote, setTimer, updateProposal } from '../../src/domain/dialogue';
import { extendCountdown, newCountdown, pauseCountdown, startCountdown, type Countdown } from '../../src/domain/timebox';
import { LIMITS, type BlockDialogue, type Proposal, type Workshop } from '../../src/domain/workshop';
import { expectValid, frozen, twoPersonWorkshop } from './builders';

const CLOCK = 1_767_609_000_000;

function workshop(dialogue: Workshop['dialogue'] = {}): Workshop {
  return { ...twoPersonWorkshop({ participants: [] }), step: 'dialogue', dialogue };
}

function proposal(id: string, text: string, toPlan = false): Proposal {
  return { id, text, toPlan };
}

/** A workshop with two blocks under way: Trivsel with notes, proposals and a timer, Samtaler with a proposal. */
function started(): Workshop {
  return workshop({
    trivsel: {
      notes: { 'hvad-virker': 'Morgenmøderne', 'hvad-mangler': 'Opfølgning' },
      proposals: [proposal('p-1', 'Fælles pauser', true), proposal('p-2', 'Trivselsmåling')],
      timer: { durationMs: 15 * 60_000, startedAt: CLOCK, elapsedBeforeMs: 60_000 },
    },
    samtaler: { notes: {}, proposals: [proposal('p-3', 'Samtale inden 14 dage', true)] },
  });
}


function blockOf(w: Workshop, block: keyof Workshop['dialogue']): BlockDialogue {
  const d = w.dialogue[block];
  if (!d) throw new Error(`no dialogue for ${block}`);
  return d;
}

describe('setNote', () => {
  it('starts a block’s dialogue with the first note', () => {
    const { input, before } = frozen(workshop());
    const next = setNote(input, 'statistik', 'hvad-virker', 'Vi kender tallene');
    expect(next.dialogue).toEqual({ statistik: { notes: { 'hvad-virker': 'Vi kender tallene' }, proposals: [] } });
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('replaces one prompt’s note and keeps the other notes, proposals and timer', () => {
    const { input, before } = frozen(started());
    const next = setNote(input, 'trivsel', 'hvad-virker', 'Morgenmøderne og fredagskaffe');
    expect(blockOf(next, 'trivsel')).toEqual({
      ...blockOf(before, 'trivsel'),
      notes: { 'hvad-virker': 'Morgenmøderne og fredagskaffe', 'hvad-mangler': 'Opfølgning' },
    });
    expect(next.dialogue.samtaler).toBe(input.dialogue.samtaler);
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('keeps an emptied note as an empty string, and a note at the length limit', () => {
    expect(blockOf(setNote(started(), 'trivsel', 'hvad-mangler', ''), 'trivsel').notes['hvad-mangler']).toBe('');
    const long = 'ø'.repeat(LIMITS.note);
    const next = setNote(started(), 'trivsel', 'hvad-mangler', long);
    expect(blockOf(next, 'trivsel').notes['hvad-mangler']).toBe(long);
    expectValid(next);
  });

  it('does not move the workshop’s step', () => {
    expect(setNote(workshop(), 'trivsel', 'x', 'y').step).toBe('dialogue');
  });
});

describe('addProposal', () => {
  it('adds the proposal at the end of the block’s list', () => {
    const { input, before } = frozen(started());
    const next = addProposal(input, 'trivsel', proposal('p-9', 'Ny idé'));
    expect(blockOf(next, 'trivsel').proposals.map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-9']);
    expect(blockOf(next, 'trivsel').proposals[2]).toEqual({ id: 'p-9', text: 'Ny idé', toPlan: false });
    expect(blockOf(next, 'trivsel').notes).toEqual(blockOf(before, 'trivsel').notes);
    expect(next.dialogue.samtaler).toBe(input.dialogue.samtaler);
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('starts a block without dialogue', () => {
    const next = addProposal(workshop(), 'faelles-ejerskab', proposal('p-1', '', false));
    expect(next.dialogue).toEqual({ 'faelles-ejerskab': { notes: {}, proposals: [{ id: 'p-1', text: '', toPlan: false }] } });
  });
});

describe('a full list of proposals', () => {
  it('takes no more than LIMITS.proposals proposals in a block, so the workshop stays valid', () => {
    const many = Array.from({ length: LIMITS.proposals }, (_, i) => proposal(`p-${i}`, `Forslag ${i}`));
    const input = workshop({ trivsel: { notes: {}, proposals: many } });
    expect(addProposal(input, 'trivsel', proposal('p-new', 'En til'))).toBe(input);
    const other = addProposal(input, 'samtaler', proposal('p-new', 'I en anden byggesten'));
    expect(blockOf(other, 'samtaler').proposals).toHaveLength(1);
    expectValid(other);
  });
});

describe('markProposal', () => {
  it('sets or clears the mark in whichever block holds the proposal', () => {
    const { input, before } = frozen(started());
    const cleared = markProposal(input, 'p-3', false);
    expect(blockOf(cleared, 'samtaler').proposals[0]?.toPlan).toBe(false);
    expect(cleared.dialogue.trivsel).toBe(input.dialogue.trivsel);
    expect(blockOf(markProposal(input, 'p-2', true), 'trivsel').proposals.map((p) => p.toPlan)).toEqual([true, true]);
    expect(input).toEqual(before);
  });

  it('returns the same workshop when the mark is already so or the proposal is gone', () => {
    const input = started();
    expect(markProposal(input, 'p-1', true)).toBe(input);
    expect(markProposal(input, 'p-2', false)).toBe(input);
    expect(markProposal(input, 'p-gone', true)).toBe(input);
  });
});

describe('updateProposal', () => {
  it('changes the text of one proposal, keeping its place and mark', () => {
    const { input, before } = frozen(started());
    const next = updateProposal(input, 'trivsel', 'p-1', { text: 'Fælles pauser kl. 10' });
    expect(blockOf(next, 'trivsel').proposals).toEqual([proposal('p-1', 'Fælles pauser kl. 10', true), proposal('p-2', 'Trivselsmåling')]);
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('marks and unmarks a proposal for the plan', () => {
    const marked = updateProposal(started(), 'trivsel', 'p-2', { toPlan: true });
    expect(blockOf(marked, 'trivsel').proposals[1]).toEqual(proposal('p-2', 'Trivselsmåling', true));
    const unmarked = updateProposal(marked, 'trivsel', 'p-2', { toPlan: false });
    expect(blockOf(unmarked, 'trivsel').proposals[1]).toEqual(proposal('p-2', 'Trivselsmåling', false));
  });

  it('only looks in the given block', () => {
    const w = started();
    const next = updateProposal(w, 'trivsel', 'p-3', { text: 'Forkert blok' });
    expect(next.dialogue).toEqual(w.dialogue);
  });
});

describe('removeProposal', () => {
  it('removes only the named proposal', () => {
    const { input, before } = frozen(started());
    const next = removeProposal(input, 'trivsel', 'p-1');
    expect(blockOf(next, 'trivsel')).toEqual({ ...blockOf(before, 'trivsel'), proposals: [proposal('p-2', 'Trivselsmåling')] });
    expect(next.dialogue.samtaler).toBe(input.dialogue.samtaler);
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('leaves the proposals as they were for an unknown id or another block’s id', () => {
    const w = started();
    expect(removeProposal(w, 'trivsel', 'p-9').dialogue).toEqual(w.dialogue);
    expect(removeProposal(w, 'samtaler', 'p-1').dialogue).toEqual(w.dialogue);
  });
});

describe('proposalsForPlan', () => {
  const w = workshop({
    'tydelig-ledelse': { notes: {}, proposals: [proposal('p-6', 'Ledelsen følger op', true)] },
    trivsel: {
      notes: {},
      proposals: [proposal('p-1', 'Fælles pauser', true), proposal('p-2', 'Ikke markeret'), proposal('p-3', ' \n ', true), proposal('p-4', 'Trivselsmåling', true)],
    },
    statistik: { notes: {}, proposals: [proposal('p-5', 'Månedlig statistik', true)] },
  });

  it('lists the marked proposals with text, block by block in the given order', () => {
    const list = proposalsForPlan(w, ['trivsel', 'statistik', 'samtaler', 'tydelig-ledelse']);
    expect(list.map(({ block, proposal: p }) => `${block}/${p.id}`)).toEqual(['trivsel/p-1', 'trivsel/p-4', 'statistik/p-5', 'tydelig-ledelse/p-6']);
    expect(list[0]).toEqual({ block: 'trivsel', proposal: proposal('p-1', 'Fælles pauser', true) });
  });

  it('follows the order of the blocks it is given, not the stored order', () => {
    const list = proposalsForPlan(w, ['tydelig-ledelse', 'statistik', 'trivsel']);
    expect(list.map(({ proposal: p }) => p.id)).toEqual(['p-6', 'p-5', 'p-1', 'p-4']);
  });

  it('leaves out blocks that are not asked for, and gives nothing without dialogue', () => {
    expect(proposalsForPlan(w, ['statistik']).map(({ proposal: p }) => p.id)).toEqual(['p-5']);
    expect(proposalsForPlan(w, [])).toEqual([]);
    expect(proposalsForPlan(workshop(), ['trivsel', 'samtaler'])).toEqual([]);
  });
});

describe('setTimer', () => {
  const running: Countdown = { durationMs: 20 * 60_000, startedAt: CLOCK, elapsedBeforeMs: 0 };

  it('stores a countdown on a block without dialogue', () => {
    const { input, before } = frozen(workshop());
    const next = setTimer(input, 'statistik', running);
    expect(next.dialogue).toEqual({ statistik: { notes: {}, proposals: [], timer: running } });
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('replaces the countdown and keeps the notes and proposals', () => {
    const { input, before } = frozen(started());
    const paused = pauseCountdown(blockOf(input, 'trivsel').timer ?? running, CLOCK + 5 * 60_000);
    const next = setTimer(input, 'trivsel', paused);
    expect(blockOf(next, 'trivsel')).toEqual({
      ...blockOf(before, 'trivsel'),
      timer: { durationMs: 15 * 60_000, startedAt: null, elapsedBeforeMs: 6 * 60_000 },
    });
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('removes the countdown with undefined, leaving no timer key behind', () => {
    const { input, before } = frozen(started());
    const next = setTimer(input, 'trivsel', undefined);
    const trivsel = blockOf(next, 'trivsel');
    expect('timer' in trivsel).toBe(false);
    expect(trivsel).toEqual({ notes: blockOf(before, 'trivsel').notes, proposals: blockOf(before, 'trivsel').proposals });
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('returns the same workshop when the countdown is the one already stored', () => {
    const w = started();
    expect(setTimer(w, 'trivsel', blockOf(w, 'trivsel').timer)).toBe(w);
    // Starting a running countdown gives it back unchanged, so nothing is written.
    expect(setTimer(w, 'trivsel', startCountdown(blockOf(w, 'trivsel').timer ?? running, CLOCK + 1))).toBe(w);
  });

  it('returns the same workshop for undefined when there is no countdown', () => {
    const w = started();
    expect(setTimer(w, 'samtaler', undefined)).toBe(w);
    expect(setTimer(w, 'statistik', undefined)).toBe(w);
    const empty = workshop();
    expect(setTimer(empty, 'trivsel', undefined)).toBe(empty);
  });

  it('leaves the other blocks untouched', () => {
    const w = started();
    const next = setTimer(w, 'samtaler', extendCountdown(newCountdown(10 * 60_000), 5 * 60_000));
    expect(next.dialogue.trivsel).toBe(w.dialogue.trivsel);
    expect(blockOf(next, 'samtaler')).toEqual({ ...blockOf(w, 'samtaler'), timer: { durationMs: 15 * 60_000, startedAt: null, elapsedBeforeMs: 0 } });
    expect(Object.keys(next.dialogue).sort()).toEqual(['samtaler', 'trivsel']);
    expect(next.step).toBe('dialogue');
  });
});

describe('pauseOtherBlocks', () => {
  const running = (at: number): Countdown => startCountdown(newCountdown(20 * 60_000), at);

  it('pauses the block the group leaves, at the moment of the switch, and keeps its notes and proposals', () => {
    const { input, before } = frozen(started());
    expect(runningBlocks(input, ['trivsel', 'samtaler'])).toEqual(['trivsel']);
    const next = pauseOtherBlocks(input, ['trivsel', 'samtaler'], 'samtaler', CLOCK + 4 * 60_000);
    expect(blockOf(next, 'trivsel')).toEqual({
      ...blockOf(before, 'trivsel'),
      timer: { durationMs: 15 * 60_000, startedAt: null, elapsedBeforeMs: 5 * 60_000 },
    });
    expect(blockOf(next, 'samtaler')).toEqual(blockOf(before, 'samtaler'));
    expect(runningBlocks(next, ['trivsel', 'samtaler'])).toEqual([]);
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('leaves the opened block running and pauses every other running one', () => {
    const w = workshop({
      trivsel: { notes: {}, proposals: [], timer: running(CLOCK) },
      samtaler: { notes: {}, proposals: [], timer: running(CLOCK) },
      statistik: { notes: {}, proposals: [], timer: running(CLOCK) },
    });
    const next = pauseOtherBlocks(w, ['trivsel', 'samtaler', 'statistik'], 'statistik', CLOCK + 60_000);
    expect(runningBlocks(next, ['trivsel', 'samtaler', 'statistik'])).toEqual(['statistik']);
    expect(blockOf(next, 'samtaler').timer?.elapsedBeforeMs).toBe(60_000);
  });

  it('touches only the blocks it is given', () => {
    const w = workshop({ trivsel: { notes: {}, proposals: [], timer: running(CLOCK) } });
    expect(pauseOtherBlocks(w, ['samtaler', 'statistik'], 'statistik', CLOCK + 1)).toBe(w);
  });

  it('returns the same workshop when nothing else runs, so nothing is written', () => {
    const w = workshop({
      trivsel: { notes: {}, proposals: [], timer: pauseCountdown(running(CLOCK), CLOCK + 1) },
      samtaler: { notes: {}, proposals: [], timer: running(CLOCK) },
    });
    expect(pauseOtherBlocks(w, ['trivsel', 'samtaler'], 'samtaler', CLOCK + 5)).toBe(w);
    const empty = workshop();
    expect(pauseOtherBlocks(empty, ['trivsel', 'samtaler'], 'trivsel', CLOCK)).toBe(empty);
  });
});
