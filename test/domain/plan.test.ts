import { describe, expect, it, vi } from 'vitest';
import type { BlockId } from '../../src/domain/blocks';
import {
  addItem,
  planIsFull,
  itemsOfBlock,
  moveItem,
  newItem,
  planDateProblem,
  prefillFromProposals,
  removeItem,
  restoreItem,
  setPlanFields,
  updateItem,
} from '../../src/domain/plan';
import { LIMITS, type ActionItem, type BlockDialogue, type Proposal, type Workshop } from '../../src/domain/workshop';
import { expectValid, frozen, twoPersonWorkshop } from './builders';


/** A valid workshop that has reached step 3, with the given items in its plan. */
function workshop(items: ActionItem[] = [], fields: Partial<Workshop> = {}): Workshop {
  const w = twoPersonWorkshop({ participants: [] });
  return { ...w, step: 'dialogue', plan: { ...w.plan, items }, ...fields };
}

/** An item with every field filled in, so a lost field shows in a comparison. */
function fullItem(id: string, block: BlockId, fields: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    block,
    kind: 'discussion',
    what: `Hvad ${id}`,
    who: `Hvem ${id}`,
    when: 'inden sommerferien',
    whenDate: '2026-06-30',
    forum: 'LokalMED',
    fromProposal: `prop-${id}`,
    ...fields,
  };
}

function proposal(id: string, text: string, toPlan = true): Proposal {
  return { id, text, toPlan };
}

function dialogue(proposals: Proposal[]): BlockDialogue {
  return { notes: {}, proposals };
}


function idsOf(w: Workshop): string[] {
  return w.plan.items.map((item) => item.id);
}

/** Ids i-1, i-2, ... in call order. */
function counter(prefix = 'i'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

describe('newItem', () => {
  it('makes a blank concrete action for the block', () => {
    const item = newItem('i-1', 'trivsel');
    expect(item).toEqual({ id: 'i-1', block: 'trivsel', kind: 'action', what: '', who: '', when: '', whenDate: null, forum: '' });
    expect('fromProposal' in item).toBe(false);
  });

  it('starts with the given text as "what"', () => {
    expect(newItem('i-2', 'samtaler', 'Faste trivselssamtaler hver måned').what).toBe('Faste trivselssamtaler hver måned');
  });

  it('cuts a text that is longer than an item may be', () => {
    const item = newItem('i-3', 'statistik', 'æ'.repeat(LIMITS.itemText + 50));
    expect(item.what).toBe('æ'.repeat(LIMITS.itemText));
    expectValid(addItem(workshop(), item));
  });
});

describe('addItem', () => {
  it('adds the item at the end of the list, after items of other blocks', () => {
    const w = workshop([fullItem('a-1', 'trivsel'), fullItem('b-1', 'samtaler')]);
    const next = addItem(w, newItem('a-2', 'trivsel', 'Ny'));
    expect(idsOf(next)).toEqual(['a-1', 'b-1', 'a-2']);
    expect(next.plan.items[2]).toEqual(newItem('a-2', 'trivsel', 'Ny'));
    expectValid(next);
  });

  it('moves the workshop on to step 4, and never back', () => {
    expect(addItem(workshop([], { step: 'results' }), newItem('i-1', 'trivsel')).step).toBe('plan');
    expect(addItem(workshop([], { step: 'plan' }), newItem('i-1', 'trivsel')).step).toBe('plan');
  });

  it('keeps the plan-wide fields and does not change its input', () => {
    const plan = { items: [fullItem('a-1', 'trivsel')], effect: 'Færre sygedage', evidence: 'Statistik', followUpDate: '2026-09-01' };
    const { input, before } = frozen(workshop([], { plan }));
    const next = addItem(input, newItem('i-1', 'trivsel'));
    expect(next.plan).toMatchObject({ effect: 'Færre sygedage', evidence: 'Statistik', followUpDate: '2026-09-01' });
    expect(input).toEqual(before);
    expect(next).not.toBe(input);
  });
});

describe('updateItem', () => {
  it('changes only the named item and only the given fields', () => {
    const w = workshop([fullItem('a-1', 'trivsel'), fullItem('a-2', 'trivsel')]);
    const { input, before } = frozen(w);
    const next = updateItem(input, 'a-2', { who: 'Leder og TR', whenDate: null });
    expect(next.plan.items[0]).toEqual(fullItem('a-1', 'trivsel'));
    expect(next.plan.items[1]).toEqual(fullItem('a-2', 'trivsel', { who: 'Leder og TR', whenDate: null }));
    expect(input).toEqual(before);
    expectValid(next);
  });
});

describe('removeItem and restoreItem', () => {
  const items = () => [
    fullItem('a-1', 'trivsel'),
    fullItem('b-1', 'samtaler', { kind: 'action', forum: '' }),
    fullItem('a-2', 'trivsel', { fromProposal: undefined }),
    fullItem('c-1', 'tydelig-ledelse', { whenDate: null, when: '' }),
  ];

  it('removes the item and says what it was and where it stood', () => {
    const { input, before } = frozen(workshop(items()));
    const result = removeItem(input, 'a-2');
    expect(idsOf(result.workshop)).toEqual(['a-1', 'b-1', 'c-1']);
    expect(result.removed).toEqual({ item: items()[2], index: 2 });
    expect(result.workshop.step).toBe('plan');
    expect(input).toEqual(before);
    expectValid(result.workshop);
  });

  it('returns the same workshop and nothing removed for an unknown id', () => {
    const w = workshop(items());
    const result = removeItem(w, 'x-9');
    expect(result.workshop).toBe(w);
    expect(result.removed).toBeUndefined();
  });

  it.each([0, 1, 2, 3])('undo puts the item at index %i back where it was, with all its fields', (index) => {
    const original = workshop(items(), { step: 'plan' });
    const id = original.plan.items[index]?.id ?? '';
    const { workshop: without, removed } = removeItem(original, id);
    if (!removed) throw new Error('nothing was removed');
    const { input, before } = frozen(without);
    const restored = restoreItem(input, removed.item, removed.index);
    expect(restored.plan.items).toEqual(original.plan.items);
    expect(restored).toEqual(original);
    expect(input).toEqual(before);
  });

  it('does not restore an item that is already in the plan', () => {
    const w = workshop(items());
    expect(restoreItem(w, fullItem('a-1', 'trivsel', { what: 'Anden tekst' }), 0)).toBe(w);
  });

  it('puts the item at the start or the end when the list has changed since', () => {
    const w = workshop([fullItem('a-1', 'trivsel'), fullItem('a-2', 'trivsel')]);
    expect(idsOf(restoreItem(w, fullItem('x-1', 'statistik'), 7))).toEqual(['a-1', 'a-2', 'x-1']);
    expect(idsOf(restoreItem(w, fullItem('x-1', 'statistik'), -1))).toEqual(['x-1', 'a-1', 'a-2']);
  });

  it('undoes in reverse order after two removals', () => {
    const original = workshop(items());
    const first = removeItem(original, 'b-1');
    const second = removeItem(first.workshop, 'c-1');
    if (!first.removed || !second.removed) throw new Error('nothing was removed');
    const back = restoreItem(restoreItem(second.workshop, second.removed.item, second.removed.index), first.removed.item, first.removed.index);
    expect(back.plan.items).toEqual(original.plan.items);
  });
});

describe('moveItem', () => {
  // Two blocks interleaved: moving skips the other block's items.
  const items = () => [
    fullItem('a-1', 'trivsel'),
    fullItem('b-1', 'samtaler'),
    fullItem('a-2', 'trivsel'),
    fullItem('b-2', 'samtaler'),
    fullItem('a-3', 'trivsel'),
  ];

  it('moves an item up past the previous item of its own block', () => {
    const { input, before } = frozen(workshop(items()));
    const next = moveItem(input, 'a-2', -1);
    expect(idsOf(next)).toEqual(['a-2', 'b-1', 'a-1', 'b-2', 'a-3']);
    expect(next.step).toBe('plan');
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('moves an item down past the next item of its own block', () => {
    expect(idsOf(moveItem(workshop(items()), 'b-1', 1))).toEqual(['a-1', 'b-2', 'a-2', 'b-1', 'a-3']);
    expect(idsOf(moveItem(workshop(items()), 'a-2', 1))).toEqual(['a-1', 'b-1', 'a-3', 'b-2', 'a-2']);
  });

  it('keeps every field of both moved items', () => {
    const next = moveItem(workshop(items()), 'a-3', -1);
    expect(next.plan.items[2]).toEqual(fullItem('a-3', 'trivsel'));
    expect(next.plan.items[4]).toEqual(fullItem('a-2', 'trivsel'));
  });

  it('changes nothing at the ends of the block, returning the same workshop', () => {
    const w = workshop(items());
    expect(moveItem(w, 'a-1', -1)).toBe(w);
    expect(moveItem(w, 'a-3', 1)).toBe(w);
    expect(moveItem(w, 'b-1', -1)).toBe(w);
    expect(moveItem(w, 'b-2', 1)).toBe(w);
  });

  it('changes nothing for the only item of a block or an unknown id', () => {
    const w = workshop([...items(), fullItem('c-1', 'statistik')]);
    expect(moveItem(w, 'c-1', -1)).toBe(w);
    expect(moveItem(w, 'c-1', 1)).toBe(w);
    expect(moveItem(w, 'x-9', 1)).toBe(w);
  });

  it('down then up gives the original order', () => {
    const w = workshop(items());
    expect(moveItem(moveItem(w, 'a-1', 1), 'a-1', -1).plan.items).toEqual(w.plan.items);
  });
});

describe('itemsOfBlock', () => {
  it('gives the block’s items in their order, and none for a block without items', () => {
    const plan = workshop([fullItem('a-1', 'trivsel'), fullItem('b-1', 'samtaler'), fullItem('a-2', 'trivsel')]).plan;
    expect(itemsOfBlock(plan, 'trivsel').map((i) => i.id)).toEqual(['a-1', 'a-2']);
    expect(itemsOfBlock(plan, 'samtaler')).toEqual([fullItem('b-1', 'samtaler')]);
    expect(itemsOfBlock(plan, 'statistik')).toEqual([]);
  });
});

describe('prefillFromProposals', () => {
  const BLOCKS: readonly BlockId[] = ['trivsel', 'samtaler', 'tydelig-ledelse'];

  function withProposals(items: ActionItem[] = [], fields: Partial<Workshop> = {}): Workshop {
    return workshop(items, {
      dialogue: {
        // Stored out of block order, to show the order comes from `blocks`.
        'tydelig-ledelse': dialogue([proposal('p-5', 'Ledelsen melder tilbage')]),
        trivsel: dialogue([
          proposal('p-1', '  Fælles pauser  '),
          proposal('p-2', 'Kun idé, ikke til planen', false),
          proposal('p-3', '   '),
          proposal('p-4', 'Trivselsmåling to gange om året'),
        ]),
      },
      ...fields,
    });
  }

  it('adds one action per proposal marked for the plan, in block order, text trimmed', () => {
    const { input, before } = frozen(withProposals());
    const next = prefillFromProposals(input, BLOCKS, counter());
    expect(next.plan.items).toEqual([
      { ...newItem('i-1', 'trivsel', 'Fælles pauser'), fromProposal: 'p-1' },
      { ...newItem('i-2', 'trivsel', 'Trivselsmåling to gange om året'), fromProposal: 'p-4' },
      { ...newItem('i-3', 'tydelig-ledelse', 'Ledelsen melder tilbage'), fromProposal: 'p-5' },
    ]);
    expect(next.step).toBe('plan');
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('adds them after the items already in the plan', () => {
    const next = prefillFromProposals(withProposals([fullItem('x-1', 'statistik', { fromProposal: undefined })]), BLOCKS, counter());
    expect(idsOf(next)).toEqual(['x-1', 'i-1', 'i-2', 'i-3']);
  });

  it('only looks at the blocks it is given', () => {
    const next = prefillFromProposals(withProposals(), ['tydelig-ledelse'], counter());
    expect(next.plan.items.map((i) => i.fromProposal)).toEqual(['p-5']);
  });

  it('never adds a proposal twice, and returns the same workshop the second time', () => {
    const newId = vi.fn(counter());
    const once = prefillFromProposals(withProposals(), BLOCKS, newId);
    expect(newId).toHaveBeenCalledTimes(3);
    const twice = prefillFromProposals(once, BLOCKS, newId);
    expect(twice).toBe(once);
    expect(newId).toHaveBeenCalledTimes(3);
  });

  it('counts a proposal as used even after its item was edited or moved to another block', () => {
    const once = prefillFromProposals(withProposals(), BLOCKS, counter());
    const edited = updateItem(updateItem(once, 'i-1', { what: 'Noget helt andet', kind: 'discussion' }), 'i-2', { block: 'statistik' });
    expect(prefillFromProposals(edited, BLOCKS, counter('j'))).toBe(edited);
  });

  it('adds only the proposals that are new since last time', () => {
    const once = prefillFromProposals(withProposals(), BLOCKS, counter());
    const more: Workshop = {
      ...once,
      dialogue: { ...once.dialogue, samtaler: dialogue([proposal('p-6', 'Sygefraværssamtale inden 14 dage')]) },
    };
    const next = prefillFromProposals(more, BLOCKS, counter('j'));
    expect(idsOf(next)).toEqual(['i-1', 'i-2', 'i-3', 'j-1']);
    expect(next.plan.items[3]).toEqual({ ...newItem('j-1', 'samtaler', 'Sygefraværssamtale inden 14 dage'), fromProposal: 'p-6' });
  });

  it('returns the same workshop, without moving the step, when no proposal is marked', () => {
    const none = workshop([], {
      dialogue: { trivsel: dialogue([proposal('p-1', 'Ikke til planen', false), proposal('p-2', ' \n\t ', true)]) },
    });
    const newId = vi.fn(counter());
    expect(prefillFromProposals(none, BLOCKS, newId)).toBe(none);
    expect(newId).not.toHaveBeenCalled();
  });

  it('returns the same workshop for a workshop without any dialogue', () => {
    const w = workshop();
    expect(prefillFromProposals(w, BLOCKS, counter())).toBe(w);
  });

  it('stops at the plan’s item limit, keeping the earliest proposals', () => {
    const existing = Array.from({ length: LIMITS.items - 2 }, (_, i) => newItem(`x-${i}`, 'statistik', `Punkt ${i}`));
    const next = prefillFromProposals(withProposals(existing), BLOCKS, counter());
    expect(next.plan.items).toHaveLength(LIMITS.items);
    expect(next.plan.items.slice(-2).map((i) => i.fromProposal)).toEqual(['p-1', 'p-4']);
    expectValid(next);
  });

  it('returns the same workshop, without moving the step, when the plan is full', () => {
    const existing = Array.from({ length: LIMITS.items }, (_, i) => newItem(`x-${i}`, 'statistik'));
    const input = withProposals(existing);
    const newId = counter();
    expect(prefillFromProposals(input, BLOCKS, newId)).toBe(input);
    expect(newId()).toBe('i-1');
  });

  it('does not bring back an item the user deleted; undo brings it back with its mark', () => {
    const first = prefillFromProposals(withProposals(), BLOCKS, counter());
    const id = first.plan.items.find((i) => i.fromProposal === 'p-4')?.id ?? '';
    const { workshop: after, removed } = removeItem(first, id);
    expect(after.dialogue.trivsel?.proposals.find((p) => p.id === 'p-4')?.toPlan).toBe(false);
    expect(after.dialogue.trivsel?.proposals.find((p) => p.id === 'p-1')?.toPlan).toBe(true);
    expect(prefillFromProposals(after, BLOCKS, counter('again'))).toBe(after);
    expectValid(after);

    if (!removed) throw new Error('nothing removed');
    const undone = restoreItem(after, removed.item, removed.index);
    expect(undone.plan.items).toEqual(first.plan.items);
    expect(undone.dialogue).toEqual(first.dialogue);
  });
});

describe('a full plan', () => {
  const items = Array.from({ length: LIMITS.items }, (_, i) => newItem(`x-${i}`, 'statistik'));

  it('is full at the item limit, not before', () => {
    expect(planIsFull(workshop(items).plan)).toBe(true);
    expect(planIsFull(workshop(items.slice(1)).plan)).toBe(false);
  });

  it('takes no more items, and no item back by undo, so it stays valid', () => {
    const input = workshop(items);
    expect(addItem(input, newItem('y-1', 'trivsel'))).toBe(input);
    expect(restoreItem(input, newItem('y-2', 'trivsel'), 0)).toBe(input);
    const almost = workshop(items.slice(1));
    const added = addItem(almost, newItem('y-1', 'trivsel'));
    expect(added.plan.items).toHaveLength(LIMITS.items);
    expectValid(added);
  });
});

describe('setPlanFields', () => {
  it('sets the expected effect, how it shows and the follow-up date, keeping the items', () => {
    const items = [fullItem('a-1', 'trivsel')];
    const { input, before } = frozen(workshop(items));
    const next = setPlanFields(input, { effect: 'Færre sygedage', evidence: 'Sygefraværsstatistikken', followUpDate: '2026-09-01' });
    expect(next.plan).toEqual({ items, effect: 'Færre sygedage', evidence: 'Sygefraværsstatistikken', followUpDate: '2026-09-01' });
    expect(next.step).toBe('plan');
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('changes only the fields given, and can clear the date', () => {
    const w = setPlanFields(workshop(), { effect: 'Mere trivsel', followUpDate: '2026-09-01' });
    const next = setPlanFields(w, { followUpDate: null });
    expect(next.plan).toEqual({ items: [], effect: 'Mere trivsel', evidence: '', followUpDate: null });
  });
});

describe('planDateProblem: a plan date must be real and fit in the calendar file', () => {
  it('accepts no date and real dates up to 9999-12-30', () => {
    for (const value of ['', '2027-06-01', '2028-02-29', '9999-12-30']) expect(planDateProblem(value), value).toBeUndefined();
  });

  it('refuses 9999-12-31: its calendar event would end in the year 10000', () => {
    expect(planDateProblem('9999-12-31')).toBe('too-late');
  });

  it('refuses what is not a date', () => {
    for (const value of ['2027-02-29', '2027-13-01', '1. juni', '10000-01-01']) expect(planDateProblem(value), value).toBe('invalid');
  });
});
