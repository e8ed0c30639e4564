import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '../../src/domain/blocks';
import {
  addVote,
  applyOrder,
  ballotOf,
  ballotsComplete,
  checkBallot,
  chooseAlone,
  SOLO_MAX_CHOSEN,
  clearTally,
  hasTallyEntries,
  resetVoting,
  suggestedBlocks,
  voteProgress,
  votesRemaining,
  expectedVotes,
  hasQuestionVotes,
  longestBallot,
  moveElement,
  moveRanked,
  rankElements,
  rankingOf,
  rankingShown,
  removeVote,
  setTally,
  tallyCheck,
  tallyVotes,
  toggleVote,
  type RankedElement,
} from '../../src/domain/voting';
import type { Voting, Workshop } from '../../src/domain/workshop';
import { expectValid, frozen, twoPersonWorkshop } from './builders';
import { checkWorkshop } from '../../src/domain/workshop-schema';

const BLOCKS: readonly string[] = BLOCK_IDS;

function workshop(voting: Partial<Voting> = {}, votesPerPerson = 2): Workshop {
  const w = twoPersonWorkshop({ votesPerPerson });
  return { ...w, step: 'results', voting: { ...w.voting, ...voting } };
}

function voting(fields: Partial<Voting>): Voting {
  return { ...workshop().voting, ...fields };
}

/** Applies a series of votes, failing the test if any is refused. */
function cast(w: Workshop, participantId: string, ...elementIds: string[]): Workshop {
  let current = w;
  for (const elementId of elementIds) {
    const result = addVote(current, participantId, elementId);
    if (result.problem) throw new Error(`test setup: vote on ${elementId} refused (${result.problem.code})`);
    current = result.workshop;
  }
  return current;
}

function tallyOf(entries: [string, number][]): Map<string, number> {
  return new Map(entries);
}

function summary(ranked: RankedElement[]): [string, number, number, boolean][] {
  return ranked.map((e) => [e.elementId, e.votes, e.rank, e.tied]);
}

describe('checkBallot', () => {
  const options = { votesPerPerson: 2, allowRepeat: false, elements: BLOCKS };

  it('accepts an empty ballot and a full valid one', () => {
    expect(checkBallot([], options)).toEqual([]);
    expect(checkBallot(['trivsel', 'samtaler'], options)).toEqual([]);
  });

  it('reports too many votes once, with the limit', () => {
    expect(checkBallot(['trivsel', 'samtaler', 'statistik'], options)).toEqual([{ code: 'too-many', max: 2 }]);
  });

  it('reports a repeat when repeats are not allowed, and accepts it when they are', () => {
    expect(checkBallot(['trivsel', 'trivsel'], options)).toEqual([{ code: 'repeat', elementId: 'trivsel' }]);
    expect(checkBallot(['trivsel', 'trivsel'], { ...options, allowRepeat: true })).toEqual([]);
  });

  it('reports an unknown element once, however often it appears', () => {
    expect(checkBallot(['kantinen', 'kantinen'], { ...options, allowRepeat: true })).toEqual([{ code: 'unknown', elementId: 'kantinen' }]);
  });

  it('reports every problem of a ballot together', () => {
    expect(checkBallot(['trivsel', 'trivsel', 'kantinen'], options)).toEqual([
      { code: 'too-many', max: 2 },
      { code: 'repeat', elementId: 'trivsel' },
      { code: 'unknown', elementId: 'kantinen' },
    ]);
  });
});

describe('addVote, removeVote and toggleVote', () => {
  it('adds votes up to votesPerPerson and moves the workshop to step 2', () => {
    const w = cast(workshop(), 'p1', 'trivsel', 'samtaler');
    expect(ballotOf(w.voting, 'p1')).toEqual(['trivsel', 'samtaler']);
    expect(w.step).toBe('prioritise');
    expect(checkWorkshop(w).ok).toBe(true);
  });

  it('refuses a vote beyond votesPerPerson and returns the same workshop', () => {
    const full = cast(workshop(), 'p1', 'trivsel', 'samtaler');
    const result = addVote(full, 'p1', 'statistik');
    expect(result.problem).toEqual({ code: 'too-many', max: 2 });
    expect(result.workshop).toBe(full);
    const toggled = toggleVote(full, 'p1', 'statistik');
    expect(toggled.problem).toEqual({ code: 'too-many', max: 2 });
    expect(toggled.workshop).toBe(full);
  });

  it('refuses a repeat vote when repeats are not allowed', () => {
    const w = cast(workshop(), 'p1', 'trivsel');
    const result = addVote(w, 'p1', 'trivsel');
    expect(result.problem).toEqual({ code: 'repeat', elementId: 'trivsel' });
    expect(ballotOf(result.workshop.voting, 'p1')).toEqual(['trivsel']);
  });

  it('counts a repeat vote when repeats are allowed, and removes one occurrence at a time', () => {
    const w = cast(workshop({ allowRepeat: true }, 3), 'p1', 'trivsel', 'samtaler', 'trivsel');
    expect(ballotOf(w.voting, 'p1')).toEqual(['trivsel', 'samtaler', 'trivsel']);
    expect(tallyVotes(w.voting, ['p1'], BLOCKS).get('trivsel')).toBe(2);
    const once = removeVote(w, 'p1', 'trivsel').workshop;
    expect(ballotOf(once.voting, 'p1')).toEqual(['trivsel', 'samtaler']);
    expect(tallyVotes(once.voting, ['p1'], BLOCKS).get('trivsel')).toBe(1);
  });

  it('with repeats allowed, toggleVote adds another vote instead of removing', () => {
    const w = cast(workshop({ allowRepeat: true }), 'p1', 'trivsel');
    expect(ballotOf(toggleVote(w, 'p1', 'trivsel').workshop.voting, 'p1')).toEqual(['trivsel', 'trivsel']);
  });

  it('without repeats, toggleVote crosses an element on and off', () => {
    const on = toggleVote(workshop(), 'p1', 'trivsel').workshop;
    expect(ballotOf(on.voting, 'p1')).toEqual(['trivsel']);
    const off = toggleVote(on, 'p1', 'trivsel').workshop;
    expect(ballotOf(off.voting, 'p1')).toEqual([]);
    // Toggling off a full ballot frees a vote.
    const full = cast(workshop(), 'p1', 'trivsel', 'samtaler');
    const freed = toggleVote(full, 'p1', 'samtaler');
    expect(freed.problem).toBeUndefined();
    expect(ballotOf(freed.workshop.voting, 'p1')).toEqual(['trivsel']);
  });

  it('refuses an element outside the given list', () => {
    const w = workshop();
    const result = addVote(w, 'p1', 'kantinen', BLOCKS);
    expect(result).toEqual({ workshop: w, problem: { code: 'unknown', elementId: 'kantinen' } });
    expect(toggleVote(w, 'p1', 'kantinen', BLOCKS).problem).toEqual({ code: 'unknown', elementId: 'kantinen' });
  });

  it('never mutates the workshop it is given', () => {
    const w = workshop();
    const snapshot = structuredClone(w);
    const after = cast(w, 'p1', 'trivsel');
    removeVote(after, 'p1', 'trivsel');
    toggleVote(after, 'p1', 'trivsel');
    setTally(w, 'trivsel', 3);
    expect(w).toEqual(snapshot);
    expect(ballotOf(after.voting, 'p1')).toEqual(['trivsel']);
  });

  it('keeps a later step when voting again after moving on', () => {
    const w = { ...workshop(), step: 'dialogue' as const };
    expect(cast(w, 'p1', 'trivsel').step).toBe('dialogue');
  });

  it('removing a vote that is not there changes nothing', () => {
    const w = workshop();
    expect(removeVote(w, 'p1', 'trivsel')).toEqual({ workshop: w });
  });

  it('treats a participant id such as "constructor" as having no ballot yet', () => {
    expect(ballotOf(workshop().voting, 'constructor')).toEqual([]);
    const w = cast(workshop(), 'constructor', 'trivsel');
    expect(ballotOf(w.voting, 'constructor')).toEqual(['trivsel']);
  });
});

describe('setTally', () => {
  it('stores whole counts and clamps to 0..10000, NaN as 0', () => {
    const cases: [number, number][] = [
      [3, 3],
      [2.6, 3],
      [-4, 0],
      [Number.NaN, 0],
      [25_000, 10_000],
      [Number.POSITIVE_INFINITY, 10_000],
      [Number.NEGATIVE_INFINITY, 0],
    ];
    for (const [input, stored] of cases) {
      const w = setTally(workshop({ method: 'tally' }), 'trivsel', input);
      expect(w.voting.tally['trivsel'], `count ${input}`).toBe(stored);
      expect(checkWorkshop(w).ok).toBe(true);
    }
  });

  it('moves the workshop to step 2', () => {
    expect(setTally(workshop({ method: 'tally' }), 'trivsel', 1).step).toBe('prioritise');
  });
});

describe('tallyVotes', () => {
  it('lists every element, with 0 when nobody voted for it', () => {
    const counts = tallyVotes(workshop().voting, ['p1', 'p2'], BLOCKS);
    expect([...counts]).toEqual(BLOCKS.map((id) => [id, 0]));
  });

  it('counts the listed participants’ ballots only, and ignores unknown elements', () => {
    const v = voting({
      ballots: {
        p1: ['trivsel', 'samtaler'],
        p2: ['trivsel', 'kantinen'],
        gone: ['statistik', 'statistik'],
      },
    });
    const counts = tallyVotes(v, ['p1', 'p2'], BLOCKS);
    expect(counts.get('trivsel')).toBe(2);
    expect(counts.get('samtaler')).toBe(1);
    expect(counts.get('statistik')).toBe(0);
    expect(counts.has('kantinen')).toBe(false);
  });

  it('counts a person listed twice once', () => {
    const v = voting({ ballots: { p1: ['trivsel'] } });
    expect(tallyVotes(v, ['p1', 'p1'], BLOCKS).get('trivsel')).toBe(1);
  });

  it('counts a stored repeat once when repeats are not allowed, twice when they are', () => {
    const ballots = { p1: ['trivsel', 'trivsel'] };
    expect(tallyVotes(voting({ ballots }), ['p1'], BLOCKS).get('trivsel')).toBe(1);
    expect(tallyVotes(voting({ ballots, allowRepeat: true }), ['p1'], BLOCKS).get('trivsel')).toBe(2);
  });

  it('uses the whiteboard tally for method "tally", ignoring ballots', () => {
    const v = voting({ method: 'tally', tally: { trivsel: 4, samtaler: 2, kantinen: 9 }, ballots: { p1: ['statistik'] } });
    const counts = tallyVotes(v, ['p1'], BLOCKS);
    expect(Object.fromEntries(counts)).toEqual({
      trivsel: 4,
      statistik: 0,
      samtaler: 2,
      'tidlige-indsatser': 0,
      'faelles-ejerskab': 0,
      'tydelig-ledelse': 0,
    });
  });
});

describe('rankElements', () => {
  it('gives a clear winner rank 1 and nobody tied', () => {
    const ranked = rankElements(tallyOf([['a', 1], ['b', 4], ['c', 2]]), new Map());
    expect(summary(ranked)).toEqual([
      ['b', 4, 1, false],
      ['c', 2, 2, false],
      ['a', 1, 3, false],
    ]);
  });

  it('ranks a three-way tie 1, 1, 1, 4, 5, 5 and suggests the lowest score first within the tie', () => {
    const tally = tallyOf([
      ['trivsel', 3],
      ['statistik', 0],
      ['samtaler', 3],
      ['tidlige-indsatser', 1],
      ['faelles-ejerskab', 3],
      ['tydelig-ledelse', 0],
    ]);
    const scores = new Map<string, number | null>([
      ['trivsel', 3.4],
      ['statistik', 2.0],
      ['samtaler', 2.1],
      ['tidlige-indsatser', 4.0],
      ['faelles-ejerskab', 2.9],
      ['tydelig-ledelse', 1.5],
    ]);
    const ranked = rankElements(tally, scores);
    expect(summary(ranked)).toEqual([
      ['samtaler', 3, 1, true],
      ['faelles-ejerskab', 3, 1, true],
      ['trivsel', 3, 1, true],
      ['tidlige-indsatser', 1, 4, false],
      ['tydelig-ledelse', 0, 5, true],
      ['statistik', 0, 5, true],
    ]);
    expect(ranked.map((e) => e.score)).toEqual([2.1, 2.9, 3.4, 4.0, 1.5, 2.0]);
  });

  it('puts an element without a score after those with one, then keeps the map’s order', () => {
    const tally = tallyOf([['a', 2], ['b', 2], ['c', 2], ['d', 2]]);
    const scores = new Map<string, number | null>([['a', null], ['b', 3], ['d', 2.5]]);
    const ranked = rankElements(tally, scores);
    expect(ranked.map((e) => [e.elementId, e.score])).toEqual([
      ['d', 2.5],
      ['b', 3],
      ['a', null],
      ['c', null],
    ]);
    expect(ranked.every((e) => e.rank === 1 && e.tied)).toBe(true);
  });

  it('treats scores equal at one decimal (as shown) as equal, falling back to the map’s order', () => {
    const ranked = rankElements(tallyOf([['a', 1], ['b', 1]]), new Map([['a', 2.081], ['b', 2.078]]));
    expect(ranked.map((e) => e.elementId)).toEqual(['a', 'b']);
    // 2.14 and 2.05 both read "2,1" (the half rounds away from zero, as Intl shows it): a tie, map order.
    const shownEqual = rankElements(tallyOf([['a', 1], ['b', 1], ['c', 1]]), new Map([['a', 2.14], ['b', 41 / 20], ['c', 2.04]]));
    expect(shownEqual.map((e) => e.elementId)).toEqual(['c', 'a', 'b']);
    // 2.15 reads "2,2": decided against 2,1.
    const apart = rankElements(tallyOf([['a', 1], ['b', 1]]), new Map([['a', 43 / 20], ['b', 2.14]]));
    expect(apart.map((e) => e.elementId)).toEqual(['b', 'a']);
  });

  it('ranks nothing as an empty list', () => {
    expect(rankElements(new Map(), new Map())).toEqual([]);
  });
});

describe('applyOrder, moveElement and moveRanked', () => {
  const ranked = rankElements(tallyOf([['a', 4], ['b', 3], ['c', 2], ['d', 1]]), new Map());

  it('keeps the ranking when there is no manual order', () => {
    expect(applyOrder(ranked, []).map((e) => e.elementId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts the named elements first in the given order, the rest as ranked, ignoring unknown and repeated ids', () => {
    expect(applyOrder(ranked, ['c', 'x', 'a', 'c']).map((e) => e.elementId)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('keeps votes and ranks when reordered', () => {
    const [first] = applyOrder(ranked, ['d']);
    expect(first).toMatchObject({ elementId: 'd', votes: 1, rank: 4 });
  });

  it('moves an element up and down, and not past either end', () => {
    const order = ['a', 'b', 'c'];
    expect(moveElement(order, 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveElement(order, 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveElement(order, 'a', -1)).toEqual(order);
    expect(moveElement(order, 'c', 1)).toEqual(order);
    expect(moveElement(order, 'x', 1)).toEqual(order);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('moves within the list as shown when the stored order is empty or partial', () => {
    const elements = BLOCKS.map((id, i) => ({ id, score: i }));
    const ids = (w: Workshop) => rankingOf(w, elements).map((r) => r.elementId);
    const moved = moveRanked(workshop(), elements, 'samtaler', -1);
    expect(ids(moved)).toEqual(['trivsel', 'samtaler', 'statistik', 'tidlige-indsatser', 'faelles-ejerskab', 'tydelig-ledelse']);
    const partial = moveRanked(workshop({ order: ['tydelig-ledelse'] }), elements, 'trivsel', -1);
    expect(ids(partial)).toEqual(['trivsel', 'tydelig-ledelse', 'statistik', 'samtaler', 'tidlige-indsatser', 'faelles-ejerskab']);
  });

  it('builds a second quick move on the first: each is applied to the workshop as it is then', () => {
    const elements = BLOCKS.map((id) => ({ id, score: null }));
    const start = workshop();
    // Two presses on "move up" for the last element, both issued from the same screen.
    const once = moveRanked(start, elements, 'tydelig-ledelse', -1);
    const twice = moveRanked(once, elements, 'tydelig-ledelse', -1);
    expect(rankingOf(twice, elements).map((r) => r.elementId)).toEqual(['trivsel', 'statistik', 'samtaler', 'tydelig-ledelse', 'tidlige-indsatser', 'faelles-ejerskab']);
    expect(start.voting.order).toEqual([]);
  });
});

describe('expectedVotes and tallyCheck', () => {
  it('expects 24 votes from a group of 12 with 2 votes each', () => {
    expect(expectedVotes(12, 2)).toBe(24);
  });

  it('matches when the whiteboard adds up', () => {
    const tally = tallyOf([['trivsel', 10], ['samtaler', 8], ['statistik', 6], ['tydelig-ledelse', 0]]);
    expect(tallyCheck(tally, 12, 2)).toEqual({ total: 24, expected: 24, matches: true });
  });

  it('warns when the whiteboard does not add up, too few or too many', () => {
    expect(tallyCheck(tallyOf([['trivsel', 10], ['samtaler', 9]]), 12, 2)).toEqual({ total: 19, expected: 24, matches: false });
    expect(tallyCheck(tallyOf([['trivsel', 20], ['samtaler', 5]]), 12, 2)).toEqual({ total: 25, expected: 24, matches: false });
  });

  it('works from a stored tally through tallyVotes', () => {
    let w = workshop({ method: 'tally' });
    w = setTally(w, 'trivsel', 3);
    w = setTally(w, 'samtaler', 1);
    expect(tallyCheck(tallyVotes(w.voting, [], BLOCKS), 2, 2).matches).toBe(true);
    w = setTally(w, 'samtaler', 2);
    expect(tallyCheck(tallyVotes(w.voting, [], BLOCKS), 2, 2)).toEqual({ total: 5, expected: 4, matches: false });
  });
});

describe('ballotsComplete', () => {
  it('lists the participants with votes left, in the given order', () => {
    let w = workshop();
    expect(ballotsComplete(w, ['p1', 'p2'])).toEqual(['p1', 'p2']);
    w = cast(w, 'p1', 'trivsel');
    w = cast(w, 'p2', 'trivsel', 'samtaler');
    expect(ballotsComplete(w, ['p1', 'p2'])).toEqual(['p1']);
    w = cast(w, 'p1', 'statistik');
    expect(ballotsComplete(w, ['p1', 'p2'])).toEqual([]);
  });
});

describe('limits that votes already cast set on the setup', () => {
  it('longestBallot: the most votes any ballot holds, 0 when nobody voted', () => {
    expect(longestBallot(voting({}))).toBe(0);
    expect(longestBallot(voting({ ballots: { p1: [], p2: [] } }))).toBe(0);
    expect(longestBallot(voting({ ballots: { p1: ['trivsel'], p2: ['trivsel', 'samtaler', 'statistik'] } }))).toBe(3);
  });

  it('hasQuestionVotes: only votes (ballot or tally) on single questions', () => {
    expect(hasQuestionVotes(voting({ target: 'blocks', ballots: { p1: ['trivsel'] } }))).toBe(false);
    expect(hasQuestionVotes(voting({ target: 'questions', ballots: { p1: [] }, tally: { 'm1-01': 0 } }))).toBe(false);
    expect(hasQuestionVotes(voting({ target: 'questions', ballots: { p1: ['m1-01'] } }))).toBe(true);
    expect(hasQuestionVotes(voting({ target: 'questions', method: 'tally', tally: { 'm1-02': 4 } }))).toBe(true);
  });
});

describe('votesRemaining and voteProgress', () => {
  it('counts the votes left on one ballot', () => {
    let w = workshop({}, 3);
    expect(votesRemaining(w, 'p1')).toBe(3);
    w = cast(w, 'p1', 'trivsel', 'samtaler');
    expect(votesRemaining(w, 'p1')).toBe(1);
    w = cast(w, 'p1', 'statistik');
    expect(votesRemaining(w, 'p1')).toBe(0);
  });

  it('says how many have a full ballot, and "everyone" only when there is someone', () => {
    let w = workshop();
    expect(voteProgress(w, ['p1', 'p2'])).toEqual({ voted: 0, total: 2, everyone: false });
    w = cast(w, 'p2', 'trivsel'); // half a ballot is not "has voted"
    expect(voteProgress(w, ['p1', 'p2'])).toEqual({ voted: 0, total: 2, everyone: false });
    w = cast(w, 'p2', 'samtaler');
    expect(voteProgress(w, ['p1', 'p2'])).toEqual({ voted: 1, total: 2, everyone: false });
    w = cast(w, 'p1', 'trivsel', 'statistik');
    expect(voteProgress(w, ['p1', 'p2', 'p1'])).toEqual({ voted: 2, total: 2, everyone: true });
  });

  it('with no participants nobody has voted, so not everyone has', () => {
    expect(voteProgress(workshop(), [])).toEqual({ voted: 0, total: 0, everyone: false });
  });
});

describe('clearTally and hasTallyEntries', () => {
  it('an empty field is "not counted yet"; a typed 0 is an entry', () => {
    let w = workshop({ method: 'tally' });
    expect(hasTallyEntries(w.voting, BLOCKS)).toBe(false);
    w = setTally(w, 'samtaler', 0);
    expect(hasTallyEntries(w.voting, BLOCKS)).toBe(true);
    expect(hasTallyEntries(w.voting, ['trivsel'])).toBe(false);
    w = clearTally(w, 'samtaler');
    expect(w.voting.tally).toEqual({});
    expect(hasTallyEntries(w.voting, BLOCKS)).toBe(false);
    expect(tallyVotes(w.voting, [], BLOCKS).get('samtaler')).toBe(0);
  });

  it('clearing a count that is not there changes nothing', () => {
    const w = workshop({ method: 'tally' });
    expect(clearTally(w, 'samtaler')).toBe(w);
  });
});

describe('resetVoting', () => {
  it('empties ballots, counts, reveal, order and the chosen blocks, and keeps the dialogue', () => {
    let w = cast(workshop({ revealed: true, order: ['samtaler'], chosen: ['samtaler'], tally: { trivsel: 2 } }), 'p1', 'samtaler');
    w = { ...w, dialogue: { ...w.dialogue, samtaler: { notes: { strengths: 'Vi taler sammen' }, proposals: [] } } } as Workshop;
    const after = resetVoting(w);
    expect(after.voting).toEqual({ ...w.voting, ballots: {}, tally: {}, revealed: false, order: [], chosen: [] });
    expect(after.dialogue).toBe(w.dialogue);
    expect(after.plan).toBe(w.plan);
  });
});

describe('suggestedBlocks', () => {
  const ranking = (...rows: Array<[string, number]>) => rows.map(([elementId, votes]) => ({ elementId, votes }));

  it('takes the top places that fit, in the ranking\'s order', () => {
    const r = ranking(['samtaler', 5], ['trivsel', 3], ['statistik', 1], ['tydelig-ledelse', 0]);
    expect(suggestedBlocks(r, 2)).toEqual({ picked: ['samtaler', 'trivsel'], tied: [] });
    expect(suggestedBlocks(r, 1)).toEqual({ picked: ['samtaler'], tied: [] });
  });

  it('never suggests an element without votes', () => {
    expect(suggestedBlocks(ranking(['samtaler', 2], ['trivsel', 0], ['statistik', 0]), 3)).toEqual({ picked: ['samtaler'], tied: [] });
    expect(suggestedBlocks(ranking(['samtaler', 0], ['trivsel', 0]), 2)).toEqual({ picked: [], tied: [] });
  });

  it('when the cut falls inside a tie, picks none of the tied and names them', () => {
    const r = ranking(['samtaler', 4], ['tidlige-indsatser', 2], ['statistik', 2], ['trivsel', 1]);
    expect(suggestedBlocks(r, 2)).toEqual({ picked: ['samtaler'], tied: ['tidlige-indsatser', 'statistik'] });
    // A tie that fits whole is taken whole.
    expect(suggestedBlocks(r, 3)).toEqual({ picked: ['samtaler', 'tidlige-indsatser', 'statistik'], tied: [] });
  });

  it('a tie for first place that does not fit: nothing picked, all tied', () => {
    expect(suggestedBlocks(ranking(['samtaler', 2], ['trivsel', 2], ['statistik', 1]), 1)).toEqual({ picked: [], tied: ['samtaler', 'trivsel'] });
  });

  it('places are by votes, whatever order the facilitator gave the list', () => {
    const r = ranking(['statistik', 1], ['samtaler', 3], ['trivsel', 2]);
    expect(suggestedBlocks(r, 2)).toEqual({ picked: ['samtaler', 'trivsel'], tied: [] });
    expect(suggestedBlocks(ranking(['trivsel', 2], ['samtaler', 3]), 2)).toEqual({ picked: ['trivsel', 'samtaler'], tied: [] });
  });

  it('no room or junk: nothing picked, no tie named', () => {
    expect(suggestedBlocks(ranking(['samtaler', 2]), 0)).toEqual({ picked: [], tied: [] });
    expect(suggestedBlocks(ranking(['samtaler', 2]), Number.NaN)).toEqual({ picked: [], tied: [] });
  });
});

describe('rankingShown', () => {
  it('hides ballots until they are revealed, but never a solo choice or a whiteboard tally', () => {
    expect(rankingShown(workshop())).toBe(false);
    expect(rankingShown(workshop({ revealed: true }))).toBe(true);
    expect(rankingShown(workshop({ method: 'tally' }))).toBe(true);
    expect(rankingShown({ ...workshop(), mode: 'solo' })).toBe(true);
    // A shared tablet always votes by private ballots, whatever the stored method says.
    expect(rankingShown({ ...workshop({ method: 'tally' }), mode: 'shared-device' })).toBe(false);
  });
});

describe('chooseAlone (solo: 1–3 blocks chosen directly, no vote)', () => {
  const order = ['tidlige-indsatser', 'statistik', 'trivsel', 'samtaler', 'faelles-ejerskab', 'tydelig-ledelse'] as const;

  it('keeps the chosen blocks in the order the screen lists them, whatever order they were ticked in', () => {
    let w = workshop();
    w = chooseAlone(w, order, 'samtaler', true);
    w = chooseAlone(w, order, 'tidlige-indsatser', true);
    w = chooseAlone(w, order, 'trivsel', true);
    expect(w.voting.chosen).toEqual(['tidlige-indsatser', 'trivsel', 'samtaler']);
    expectValid(w);
  });

  it('refuses a fourth block and leaves the workshop as it was', () => {
    let w = workshop();
    for (const b of order.slice(0, SOLO_MAX_CHOSEN)) w = chooseAlone(w, order, b, true);
    expect(SOLO_MAX_CHOSEN).toBe(3);
    expect(chooseAlone(w, order, 'tydelig-ledelse', true)).toBe(w);
  });

  it('unchooses a block, also when more than three were chosen before (a vote held before the mode changed)', () => {
    const w = workshop({ chosen: ['samtaler', 'statistik', 'trivsel', 'tydelig-ledelse'] });
    expect(chooseAlone(w, order, 'trivsel', false).voting.chosen).toEqual(['statistik', 'samtaler', 'tydelig-ledelse']);
    expect(chooseAlone(w, order, 'faelles-ejerskab', true)).toBe(w);
  });

  it('touches nothing else in the vote, and choosing a chosen block again changes nothing', () => {
    const { input, before } = frozen(workshop({ ballots: { a: ['samtaler'] }, chosen: ['statistik'] }));
    const out = chooseAlone(input, order, 'statistik', true);
    expect(input).toEqual(before);
    expect(out.voting).toEqual({ ...before.voting, chosen: ['statistik'] });
  });
});
