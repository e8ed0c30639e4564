/**
 * Step 2 (Prioritise): dot-voting on the building blocks or single questions.
 * The booklet has everyone put a cross by the two elements they find most
 * important to discuss; the elements with the most crosses are where the
 * dialogue starts. Votes arrive either as private ballots (one per
 * participant, on a shared tablet) or as a tally typed in from a whiteboard.
 * Ties stay ties: the lower step-1 score is only a suggested tie-breaker, and
 * the facilitator's own order always wins.
 */
import type { BlockId } from './blocks.ts';
import { meanKey } from './scoring.ts';
import { furthestStep } from './setup.ts';
import type { Voting, Workshop } from './workshop.ts';

export type BallotProblem =
  | { code: 'too-many'; max: number }
  | { code: 'repeat'; elementId: string }
  | { code: 'unknown'; elementId: string };

/** The highest count a whiteboard tally may hold (the schema's limit). */
export const MAX_TALLY = 10_000;

export interface BallotOptions {
  votesPerPerson: number;
  allowRepeat: boolean;
  elements: readonly string[];
}

/** Everything wrong with one ballot; an empty ballot is valid (the person has not voted yet). */
export function checkBallot(ballot: readonly string[], options: BallotOptions): BallotProblem[] {
  const problems: BallotProblem[] = [];
  if (ballot.length > options.votesPerPerson) problems.push({ code: 'too-many', max: options.votesPerPerson });
  const known = new Set(options.elements);
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const elementId of ballot) {
    // One problem per element, however often it appears, so a list of problems reads like a list of fixes.
    if (!known.has(elementId)) {
      if (!reported.has(elementId)) problems.push({ code: 'unknown', elementId });
      reported.add(elementId);
    } else if (seen.has(elementId) && !options.allowRepeat) {
      if (!reported.has(elementId)) problems.push({ code: 'repeat', elementId });
      reported.add(elementId);
    }
    seen.add(elementId);
  }
  return problems;
}

export interface VoteResult {
  workshop: Workshop;
  problem?: BallotProblem;
}

/** A participant's stored ballot; `Object.hasOwn` because ids such as "constructor" are valid slugs. */
export function ballotOf(voting: Voting, participantId: string): readonly string[] {
  return Object.hasOwn(voting.ballots, participantId) ? (voting.ballots[participantId] ?? []) : [];
}

function withBallot(workshop: Workshop, participantId: string, ballot: string[]): Workshop {
  return {
    ...workshop,
    voting: { ...workshop.voting, ballots: { ...workshop.voting.ballots, [participantId]: ballot } },
    step: furthestStep(workshop.step, 'prioritise'),
  };
}

/**
 * Adds one vote. Refused, with the workshop returned unchanged, when the
 * element is not in `elements` (if given), when it is a repeat that is not
 * allowed, or when the ballot is already full.
 */
export function addVote(workshop: Workshop, participantId: string, elementId: string, elements?: readonly string[]): VoteResult {
  const ballot = ballotOf(workshop.voting, participantId);
  if (elements && !elements.includes(elementId)) return { workshop, problem: { code: 'unknown', elementId } };
  if (!workshop.voting.allowRepeat && ballot.includes(elementId)) return { workshop, problem: { code: 'repeat', elementId } };
  if (ballot.length >= workshop.votesPerPerson) return { workshop, problem: { code: 'too-many', max: workshop.votesPerPerson } };
  return { workshop: withBallot(workshop, participantId, [...ballot, elementId]) };
}

/** Takes back one vote on the element (the last one cast); a no-op when there is none. */
export function removeVote(workshop: Workshop, participantId: string, elementId: string): VoteResult {
  const ballot = ballotOf(workshop.voting, participantId);
  const index = ballot.lastIndexOf(elementId);
  if (index < 0) return { workshop };
  return { workshop: withBallot(workshop, participantId, ballot.filter((_, i) => i !== index)) };
}

/**
 * The tap on an element: without repeats it crosses the element off or on;
 * with repeats every tap is one more vote (take one back with removeVote).
 */
export function toggleVote(workshop: Workshop, participantId: string, elementId: string, elements?: readonly string[]): VoteResult {
  if (!workshop.voting.allowRepeat && ballotOf(workshop.voting, participantId).includes(elementId)) {
    const ballot = ballotOf(workshop.voting, participantId).filter((id) => id !== elementId);
    return { workshop: withBallot(workshop, participantId, ballot) };
  }
  return addVote(workshop, participantId, elementId, elements);
}

/** A count as the whiteboard path stores it: a whole number 0..MAX_TALLY; NaN and junk become 0. */
export function clampTally(count: number): number {
  if (Number.isNaN(count)) return 0;
  return Math.min(MAX_TALLY, Math.max(0, Math.round(count)));
}

/** Forgets the whiteboard count for one element: the field is empty again, "not counted yet" (counts as 0). */
export function clearTally(workshop: Workshop, elementId: string): Workshop {
  if (!Object.hasOwn(workshop.voting.tally, elementId)) return workshop;
  const tally = { ...workshop.voting.tally };
  delete tally[elementId];
  return { ...workshop, voting: { ...workshop.voting, tally } };
}

/** True once any whiteboard count has been typed in (a 0 counts): only then is the sum worth a warning. */
export function hasTallyEntries(voting: Voting, elements: readonly string[]): boolean {
  return elements.some((id) => Object.hasOwn(voting.tally, id));
}

/** Records the whiteboard count for one element (method 'tally'). */
export function setTally(workshop: Workshop, elementId: string, count: number): Workshop {
  return {
    ...workshop,
    voting: { ...workshop.voting, tally: { ...workshop.voting.tally, [elementId]: clampTally(count) } },
    step: furthestStep(workshop.step, 'prioritise'),
  };
}

/**
 * Votes per element, every element present (0 when none), in `elements` order.
 * Ballots count only for the listed participants (a removed person's ballot
 * must not linger) and only on listed elements. When repeats are not allowed a
 * ballot counts each element once, so switching the setting off after voting
 * cannot leave a double vote in the result.
 */
export function tallyVotes(voting: Voting, participantIds: readonly string[], elements: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>(elements.map((id) => [id, 0]));
  if (voting.method === 'tally') {
    for (const id of counts.keys()) {
      const stored = Object.hasOwn(voting.tally, id) ? voting.tally[id] : undefined;
      counts.set(id, typeof stored === 'number' ? clampTally(stored) : 0);
    }
    return counts;
  }
  for (const participantId of new Set(participantIds)) {
    const ballot = ballotOf(voting, participantId);
    for (const elementId of voting.allowRepeat ? ballot : new Set(ballot)) {
      const current = counts.get(elementId);
      if (current !== undefined) counts.set(elementId, current + 1);
    }
  }
  return counts;
}

export interface RankedElement {
  elementId: string;
  votes: number;
  /** Standard competition ranking: 3, 3, 1 votes → ranks 1, 1, 3. */
  rank: number;
  /** True when another element has the same number of votes. */
  tied: boolean;
  /** The element's step-1 score (mean), null when there is none. */
  score: number | null;
}

/** Scores compare at one decimal, as the result screen and the PDF show them, so 2,1 and 2,1 do not look decided. */
function scoreKey(score: number | null): number | null {
  return score === null || !Number.isFinite(score) ? null : meanKey(score);
}

/**
 * Elements by votes, most first. Within a tie the lower step-1 score comes
 * first (the suggested tie-breaker: the weakest area is the likelier place to
 * start), no score after any score, then the map's own order.
 */
export function rankElements(tally: Map<string, number>, scores: Map<string, number | null>): RankedElement[] {
  const entries = [...tally].map(([elementId, votes], index) => ({
    elementId,
    votes,
    index,
    score: scores.get(elementId) ?? null,
  }));
  const sameVotes = new Map<number, number>();
  for (const e of entries) sameVotes.set(e.votes, (sameVotes.get(e.votes) ?? 0) + 1);
  const sorted = entries.sort((a, b) => {
    if (a.votes !== b.votes) return b.votes - a.votes;
    const ka = scoreKey(a.score);
    const kb = scoreKey(b.score);
    if (ka !== kb) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      return ka - kb;
    }
    return a.index - b.index;
  });
  return sorted.map((e) => ({
    elementId: e.elementId,
    votes: e.votes,
    // 1 + the number of elements with more votes: equal votes share a rank and the next rank skips.
    rank: 1 + entries.filter((other) => other.votes > e.votes).length,
    tied: (sameVotes.get(e.votes) ?? 0) > 1,
    score: e.score,
  }));
}

/** The facilitator's order on top of the ranking: named elements first in that order, the rest as ranked. */
export function applyOrder(ranked: RankedElement[], order: readonly string[]): RankedElement[] {
  const byId = new Map(ranked.map((e) => [e.elementId, e]));
  const placed = new Set<string>();
  const result: RankedElement[] = [];
  for (const id of order) {
    const element = byId.get(id);
    if (!element || placed.has(id)) continue;
    placed.add(id);
    result.push(element);
  }
  for (const element of ranked) if (!placed.has(element.elementId)) result.push(element);
  return result;
}

/** Moves an element one place up (-1) or down (1); at either end, or when absent, the order is unchanged. */
export function moveElement(order: readonly string[], elementId: string, direction: -1 | 1): string[] {
  const result = [...order];
  const from = result.indexOf(elementId);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= result.length) return result;
  const other = result[to];
  if (other === undefined) return result;
  result[to] = elementId;
  result[from] = other;
  return result;
}

/** An element as the ranking sees it: its id and its step-1 score (null when none). */
export interface ScoredElement {
  id: string;
  score: number | null;
}

/** The ranking a workshop shows now: votes of its current participants, ties broken by score, then the facilitator's order. */
export function rankingOf(workshop: Workshop, elements: readonly ScoredElement[]): RankedElement[] {
  const tally = tallyVotes(workshop.voting, workshop.participants.map((p) => p.id), elements.map((e) => e.id));
  return applyOrder(rankElements(tally, new Map(elements.map((e) => [e.id, e.score]))), workshop.voting.order);
}

/**
 * Moves an element one place in the workshop's ranking as it is *now*, not
 * as some earlier screen showed it, so two quick presses move it two places.
 */
export function moveRanked(workshop: Workshop, elements: readonly ScoredElement[], elementId: string, direction: -1 | 1): Workshop {
  const order = moveElement(
    rankingOf(workshop, elements).map((r) => r.elementId),
    elementId,
    direction,
  );
  return { ...workshop, voting: { ...workshop.voting, order } };
}

/** How many votes a full round gives: participants × votes each. */
export function expectedVotes(participantCount: number, votesPerPerson: number): number {
  return Math.max(0, participantCount) * Math.max(0, votesPerPerson);
}

export interface TallyCheck {
  total: number;
  expected: number;
  matches: boolean;
}

/**
 * The whiteboard sum against participants × votes. A mismatch is a warning
 * only: someone may have left early or put a cross too many on the board.
 */
export function tallyCheck(tally: Map<string, number>, participantCount: number, votesPerPerson: number): TallyCheck {
  let total = 0;
  for (const count of tally.values()) total += count;
  const expected = expectedVotes(participantCount, votesPerPerson);
  return { total, expected, matches: total === expected };
}

/** The participants (in the given order) whose ballot still has votes left to cast. */
export function ballotsComplete(workshop: Workshop, participantIds: readonly string[]): string[] {
  return [...new Set(participantIds)].filter((id) => ballotOf(workshop.voting, id).length < workshop.votesPerPerson);
}

/**
 * The most votes any ballot holds. Votes per person may not be set below it:
 * a ballot would then hold more votes than allowed, and a backup of the
 * workshop would be refused as contradictory.
 */
export function longestBallot(voting: Voting): number {
  return Math.max(0, ...Object.values(voting.ballots).map((ballot) => ballot.length));
}

/**
 * True when votes on single questions exist. They name the questions of the
 * workshop's questionnaire, so the questionnaire cannot change under them.
 */
export function hasQuestionVotes(voting: Voting): boolean {
  return voting.target === 'questions' && (longestBallot(voting) > 0 || Object.values(voting.tally).some((count) => count > 0));
}

/** Votes the participant has not cast yet (0 when the ballot is full). */
export function votesRemaining(workshop: Workshop, participantId: string): number {
  return Math.max(0, workshop.votesPerPerson - ballotOf(workshop.voting, participantId).length);
}

export interface VoteProgress {
  /** Participants whose ballot is full. */
  voted: number;
  /** Participants who vote. */
  total: number;
  /** True only when there is someone to vote and everyone has: with no participants nobody "has voted". */
  everyone: boolean;
}

/** How far the round of ballots is: "2 af 3 har stemt". */
export function voteProgress(workshop: Workshop, participantIds: readonly string[]): VoteProgress {
  const total = new Set(participantIds).size;
  const voted = total - ballotsComplete(workshop, participantIds).length;
  return { voted, total, everyone: total > 0 && voted === total };
}

/**
 * Starts the vote over: every ballot and count, the reveal, the facilitator's
 * order and the blocks chosen for the dialogue go; the dialogue's notes and
 * the action plan stay (they belong to the blocks, not to the vote).
 */
export function resetVoting(workshop: Workshop): Workshop {
  return { ...workshop, voting: { ...workshop.voting, ballots: {}, tally: {}, revealed: false, order: [], chosen: [] } };
}

export interface BlockSuggestion {
  /** Elements to pre-select, best first: whole places by votes that fit. */
  picked: string[];
  /** The elements sharing the place where the cut falls, when not all of them fit: the facilitator chooses. */
  tied: string[];
}

/**
 * The top places of the vote that fit into the dialogue's time (`fit`
 * elements, e.g. from timebox.ts blocksThatFit). Places are taken whole: when
 * the cut falls inside a tie, none of the tied elements is picked and they
 * are returned as `tied`, for the facilitator to choose among (the step-1
 * tie-breaker is only a suggestion, so it does not decide here). Elements
 * without votes are never suggested. Order within `picked` follows `ranking`.
 */
export function suggestedBlocks(ranking: readonly Pick<RankedElement, 'elementId' | 'votes'>[], fit: number): BlockSuggestion {
  const room = Math.max(0, Math.floor(Number.isFinite(fit) ? fit : 0));
  const withVotes = ranking.filter((r) => r.votes > 0);
  const places = [...new Set(withVotes.map((r) => r.votes))].sort((a, b) => b - a);
  const picked: string[] = [];
  for (const votes of places) {
    const place = withVotes.filter((r) => r.votes === votes).map((r) => r.elementId);
    if (picked.length + place.length <= room) {
      picked.push(...place);
      continue;
    }
    const tied = picked.length < room ? place : [];
    return { picked: withVotes.map((r) => r.elementId).filter((id) => picked.includes(id)), tied };
  }
  return { picked: withVotes.map((r) => r.elementId).filter((id) => picked.includes(id)), tied: [] };
}

/**
 * True once the ranking may be shown: the votes are revealed, or nothing is
 * hidden in the first place (one person alone; a whiteboard tally typed in
 * for all to see).
 */
export function rankingShown(workshop: Workshop): boolean {
  return workshop.voting.revealed || workshop.mode === 'solo' || (workshop.mode === 'group' && workshop.voting.method === 'tally');
}

/** Alone there is no vote: the person chooses 1–3 building blocks for the dialogue directly. */
export const SOLO_MAX_CHOSEN = 3;

/**
 * Chooses or unchooses one block alone, on the workshop as stored now. The
 * chosen blocks keep the order the screen lists them in (`order`: lowest
 * step-1 score first), so the dialogue takes them in that order. A fourth
 * block is refused (the workshop comes back unchanged); blocks chosen before
 * (say by a vote held before the mode changed) can always be unchosen.
 */
export function chooseAlone(workshop: Workshop, order: readonly BlockId[], block: BlockId, on: boolean): Workshop {
  const current = workshop.voting.chosen.filter((b) => b !== block);
  if (on && current.length >= SOLO_MAX_CHOSEN) return workshop;
  const next = on ? [...current, block] : current;
  const rank = (b: BlockId) => (order.includes(b) ? order.indexOf(b) : order.length);
  next.sort((a, b) => rank(a) - rank(b));
  return { ...workshop, voting: { ...workshop.voting, chosen: next } };
}
