/**
 * The time budget of a workshop (the booklet: a small group about 1½ hours,
 * a large group about 2½ hours) split over the steps, and the countdown that
 * time-boxes each block in step 3. Everything is whole minutes or plain
 * millisecond numbers; the caller passes the clock in, so it is all testable.
 */
import { LIMITS } from './workshop.ts';

export interface TimePlan {
  /** Step 1: answering the questionnaire and looking at the results. */
  score: number;
  /** Step 2: voting and agreeing on the order. */
  prioritise: number;
  /** Step 3, per chosen block. */
  dialoguePerBlock: number;
  /** Step 3 in all: dialoguePerBlock × chosen blocks. */
  dialogueTotal: number;
  /** Step 4, including any minutes that did not divide evenly over the blocks. */
  plan: number;
  total: number;
}

/** Shares of the total, in percent; the dialogue gets what is left (45 %). */
export const TIME_SHARES = { score: 25, prioritise: 10, plan: 20 } as const;

/** The fewest minutes a block's dialogue should get, when the total allows it. */
export const MIN_MINUTES_PER_BLOCK = 5;

/** A whole, non-negative count; junk becomes 0. */
function wholeOrZero(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
}

/** A share of the total, rounded half up (total × percent is whole, so a .5 is exact, not 0.4999…). */
function shareOf(total: number, percent: number): number {
  return Math.round((total * percent) / 100);
}

/**
 * Splits the total over the steps: 25 % to step 1, 10 % to step 2 and 20 % to
 * step 4, rounded at the boundaries (step 1 = round(25 %), steps 1–2 =
 * round(35 %), steps 1, 2 and 4 = round(55 %)); the rest (about 45 %) is
 * divided evenly over the chosen blocks, rounded down, and the minutes left
 * over go to the plan step, so the parts always add up to the total.
 *
 * When that gives a block fewer than 5 minutes, minutes are borrowed from the
 * plan step, then step 2, then step 1, but never more than half of their
 * minutes together (answering and voting cannot be skipped). If even that
 * cannot reach 5 minutes, each block gets the most whole minutes that fit
 * (15 minutes and 6 blocks: 1 minute each) and `meetsMinimum` says so, for the
 * screen to suggest fewer blocks or more time. No chosen blocks: the
 * dialogue's share goes to the plan.
 */
export function splitTime(totalMinutes: number, chosenBlocks: number): TimePlan {
  const total = wholeOrZero(totalMinutes);
  const blocks = wholeOrZero(chosenBlocks);
  // The boundaries between the parts are rounded, not the parts themselves, so the dialogue's share
  // (total − round(55 %)) never shrinks when the total grows, as three separately rounded parts can.
  const afterScore = shareOf(total, TIME_SHARES.score);
  const afterPrioritise = shareOf(total, TIME_SHARES.score + TIME_SHARES.prioritise);
  const afterPlan = shareOf(total, TIME_SHARES.score + TIME_SHARES.prioritise + TIME_SHARES.plan);
  let score = afterScore;
  let prioritise = afterPrioritise - afterScore;
  let plan = afterPlan - afterPrioritise;
  if (blocks === 0) {
    return { score, prioritise, dialoguePerBlock: 0, dialogueTotal: 0, plan: total - score - prioritise, total };
  }
  let dialogue = total - score - prioritise - plan;
  let perBlock = Math.floor(dialogue / blocks);

  if (perBlock < MIN_MINUTES_PER_BLOCK) {
    // At most half of the other steps' minutes together: a cap on their sum (not per part) keeps the
    // dialogue growing with the total. Each part gives at most half its own, rounded up; together those halves always cover the cap.
    const borrowable = Math.floor(afterPlan / 2);
    perBlock = Math.min(MIN_MINUTES_PER_BLOCK, Math.floor((dialogue + borrowable) / blocks));
    // Borrow only what raising every block to perBlock needs, so no step shrinks for nothing.
    let need = Math.max(0, perBlock * blocks - dialogue);
    const take = (share: number) => {
      const taken = Math.min(need, Math.ceil(share / 2));
      need -= taken;
      return taken;
    };
    const fromPlan = take(plan);
    const fromPrioritise = take(prioritise);
    const fromScore = take(score);
    plan -= fromPlan;
    prioritise -= fromPrioritise;
    score -= fromScore;
    dialogue += fromPlan + fromPrioritise + fromScore;
  }

  const dialogueTotal = perBlock * blocks;
  plan += dialogue - dialogueTotal;
  return { score, prioritise, dialoguePerBlock: perBlock, dialogueTotal, plan, total };
}

/** True when every chosen block got at least MIN_MINUTES_PER_BLOCK (or none was chosen). */
export function meetsMinimum(plan: TimePlan): boolean {
  return plan.dialogueTotal === 0 || plan.dialoguePerBlock >= MIN_MINUTES_PER_BLOCK;
}

/**
 * How many blocks the dialogue has time for: the most, up to `maxBlocks`, that
 * still give each at least MIN_MINUTES_PER_BLOCK (splitTime may borrow minutes
 * from the other steps for that). At least 1, as a dialogue needs a block.
 */
export function blocksThatFit(totalMinutes: number, maxBlocks: number): number {
  const most = wholeOrZero(maxBlocks);
  // Not meetsMinimum: it also passes when no minute is left for the dialogue at all (0 per block).
  for (let n = most; n > 1; n--) if (splitTime(totalMinutes, n).dialoguePerBlock >= MIN_MINUTES_PER_BLOCK) return n;
  return Math.min(1, most);
}

/** A countdown that can be paused: time run so far is kept in elapsedBeforeMs while paused. */
export interface Countdown {
  durationMs: number;
  /** When the current run started; null while paused or not yet started. */
  startedAt: number | null;
  elapsedBeforeMs: number;
}

/** A countdown of the given length (whole milliseconds, at most a day), not yet started. */
export function newCountdown(durationMs: number): Countdown {
  const ms = Number.isFinite(durationMs) ? Math.round(durationMs) : 0;
  return { durationMs: Math.min(LIMITS.countdownMs, Math.max(0, ms)), startedAt: null, elapsedBeforeMs: 0 };
}

/** Whole minutes as milliseconds, for a countdown from a TimePlan. */
export function minutesToMs(minutes: number): number {
  return minutes * 60_000;
}

/** Starts or resumes; starting a running countdown changes nothing. */
export function startCountdown(c: Countdown, now: number): Countdown {
  return c.startedAt === null ? { ...c, startedAt: now } : c;
}

/** Pauses, keeping the time run so far; pausing a paused countdown changes nothing. */
export function pauseCountdown(c: Countdown, now: number): Countdown {
  if (c.startedAt === null) return c;
  return { ...c, startedAt: null, elapsedBeforeMs: elapsedMs(c, now) };
}

/** Adds time ("5 minutes more"), running or paused; a negative amount shortens, never below zero nor above a day. */
export function extendCountdown(c: Countdown, extraMs: number): Countdown {
  if (!Number.isFinite(extraMs)) return c;
  return { ...c, durationMs: Math.min(LIMITS.countdownMs, Math.max(0, c.durationMs + extraMs)) };
}

/** Time run so far; a clock that jumps backwards never makes time run backwards. */
export function elapsedMs(c: Countdown, now: number): number {
  return c.elapsedBeforeMs + (c.startedAt === null ? 0 : Math.max(0, now - c.startedAt));
}

/** Time left; negative is overtime, which the screen shows rather than hides. */
export function remainingMs(c: Countdown, now: number): number {
  return c.durationMs - elapsedMs(c, now);
}

/** True while the countdown runs. */
export function isRunning(c: Countdown): boolean {
  return c.startedAt !== null;
}

/** True once the time is used up (at exactly zero, too). */
export function isOver(c: Countdown, now: number): boolean {
  return remainingMs(c, now) <= 0;
}

/**
 * The meeting's time left, as step 3 sees it: the minutes the time plan gives
 * step 3 and step 4 together (dialogueTotal + plan) minus the time the chosen
 * blocks' countdowns have run (pass the countdowns of the chosen blocks;
 * undefined is a block whose time was never started).
 *
 * What it counts, and what not: steps 1 and 2 count as spent as planned (their
 * real length is not measured); time in step 3 while no block's clock runs is
 * not counted; "+5 minutter" gives a block more time but not the meeting, and
 * a block's overtime is taken from what is left. Negative: the meeting is over
 * its time by that much.
 */
export function meetingRemainingMs(plan: TimePlan, countdowns: readonly (Countdown | undefined)[], now: number): number {
  const used = countdowns.reduce((sum, c) => sum + (c ? elapsedMs(c, now) : 0), 0);
  return minutesToMs(plan.dialogueTotal + plan.plan) - used;
}

/** Time left as whole minutes, rounded up, as a countdown counts (0:30 left is 1 minute; 1:30 over is −1); never −0. */
export function wholeMinutesLeft(ms: number): number {
  return Math.ceil(ms / 60_000) + 0;
}

/** A countdown's time as a clock shows it, "m:ss" from the whole seconds (the sign is the screen's to show). */
export function clockFace(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
