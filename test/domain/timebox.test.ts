import { describe, expect, it } from 'vitest';
import {
  clockFace,
  blocksThatFit,
  extendCountdown,
  isOver,
  isRunning,
  meetingRemainingMs,
  meetsMinimum,
  MIN_MINUTES_PER_BLOCK,
  minutesToMs,
  newCountdown,
  pauseCountdown,
  remainingMs,
  splitTime,
  startCountdown,
  type TimePlan,
  wholeMinutesLeft,
} from '../../src/domain/timebox';
import { LIMITS } from '../../src/domain/workshop';

function sumOf(plan: TimePlan): number {
  return plan.score + plan.prioritise + plan.dialogueTotal + plan.plan;
}

describe('splitTime', () => {
  it('splits the small group’s 1½ hours over three blocks', () => {
    // 25 % = 22.5 → 23, 10 % = 9, 20 % = 18; 40 left = 13 per block, 1 over to the plan.
    expect(splitTime(90, 3)).toEqual({ score: 23, prioritise: 9, dialoguePerBlock: 13, dialogueTotal: 39, plan: 19, total: 90 });
  });

  it('splits the large group’s 2½ hours over two blocks', () => {
    // 37.5 → 38, 15, 30; 67 left = 33 per block, 1 over to the plan.
    expect(splitTime(150, 2)).toEqual({ score: 38, prioritise: 15, dialoguePerBlock: 33, dialogueTotal: 66, plan: 31, total: 150 });
  });

  it('gives the dialogue’s share to the plan when no block is chosen', () => {
    expect(splitTime(90, 0)).toEqual({ score: 23, prioritise: 9, dialoguePerBlock: 0, dialogueTotal: 0, plan: 58, total: 90 });
  });

  it('borrows from the plan, then step 2, then step 1 to reach 5 minutes per block', () => {
    // Shares 15, 6, 12 leave 27 = 4 per block; 3 minutes come from the plan.
    expect(splitTime(60, 6)).toEqual({ score: 15, prioritise: 6, dialoguePerBlock: 5, dialogueTotal: 30, plan: 9, total: 60 });
    // Shares 11, 5, 9 leave 20; 10 more needed: 5 from the plan, 3 from step 2, 2 from step 1.
    expect(splitTime(45, 6)).toEqual({ score: 9, prioritise: 2, dialoguePerBlock: 5, dialogueTotal: 30, plan: 4, total: 45 });
    expect(meetsMinimum(splitTime(45, 6))).toBe(true);
  });

  it('gives each block what fits when even borrowing cannot reach 5 minutes (15 minutes, 6 blocks)', () => {
    // Shares 4, 1, 3 leave 7 = 1 per block; borrowing at most half of the other 8 minutes gives 11, still 1 per block.
    const plan = splitTime(15, 6);
    expect(plan).toEqual({ score: 4, prioritise: 1, dialoguePerBlock: 1, dialogueTotal: 6, plan: 4, total: 15 });
    expect(meetsMinimum(plan)).toBe(false);
  });

  it('borrows only what lifts every block by whole minutes (30 minutes, 6 blocks)', () => {
    // Shares 8, 3, 6 leave 13; 8 could be borrowed (21 → 3 per block), so only 5 are: 3 from the plan, 2 from step 2.
    expect(splitTime(30, 6)).toEqual({ score: 8, prioritise: 1, dialoguePerBlock: 3, dialogueTotal: 18, plan: 3, total: 30 });
  });

  it('always gives whole, non-negative parts that add up to the total (15..600 × 0..6)', () => {
    // Problems are collected rather than asserted one by one: 4,000 plans × 10 checks would make the test slow.
    const problems: string[] = [];
    for (let total = 15; total <= 600; total += 1) {
      for (let blocks = 0; blocks <= 6; blocks += 1) {
        const plan = splitTime(total, blocks);
        const label = `${total} min, ${blocks} blocks`;
        for (const [key, value] of Object.entries(plan)) {
          if (!Number.isInteger(value) || value < 0) problems.push(`${label}: ${key} = ${value}`);
        }
        if (sumOf(plan) !== total || plan.total !== total) problems.push(`${label}: parts add up to ${sumOf(plan)}`);
        if (plan.dialogueTotal !== plan.dialoguePerBlock * blocks) problems.push(`${label}: dialogueTotal ${plan.dialogueTotal}`);
        if (blocks === 0 && plan.dialoguePerBlock !== 0) problems.push(`${label}: dialoguePerBlock ${plan.dialoguePerBlock}`);
        // The other steps keep at least half of their 55 %, however many blocks are chosen.
        const others = plan.score + plan.prioritise + plan.plan;
        if (others < Math.ceil(Math.round(total * 0.55) / 2)) problems.push(`${label}: other steps only ${others}`);
        // From 10 minutes per block, 5 fit next to half of the other steps' minutes.
        if (blocks > 0 && total >= 2 * MIN_MINUTES_PER_BLOCK * blocks && !meetsMinimum(plan)) {
          problems.push(`${label}: only ${plan.dialoguePerBlock} per block`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('never gives a block fewer minutes when the total grows', () => {
    const problems: string[] = [];
    for (let blocks = 1; blocks <= 6; blocks += 1) {
      let previous = 0;
      for (let total = 15; total <= 600; total += 1) {
        const perBlock = splitTime(total, blocks).dialoguePerBlock;
        if (perBlock < previous) problems.push(`${total} min, ${blocks} blocks: ${perBlock} < ${previous}`);
        previous = perBlock;
      }
    }
    expect(problems).toEqual([]);
  });

  it('treats junk input as zero and rounds fractional input', () => {
    expect(sumOf(splitTime(Number.NaN, 3))).toBe(0);
    expect(splitTime(-10, 2).total).toBe(0);
    expect(splitTime(90.4, Number.NaN)).toEqual(splitTime(90, 0));
    expect(splitTime(90, 2.6)).toEqual(splitTime(90, 3));
  });
});

describe('countdown', () => {
  const MIN = minutesToMs(1);

  it('does not run until started', () => {
    const c = newCountdown(10 * MIN);
    expect(isRunning(c)).toBe(false);
    expect(remainingMs(c, 1_000_000)).toBe(10 * MIN);
    expect(isOver(c, 1_000_000)).toBe(false);
  });

  it('counts down while running', () => {
    const c = startCountdown(newCountdown(10 * MIN), 1_000);
    expect(isRunning(c)).toBe(true);
    expect(remainingMs(c, 1_000 + 3 * MIN)).toBe(7 * MIN);
  });

  it('stands still while paused and continues from there when resumed', () => {
    let c = startCountdown(newCountdown(10 * MIN), 0);
    c = pauseCountdown(c, 4 * MIN);
    expect(isRunning(c)).toBe(false);
    expect(remainingMs(c, 4 * MIN)).toBe(6 * MIN);
    expect(remainingMs(c, 60 * MIN)).toBe(6 * MIN);
    c = startCountdown(c, 60 * MIN);
    expect(remainingMs(c, 62 * MIN)).toBe(4 * MIN);
  });

  it('ignores a second start or a second pause', () => {
    const running = startCountdown(newCountdown(10 * MIN), 0);
    expect(startCountdown(running, 5 * MIN)).toBe(running);
    const paused = pauseCountdown(running, 2 * MIN);
    expect(pauseCountdown(paused, 9 * MIN)).toBe(paused);
    expect(remainingMs(paused, 9 * MIN)).toBe(8 * MIN);
  });

  it('extends while running or paused, and never shortens below zero', () => {
    let c = startCountdown(newCountdown(10 * MIN), 0);
    c = extendCountdown(c, 5 * MIN);
    expect(remainingMs(c, 10 * MIN)).toBe(5 * MIN);
    c = pauseCountdown(c, 12 * MIN);
    c = extendCountdown(c, 2 * MIN);
    expect(remainingMs(c, 99 * MIN)).toBe(5 * MIN);
    expect(extendCountdown(c, -100 * MIN).durationMs).toBe(0);
    expect(extendCountdown(c, Number.NaN)).toBe(c);
  });

  it('never makes a countdown longer than a day, however often "+5 minutter" is pressed', () => {
    let c = newCountdown(23 * 60 * MIN);
    for (let i = 0; i < 20; i++) c = extendCountdown(c, 5 * MIN);
    expect(c.durationMs).toBe(LIMITS.countdownMs);
    expect(newCountdown(Number.POSITIVE_INFINITY).durationMs).toBe(0);
    expect(newCountdown(2 * LIMITS.countdownMs).durationMs).toBe(LIMITS.countdownMs);
    expect(newCountdown(1.6).durationMs).toBe(2);
  });

  it('goes negative in overtime and is over from exactly zero', () => {
    const c = startCountdown(newCountdown(10 * MIN), 0);
    expect(isOver(c, 10 * MIN - 1)).toBe(false);
    expect(isOver(c, 10 * MIN)).toBe(true);
    expect(remainingMs(c, 13 * MIN)).toBe(-3 * MIN);
    expect(isOver(extendCountdown(c, 5 * MIN), 13 * MIN)).toBe(false);
  });

  it('does not run backwards when the clock jumps back', () => {
    const c = startCountdown(newCountdown(10 * MIN), 5 * MIN);
    expect(remainingMs(c, 2 * MIN)).toBe(10 * MIN);
    expect(pauseCountdown(c, 2 * MIN).elapsedBeforeMs).toBe(0);
  });

  it('never changes the countdown it is given', () => {
    const c = newCountdown(10 * MIN);
    const started = startCountdown(c, 0);
    pauseCountdown(started, 1);
    extendCountdown(started, 1);
    expect(c).toEqual({ durationMs: 10 * MIN, startedAt: null, elapsedBeforeMs: 0 });
    expect(started).toEqual({ durationMs: 10 * MIN, startedAt: 0, elapsedBeforeMs: 0 });
  });
});

describe('meetingRemainingMs', () => {
  const MIN = minutesToMs(1);
  // 90 minutes, two blocks: 20 per block (dialogueTotal 40), 18 + 0 for the plan → 58 minutes from step 3 on.
  const plan = splitTime(90, 2);

  it('is step 3’s and step 4’s planned time before any block’s time has run', () => {
    expect(plan.dialogueTotal + plan.plan).toBe(58);
    expect(meetingRemainingMs(plan, [undefined, undefined], 0)).toBe(58 * MIN);
    expect(meetingRemainingMs(plan, [newCountdown(20 * MIN), undefined], 99 * MIN)).toBe(58 * MIN);
  });

  it('goes down while a block’s time runs and stands still while it is paused', () => {
    const running = startCountdown(newCountdown(20 * MIN), 0);
    expect(meetingRemainingMs(plan, [running, undefined], 10 * MIN)).toBe(48 * MIN);
    const paused = pauseCountdown(running, 10 * MIN);
    expect(meetingRemainingMs(plan, [paused, undefined], 30 * MIN)).toBe(48 * MIN);
  });

  it('adds up the time run on every chosen block', () => {
    const first = pauseCountdown(startCountdown(newCountdown(20 * MIN), 0), 12 * MIN);
    const second = startCountdown(newCountdown(20 * MIN), 100 * MIN);
    expect(meetingRemainingMs(plan, [first, second], 105 * MIN)).toBe(41 * MIN);
  });

  it('gives the meeting no more time when a block gets "+5 minutter", and counts a block’s overtime', () => {
    const running = startCountdown(newCountdown(20 * MIN), 0);
    expect(meetingRemainingMs(plan, [extendCountdown(running, 5 * MIN)], 10 * MIN)).toBe(48 * MIN);
    // 25 minutes on a 20-minute block: 5 of them come out of the plan step's time.
    expect(meetingRemainingMs(plan, [running], 25 * MIN)).toBe(33 * MIN);
  });

  it('goes negative when the meeting runs over', () => {
    const running = startCountdown(newCountdown(20 * MIN), 0);
    expect(meetingRemainingMs(plan, [running], 60 * MIN)).toBe(-2 * MIN);
  });

  it('is the plan step’s time when no block is chosen', () => {
    expect(meetingRemainingMs(splitTime(90, 0), [], 0)).toBe(58 * MIN);
  });
});

describe('wholeMinutesLeft', () => {
  it('rounds up, as a countdown counts, and never gives −0', () => {
    expect(wholeMinutesLeft(minutesToMs(58))).toBe(58);
    expect(wholeMinutesLeft(minutesToMs(57) + 1)).toBe(58);
    expect(wholeMinutesLeft(30_000)).toBe(1);
    expect(wholeMinutesLeft(0)).toBe(0);
    expect(Object.is(wholeMinutesLeft(-30_000), 0)).toBe(true);
    expect(wholeMinutesLeft(-90_000)).toBe(-1);
  });
});

describe('blocksThatFit', () => {
  it('the most blocks that still get the minimum each, up to the maximum', () => {
    expect(blocksThatFit(90, 6)).toBe(6);
    expect(blocksThatFit(30, 6)).toBe(4);
    expect(blocksThatFit(15, 6)).toBe(2);
    expect(blocksThatFit(90, 3)).toBe(3);
    for (const total of [15, 20, 30, 45, 60, 90, 150]) {
      const n = blocksThatFit(total, 6);
      expect(meetsMinimum(splitTime(total, n)), `${total} min, ${n} blocks`).toBe(true);
      if (n < 6) expect(meetsMinimum(splitTime(total, n + 1)), `${total} min, ${n + 1} blocks`).toBe(false);
    }
  });

  it('at least one block (a dialogue needs one), none when there is nothing to choose', () => {
    expect(blocksThatFit(1, 6)).toBe(1);
    expect(blocksThatFit(15, 0)).toBe(0);
  });
});

describe('clockFace', () => {
  it('writes minutes and whole seconds, without a sign', () => {
    expect(clockFace(15 * 60_000)).toBe('15:00');
    expect(clockFace(61_400)).toBe('1:01');
    expect(clockFace(59_600)).toBe('1:00');
    expect(clockFace(-125_000)).toBe('2:05');
    expect(clockFace(0)).toBe('0:00');
  });
});
