/**
 * Rounds (issue #11): the booklet recommends running steps 1–4 again at a
 * fixed interval, so a workshop is one round of a series. This module holds
 * the series' rules:
 *  - the round before this one in its series (series.ts groups and orders them),
 *  - the next round, copied from the last one,
 *  - what changed between two rounds, per building block, with the rule for
 *    when a change is too uncertain to call progress or decline,
 *  - the trend of each block over three or more rounds,
 *  - "Sidste gang aftalte I …": how each item of the previous plan went.
 * Means are scoring.ts's own (summarise): "Ved ikke" never enters them.
 */
import type { BlockId } from './blocks.ts';
import type { Question, Questionnaire } from './content.ts';
import { meanKey, summarise, type BlockResult, type Distribution, type QuestionResult } from './scoring.ts';
import { compareRoundOrder, roundsInOrder } from './series.ts';
import { LIMITS, type ActionItem, type ItemReview, type ItemStatus, type Mode, type NewWorkshopInput, type Plan, type Workshop } from './workshop.ts';

// ---------------------------------------------------------------- series (ordering and grouping: series.ts)

/** The round before this one in its series (by date), or null for a first round. */
export function previousRound(workshop: Workshop, series: readonly Workshop[]): Workshop | null {
  const rounds = roundsInOrder(series.filter((w) => w.series === workshop.series && w.id !== workshop.id));
  const earlier = rounds.filter((w) => compareRoundOrder(w, workshop) < 0);
  return earlier[earlier.length - 1] ?? null;
}

/** This round and the ones before it in its series, earliest first (the trend ends with this round). */
export function roundsUpTo(workshop: Workshop, series: readonly Workshop[]): Workshop[] {
  const earlier = series.filter((w) => w.series === workshop.series && w.id !== workshop.id && compareRoundOrder(w, workshop) < 0);
  return [...roundsInOrder(earlier), workshop];
}

export interface NextRoundInput {
  id: string;
  /** Today, as the user's local date. */
  date: string;
  /** The newest version of the questionnaire the last round used. */
  questionnaire: { id: string; version: number };
}

/**
 * "Start næste runde": a new workshop in the same series with the last
 * round's name, participants, mode, votes per person, time budget and
 * anonymous view, today's date and the newest questionnaire version; no
 * answers, votes, notes or plan. Participants keep their ids (so one person
 * alone is compared with their own answers), but not an answer set received
 * from their phone: this round they answer anew. The result goes to
 * newWorkshop (or the repository's createWorkshop) like a new meeting's set-up.
 */
export function nextRound(last: Workshop, input: NextRoundInput): NewWorkshopInput {
  return {
    id: input.id,
    series: last.series,
    title: last.title,
    date: input.date,
    questionnaire: { ...input.questionnaire },
    mode: last.mode,
    participants: last.participants.map(({ responseId: _responseId, ...participant }) => ({ ...participant })),
    votesPerPerson: last.votesPerPerson,
    timeBudgetMinutes: last.timeBudgetMinutes,
    anonymous: last.anonymous,
  };
}

// ---------------------------------------------------------------- what changed

/** A round to compare: the workshop and the questionnaire in the version it was run with. */
export interface Round {
  workshop: Workshop;
  questionnaire: Questionnaire;
}

/**
 * An earlier round of the series as this device has it: its questionnaire
 * is null when the version it was run with is not on this device. Such a
 * round is still the previous round (its plan can be reviewed), but its
 * answers cannot be compared.
 */
export interface EarlierRound {
  workshop: Workshop;
  questionnaire: Questionnaire | null;
}

/** An earlier round whose questionnaire is on this device, so its answers can be compared. */
export function comparable(round: EarlierRound): round is Round {
  return round.questionnaire !== null;
}

/**
 * When a change is too uncertain to call progress or decline. In a group,
 * at least MIN_RESPONDENTS people must have answered the block (one of its
 * compared questions, "Ved ikke" not counted) in both rounds: with fewer, a
 * change says more about who came than about the workplace. One person
 * alone is compared with themselves; they must have answered at least
 * MIN_SOLO_ANSWERS of the block's compared questions in both rounds, so a
 * single answer does not make a trend.
 */
export const MIN_RESPONDENTS = 3;
export const MIN_SOLO_ANSWERS = 2;

export interface ComparisonRule {
  /** Least number of people who answered the block, in each round. */
  minRespondents: number;
  /** Least number of 1–5 answers in the block, in each round. */
  minAnswers: number;
}

/** The rule for a round's mode: a self-evaluation counts answers, a group counts people. */
export function comparisonRule(mode: Mode): ComparisonRule {
  return mode === 'solo' ? { minRespondents: 1, minAnswers: MIN_SOLO_ANSWERS } : { minRespondents: MIN_RESPONDENTS, minAnswers: 1 };
}

/** One round's side of a block comparison: the block's mean over the compared questions. */
export interface RoundSide {
  mean: number | null;
  /** People with at least one 1–5 answer to the block's compared questions. */
  respondents: number;
  /** Individual 1–5 answers. */
  answered: number;
  skipped: number;
}

export type ChangeDirection = 'up' | 'down' | 'same';

/** Why a block shows no arrow. */
export type NoChangeReason = 'no-compared-questions' | 'no-answers' | 'too-few';

export interface BlockChange {
  block: BlockId;
  /** Ids of this block's questions found in both rounds. */
  questionIds: string[];
  current: RoundSide;
  previous: RoundSide;
  /**
   * The change of the mean as the screens show it: the difference of the two
   * displayed (one-decimal) means, so "2,1 → 2,5" always reads "+0,4".
   * Null when either round has no answers to the block.
   */
  change: number | null;
  /** Null when the change is not to be called progress or decline (see `reason`). */
  direction: ChangeDirection | null;
  reason: NoChangeReason | null;
}

export interface QuestionChange {
  questionId: string;
  number: number;
  block: BlockId;
  current: QuestionResult;
  previous: QuestionResult;
}

export interface RoundComparison {
  rule: ComparisonRule;
  /** Every block of this round's questionnaire, in its order. */
  blocks: BlockChange[];
  /** The questions found in both rounds, in this round's order, with both distributions. */
  questions: QuestionChange[];
  /** This round's questions the previous round did not ask: not compared. */
  added: Question[];
  /** The previous round's questions this round does not ask: not compared. */
  removed: Question[];
  respondents: { current: number; previous: number };
}

const EMPTY_SIDE: RoundSide = { mean: null, respondents: 0, answered: 0, skipped: 0 };

function sideOf(block: BlockResult | undefined): RoundSide {
  if (!block) return EMPTY_SIDE;
  return { mean: block.mean, respondents: block.respondents, answered: block.answered, skipped: block.skipped };
}

function meets(side: RoundSide, rule: ComparisonRule): boolean {
  return side.respondents >= rule.minRespondents && side.answered >= rule.minAnswers;
}

/**
 * What changed between the previous round and this one. Only questions with
 * the same id in both questionnaires are compared, placed under this round's
 * building block; both rounds' means are taken over those questions alone
 * (by scoring.ts's summarise, so "Ved ikke" never counts), each round with
 * its own participants. The rule is this round's (comparisonRule).
 */
export function compareRounds(current: Round, previous: Round): RoundComparison {
  const previousIds = new Set(previous.questionnaire.questions.map((q) => q.id));
  const currentIds = new Set(current.questionnaire.questions.map((q) => q.id));
  const shared = current.questionnaire.questions.filter((q) => previousIds.has(q.id));
  const common: Questionnaire = { ...current.questionnaire, questions: shared };
  const now = summarise(common, current.workshop.answers, current.workshop.participants.map((p) => p.id));
  const before = summarise(common, previous.workshop.answers, previous.workshop.participants.map((p) => p.id));
  const rule = comparisonRule(current.workshop.mode);

  const blockOrder: BlockId[] = [];
  for (const q of current.questionnaire.questions) if (!blockOrder.includes(q.block)) blockOrder.push(q.block);

  const blocks = blockOrder.map((block): BlockChange => {
    const nowBlock = now.blocks.find((b) => b.block === block);
    const beforeBlock = before.blocks.find((b) => b.block === block);
    const currentSide = sideOf(nowBlock);
    const previousSide = sideOf(beforeBlock);
    const questionIds = nowBlock?.questionIds ?? [];
    const change =
      currentSide.mean === null || previousSide.mean === null ? null : (meanKey(currentSide.mean) - meanKey(previousSide.mean)) / 10;
    let reason: NoChangeReason | null = null;
    if (questionIds.length === 0) reason = 'no-compared-questions';
    else if (change === null) reason = 'no-answers';
    else if (!meets(currentSide, rule) || !meets(previousSide, rule)) reason = 'too-few';
    const direction: ChangeDirection | null = reason !== null || change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'same';
    return { block, questionIds, current: currentSide, previous: previousSide, change, direction, reason };
  });

  const questions = now.questions.map((q, i): QuestionChange => {
    const earlier = before.questions[i] as QuestionResult;
    return { questionId: q.questionId, number: q.number, block: q.block, current: q, previous: earlier };
  });

  return {
    rule,
    blocks,
    questions,
    added: current.questionnaire.questions.filter((q) => !previousIds.has(q.id)),
    removed: previous.questionnaire.questions.filter((q) => !currentIds.has(q.id)),
    respondents: { current: now.participantsCounted, previous: before.participantsCounted },
  };
}

/** The distributions of one question in two rounds, for side-by-side bars: each count with its share of that round's answers. */
export function sideBySide(change: QuestionChange): Array<{ value: number; current: number; previous: number }> {
  const row = (d: Distribution, i: number) => d[i] ?? 0;
  return [1, 2, 3, 4, 5].map((value, i) => ({ value, current: row(change.current.distribution, i), previous: row(change.previous.distribution, i) }));
}

// ---------------------------------------------------------------- trend

/** The fewest rounds that make a trend line (with two, the change says it all). */
export const MIN_TREND_ROUNDS = 3;

export interface TrendPoint {
  workshopId: string;
  date: string;
  mean: number | null;
  respondents: number;
}

export interface BlockTrend {
  block: BlockId;
  /** One point per round, earliest first. */
  points: TrendPoint[];
}

/**
 * Each block's mean round by round, over the questions each round shares
 * with the latest one (the last of `rounds`): so a question added or dropped
 * along the way does not move the line. A round whose questionnaire is not
 * on this device shares no question: its points have no mean. Empty with
 * fewer than MIN_TREND_ROUNDS rounds.
 */
export function seriesTrend(rounds: readonly EarlierRound[]): BlockTrend[] {
  const latest = rounds[rounds.length - 1];
  if (!latest || !comparable(latest) || rounds.length < MIN_TREND_ROUNDS) return [];
  const summaries = rounds.map((round) => {
    const ids = new Set(round.questionnaire?.questions.map((q) => q.id));
    const common: Questionnaire = { ...latest.questionnaire, questions: latest.questionnaire.questions.filter((q) => ids.has(q.id)) };
    return summarise(common, round.workshop.answers, round.workshop.participants.map((p) => p.id));
  });
  const blockOrder: BlockId[] = [];
  for (const q of latest.questionnaire.questions) if (!blockOrder.includes(q.block)) blockOrder.push(q.block);
  return blockOrder.map((block) => ({
    block,
    points: rounds.map((round, i) => {
      const result = summaries[i]?.blocks.find((b) => b.block === block);
      return { workshopId: round.workshop.id, date: round.workshop.date, mean: result?.mean ?? null, respondents: result?.respondents ?? 0 };
    }),
  }));
}

// ---------------------------------------------------------------- "Sidste gang aftalte I …"

const NO_REVIEW: ItemReview = { status: null, comment: '' };

/** How an item of the previous plan went, as this round recorded it (nothing yet: no status, no comment). */
export function reviewOf(workshop: Workshop, itemId: string): ItemReview {
  return Object.hasOwn(workshop.review, itemId) ? (workshop.review[itemId] as ItemReview) : NO_REVIEW;
}

function withReview(workshop: Workshop, itemId: string, change: Partial<ItemReview>): Workshop {
  const before = reviewOf(workshop, itemId);
  const next = { ...before, ...change };
  if (next.status === before.status && next.comment === before.comment) return workshop;
  return { ...workshop, review: { ...workshop.review, [itemId]: next } };
}

/** Sets (or, with null, clears) the status of a previous item. */
export function setItemStatus(workshop: Workshop, itemId: string, status: ItemStatus | null): Workshop {
  return withReview(workshop, itemId, { status });
}

/** Sets the short comment on a previous item, cut at LIMITS.reviewComment. */
export function setItemComment(workshop: Workshop, itemId: string, comment: string): Workshop {
  return withReview(workshop, itemId, { comment: comment.slice(0, LIMITS.reviewComment) });
}

export interface ReviewedItem extends ItemReview {
  item: ActionItem;
}

/** The previous plan's items in its order, each with how it went. Reviews of items the plan no longer has are left out. */
export function reviewedItems(previousPlan: Plan, workshop: Workshop): ReviewedItem[] {
  return previousPlan.items.map((item) => ({ item, ...reviewOf(workshop, item.id) }));
}

/** The previous items of one building block (the dialogue of that block shows them). */
export function reviewedItemsOfBlock(previousPlan: Plan, workshop: Workshop, block: BlockId): ReviewedItem[] {
  return reviewedItems(previousPlan, workshop).filter((r) => r.item.block === block);
}

export type ReviewCounts = Record<ItemStatus | 'open', number>;

/** How many previous items have each status; `open` is those without one yet. */
export function reviewCounts(items: readonly ReviewedItem[]): ReviewCounts {
  const counts: ReviewCounts = { done: 0, 'in-progress': 0, 'not-done': 0, dropped: 0, open: 0 };
  for (const { status } of items) counts[status ?? 'open'] += 1;
  return counts;
}

/** The next round's date for the calendar file: as set in the plan, else one year after the meeting; null when the group took it out. */
export function plannedNextRound(workshop: Workshop): string | null {
  return workshop.plan.nextRound === undefined ? nextRoundDate(workshop.date) : workshop.plan.nextRound;
}

/** The default date of the next round: one year after this meeting (29 February → 28 February). */
export function nextRoundDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y + 1, m - 1, d));
  // A 29 February has no twin next year: the last day of February instead of 1 March.
  if (next.getUTCMonth() !== m - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}
