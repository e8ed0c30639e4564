import { describe, expect, it } from 'vitest';
import type { BlockId, Question, Questionnaire } from '../../src/domain/content';
import {
  compareRounds,
  comparisonRule,
  MIN_RESPONDENTS,
  nextRound,
  nextRoundDate,
  plannedNextRound,
  previousRound,
  reviewCounts,
  reviewedItems,
  reviewedItemsOfBlock,
  reviewOf,
  roundsUpTo,
  seriesTrend,
  setItemComment,
  setItemStatus,
  sideBySide,
  type Round,
} from '../../src/domain/rounds';
import { summarise } from '../../src/domain/scoring';
import { groupBySeries } from '../../src/domain/series';
import { LIMITS, newWorkshop, type AnswerValue, type Workshop } from '../../src/domain/workshop';
import { workshopV1ToV2 } from '../../src/domain/workshop-upgrade';
import { deepFreeze, expectValid, questionnaireOf, twoPersonWorkshop } from './builders';

function question(number: number, block: BlockId, id = `q${number}`): Question {
  return { id, number, block, text: `Spørgsmål ${number}` };
}

/** Version 1: two trivsel questions, one statistik question, one samtaler question. */
const V1: Questionnaire = questionnaireOf([question(1, 'trivsel'), question(2, 'trivsel'), question(3, 'statistik'), question(4, 'samtaler')]);
/** Version 2: q2 is dropped, q5 (trivsel) is new; q3, q4 stay. */
const V2: Questionnaire = { ...questionnaireOf([question(1, 'trivsel'), question(2, 'trivsel', 'q5'), question(3, 'statistik'), question(4, 'samtaler')]), version: 2 };

type Row = Record<string, AnswerValue>;

/** A round with one participant per row of answers. */
function round(id: string, date: string, questionnaire: Questionnaire, rows: Row[], mode: Workshop['mode'] = 'group'): Round {
  const base = newWorkshop(
    {
      id,
      series: 'series-1',
      title: 'Børnehuset',
      date,
      mode,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      participants: rows.map((_, i) => ({ id: `p${i + 1}`, name: `P${i + 1}`, role: 'med' as const })),
    },
    new Date(`${date}T10:00:00.000Z`),
  );
  const answers = Object.fromEntries(rows.map((row, i) => [`p${i + 1}`, row]));
  return { workshop: { ...base, answers }, questionnaire };
}

describe('compareRounds', () => {
  it('compares each block over the questions both rounds asked, with a change of the shown means', () => {
    const before = round('w-1', '2025-11-01', V1, [
      { q1: 2, q2: 5, q3: 1, q4: 3 },
      { q1: 2, q2: 5, q3: 2, q4: 3 },
      { q1: 3, q2: 5, q3: 3, q4: 3 },
    ]);
    const after = round('w-2', '2026-11-01', V2, [
      { q1: 3, q5: 1, q3: 2, q4: 3 },
      { q1: 3, q5: 1, q3: 2, q4: 3 },
      { q1: 4, q5: 1, q3: 3, q4: 3 },
      { q1: 4, q5: 1, q3: 3, q4: 3 },
    ]);
    const result = compareRounds(after, before);
    expect(result.added.map((q) => q.id)).toEqual(['q5']);
    expect(result.removed.map((q) => q.id)).toEqual(['q2']);
    expect(result.respondents).toEqual({ current: 4, previous: 3 });
    const trivsel = result.blocks.find((b) => b.block === 'trivsel');
    // Only q1 is compared: before (2+2+3)/3 = 2.33 → 2,3; after (3+3+4+4)/4 = 3.5 → 3,5. q2's fives and q5's ones count nowhere.
    expect(trivsel).toMatchObject({ questionIds: ['q1'], change: 1.2, direction: 'up', reason: null });
    expect(trivsel?.current).toEqual({ mean: 3.5, respondents: 4, answered: 4, skipped: 0 });
    expect(trivsel?.previous.respondents).toBe(3);
    const statistik = result.blocks.find((b) => b.block === 'statistik');
    // (1+2+3)/3 = 2.0 → (2+2+3+3)/4 = 2.5
    expect(statistik).toMatchObject({ change: 0.5, direction: 'up' });
    expect(result.blocks.find((b) => b.block === 'samtaler')).toMatchObject({ change: 0, direction: 'same' });
    expect(result.blocks.map((b) => b.block)).toEqual(['trivsel', 'statistik', 'samtaler']);
  });

  it('takes the change between the displayed means, so the numbers on screen add up', () => {
    // 2.25 shows as 2,3 and 2.6 as 2,6: the change shown is +0,3, not the raw 0.35 (which would round to +0,4).
    const before = round('w-1', '2025-01-01', V1, [{ q3: 2 }, { q3: 2 }, { q3: 2 }, { q3: 3 }]);
    const after = round('w-2', '2026-01-01', V1, [{ q3: 2 }, { q3: 2 }, { q3: 3 }, { q3: 3 }, { q3: 3 }]);
    const statistik = compareRounds(after, before).blocks.find((b) => b.block === 'statistik');
    expect(statistik?.change).toBe(0.3);
    expect(statistik?.direction).toBe('up');
  });

  it('leaves "Ved ikke" out of the means and the respondents, as scoring does', () => {
    const before = round('w-1', '2025-01-01', V1, [{ q3: 4 }, { q3: 4 }, { q3: 4 }, { q3: 'skip' }]);
    const after = round('w-2', '2026-01-01', V1, [{ q3: 3 }, { q3: 3 }, { q3: 3 }, { q3: 'skip' }, { q3: 'skip' }]);
    const statistik = compareRounds(after, before).blocks.find((b) => b.block === 'statistik');
    expect(statistik?.previous).toEqual({ mean: 4, respondents: 3, answered: 3, skipped: 1 });
    expect(statistik?.current).toEqual({ mean: 3, respondents: 3, answered: 3, skipped: 2 });
    expect(statistik).toMatchObject({ change: -1, direction: 'down' });
    // The same means scoring.ts gives for the whole round.
    const own = summarise(V1, after.workshop.answers, after.workshop.participants.map((p) => p.id)).blocks.find((b) => b.block === 'statistik');
    expect(own?.mean).toBe(statistik?.current.mean);
  });

  it('shows no arrow where either round has fewer than three respondents, but still the numbers', () => {
    expect(MIN_RESPONDENTS).toBe(3);
    const before = round('w-1', '2025-01-01', V1, [{ q3: 1, q4: 1 }, { q3: 1, q4: 1 }, { q3: 1 }]);
    const after = round('w-2', '2026-01-01', V1, [{ q3: 5, q4: 5 }, { q3: 5, q4: 5 }, { q3: 5, q4: 5 }]);
    const result = compareRounds(after, before);
    expect(result.blocks.find((b) => b.block === 'statistik')).toMatchObject({ change: 4, direction: 'up', reason: null });
    // Only two answered samtaler last time.
    expect(result.blocks.find((b) => b.block === 'samtaler')).toMatchObject({ change: 4, direction: null, reason: 'too-few' });
  });

  it('a block nobody answered in one of the rounds has no change', () => {
    const before = round('w-1', '2025-01-01', V1, [{ q1: 3, q2: 'skip' }, { q1: 'skip', q2: 'skip' }, { q3: 3 }]);
    const after = round('w-2', '2026-01-01', V1, [{ q1: 3 }, { q1: 4 }, { q1: 5 }]);
    const result = compareRounds(after, before);
    expect(result.blocks.find((b) => b.block === 'samtaler')).toMatchObject({
      change: null,
      direction: null,
      reason: 'no-answers',
      current: { mean: null, respondents: 0 },
      previous: { mean: null, respondents: 0 },
    });
    expect(result.blocks.find((b) => b.block === 'statistik')).toMatchObject({ change: null, reason: 'no-answers', previous: { mean: 3 } });
  });

  it('a block whose questions are all new is not compared', () => {
    const onlyNew: Questionnaire = { ...questionnaireOf([question(1, 'trivsel', 'q9'), question(2, 'statistik', 'q3')]), version: 3 };
    const before = round('w-1', '2025-01-01', V1, [{ q1: 3, q3: 3 }]);
    const after = round('w-2', '2026-01-01', onlyNew, [{ q9: 3, q3: 3 }]);
    const result = compareRounds(after, before);
    expect(result.blocks[0]).toMatchObject({ block: 'trivsel', questionIds: [], reason: 'no-compared-questions', change: null });
    expect(result.questions.map((q) => q.questionId)).toEqual(['q3']);
    expect(result.added.map((q) => q.id)).toEqual(['q9']);
    expect(result.removed.map((q) => q.id)).toEqual(['q1', 'q2', 'q4']);
  });

  it('gives each question’s distribution in both rounds, side by side', () => {
    const before = round('w-1', '2025-01-01', V1, [{ q1: 1 }, { q1: 1 }, { q1: 'skip' }]);
    const after = round('w-2', '2026-01-01', V1, [{ q1: 4 }, { q1: 5 }, { q1: 1 }]);
    const q1 = compareRounds(after, before).questions.find((q) => q.questionId === 'q1');
    expect(q1 && sideBySide(q1)).toEqual([
      { value: 1, current: 1, previous: 2 },
      { value: 2, current: 0, previous: 0 },
      { value: 3, current: 0, previous: 0 },
      { value: 4, current: 1, previous: 0 },
      { value: 5, current: 1, previous: 0 },
    ]);
    expect(q1?.previous.skipped).toBe(1);
  });

  it('alone, compares the person with their own answers and asks for two answers per block, not three people', () => {
    expect(comparisonRule('solo')).toEqual({ minRespondents: 1, minAnswers: 2 });
    expect(comparisonRule('group')).toEqual({ minRespondents: 3, minAnswers: 1 });
    const before = round('w-1', '2025-01-01', V1, [{ q1: 2, q2: 2, q3: 4 }], 'solo');
    const after = round('w-2', '2026-01-01', V1, [{ q1: 4, q2: 3, q3: 5 }], 'solo');
    const result = compareRounds(after, before);
    expect(result.blocks.find((b) => b.block === 'trivsel')).toMatchObject({ change: 1.5, direction: 'up', current: { respondents: 1 } });
    // One answered question is one opinion, not a change.
    expect(result.blocks.find((b) => b.block === 'statistik')).toMatchObject({ change: 1, direction: null, reason: 'too-few' });
  });

  it('changes neither round', () => {
    const before = round('w-1', '2025-01-01', V1, [{ q1: 2 }]);
    const after = round('w-2', '2026-01-01', V1, [{ q1: 4 }]);
    deepFreeze(before);
    deepFreeze(after);
    expect(() => compareRounds(after, before)).not.toThrow();
  });
});

describe('series', () => {
  const w = (id: string, date: string, series: string, updatedAt = `${date}T12:00:00.000Z`): Workshop => ({
    ...twoPersonWorkshop({ id, date, series }),
    updatedAt,
  });

  it('a workshop alone is a series of one round', () => {
    const only = twoPersonWorkshop({ id: 'w-9' });
    expect(only.series).toBe('w-9');
    expect(groupBySeries([only])).toEqual([{ id: 'w-9', rounds: [only], latest: only }]);
    expect(previousRound(only, [only])).toBeNull();
    expect(roundsUpTo(only, [only])).toEqual([only]);
  });

  it('groups by series, rounds in date order, series changed most recently first', () => {
    const a1 = w('a-1', '2024-05-01', 'a', '2024-05-01T12:00:00.000Z');
    const a3 = w('a-3', '2026-05-01', 'a', '2026-05-02T12:00:00.000Z');
    const a2 = w('a-2', '2025-05-01', 'a', '2025-05-01T12:00:00.000Z');
    const b = w('b', '2026-01-01', 'b', '2026-06-01T12:00:00.000Z');
    const groups = groupBySeries([a3, b, a1, a2]);
    expect(groups.map((g) => g.id)).toEqual(['b', 'a']);
    expect(groups[1]?.rounds.map((r) => r.id)).toEqual(['a-1', 'a-2', 'a-3']);
    expect(groups[1]?.latest.id).toBe('a-3');
    expect(previousRound(a3, [a1, a2, a3, b])?.id).toBe('a-2');
    expect(previousRound(a2, [a1, a2, a3, b])?.id).toBe('a-1');
    expect(previousRound(a1, [a1, a2, a3, b])).toBeNull();
    expect(roundsUpTo(a2, [a3, a1, a2, b]).map((r) => r.id)).toEqual(['a-1', 'a-2']);
  });

  it('the next round copies the set-up, takes today and the newest questionnaire, and starts empty in the same series', () => {
    const last: Workshop = {
      ...twoPersonWorkshop({ id: 'w-1', mode: 'shared-device', votesPerPerson: 3, timeBudgetMinutes: 150 }),
      participants: [
        { id: 'p1', name: 'Maria', role: 'leder' },
        { id: 'p2', name: '', role: 'med', responseId: 'AAAAAAAAAAA' },
      ],
      answers: { p1: { 'm1-01': 3 } },
      anonymous: true,
      step: 'plan',
      review: { x: { status: 'done', comment: '' } },
    };
    deepFreeze(last);
    const next = newWorkshop(nextRound(last, { id: 'w-2', date: '2027-01-10', questionnaire: { id: 'maalgruppe-1', version: 2 } }), new Date('2027-01-10T09:00:00.000Z'));
    expect(next).toMatchObject({
      id: 'w-2',
      series: 'w-1',
      title: last.title,
      date: '2027-01-10',
      questionnaire: { id: 'maalgruppe-1', version: 2 },
      mode: 'shared-device',
      votesPerPerson: 3,
      timeBudgetMinutes: 150,
      anonymous: true,
      answers: {},
      review: {},
      step: 'setup',
      createdAt: '2027-01-10T09:00:00.000Z',
    });
    expect(next.participants).toEqual([
      { id: 'p1', name: 'Maria', role: 'leder' },
      { id: 'p2', name: '', role: 'med' },
    ]);
    expect(next.plan.items).toEqual([]);
    expectValid({ ...next, questionnaire: { id: 'maalgruppe-1', version: 1 } });
    expect(groupBySeries([last, next])).toHaveLength(1);
  });

  it('the next round is one year later by default; 29 February becomes 28 February', () => {
    expect(nextRoundDate('2026-12-02')).toBe('2027-12-02');
    expect(nextRoundDate('2028-02-29')).toBe('2029-02-28');
  });
});

describe('seriesTrend', () => {
  const r1 = round('w-1', '2024-01-01', V1, [{ q1: 1, q3: 2 }, { q1: 1, q3: 2 }, { q1: 1, q3: 2 }]);
  const r2 = round('w-2', '2025-01-01', V1, [{ q1: 2, q2: 5 }, { q1: 2 }, { q1: 2 }]);
  const r3 = round('w-3', '2026-01-01', V2, [{ q1: 3, q5: 1, q3: 4 }, { q1: 4, q3: 4 }, { q1: 5, q3: 'skip' }]);

  it('is empty with one or two rounds', () => {
    expect(seriesTrend([r3])).toEqual([]);
    expect(seriesTrend([r2, r3])).toEqual([]);
  });

  it('gives each block a point per round over the questions shared with the latest round', () => {
    const trend = seriesTrend([r1, r2, r3]);
    expect(trend.map((b) => b.block)).toEqual(['trivsel', 'statistik', 'samtaler']);
    const trivsel = trend.find((b) => b.block === 'trivsel');
    // q2 (dropped since) never counts, though it was answered 5 in round 2; the latest point is that round's own mean, q5 included: (3+1+4+5)/4.
    expect(trivsel?.points.map((p) => p.mean)).toEqual([1, 2, 3.25]);
    expect(trivsel?.points.map((p) => p.date)).toEqual(['2024-01-01', '2025-01-01', '2026-01-01']);
    const statistik = trend.find((b) => b.block === 'statistik');
    expect(statistik?.points.map((p) => [p.mean, p.respondents])).toEqual([
      [2, 3],
      [null, 0],
      [4, 2],
    ]);
  });
});

describe('the previous plan\'s statuses', () => {
  const previous = {
    ...twoPersonWorkshop({ id: 'w-1' }).plan,
    items: [
      { id: 'i-1', block: 'trivsel' as const, kind: 'action' as const, what: 'Trivselstavle', who: 'Anne', when: '', whenDate: null, forum: '' },
      { id: 'i-2', block: 'statistik' as const, kind: 'discussion' as const, what: 'Statistik', who: '', when: '', whenDate: null, forum: 'MED' },
      { id: 'i-3', block: 'trivsel' as const, kind: 'action' as const, what: 'Fælles pauser', who: '', when: '', whenDate: null, forum: '' },
    ],
  };

  it('starts with no status and no comment for any item', () => {
    const current = twoPersonWorkshop({ id: 'w-2', series: 'w-1' });
    expect(reviewOf(current, 'i-1')).toEqual({ status: null, comment: '' });
    expect(reviewCounts(reviewedItems(previous, current))).toEqual({ done: 0, 'in-progress': 0, 'not-done': 0, dropped: 0, open: 3 });
  });

  it('keeps a status and a comment per item, and each of the four statuses', () => {
    const current = deepFreeze(twoPersonWorkshop({ id: 'w-2', series: 'w-1' }));
    let next = setItemStatus(current, 'i-1', 'done');
    next = setItemComment(next, 'i-1', 'Hænger i personalestuen');
    next = setItemStatus(next, 'i-2', 'dropped');
    next = setItemStatus(next, 'i-3', 'in-progress');
    expectValid(next);
    expect(current.review).toEqual({});
    expect(reviewedItems(previous, next).map((r) => [r.item.id, r.status, r.comment])).toEqual([
      ['i-1', 'done', 'Hænger i personalestuen'],
      ['i-2', 'dropped', ''],
      ['i-3', 'in-progress', ''],
    ]);
    next = setItemStatus(next, 'i-3', 'not-done');
    expect(reviewCounts(reviewedItems(previous, next))).toEqual({ done: 1, 'in-progress': 0, 'not-done': 1, dropped: 1, open: 0 });
    expect(reviewedItemsOfBlock(previous, next, 'trivsel').map((r) => r.item.id)).toEqual(['i-1', 'i-3']);
    const cleared = setItemStatus(next, 'i-1', null);
    expect(reviewOf(cleared, 'i-1')).toEqual({ status: null, comment: 'Hænger i personalestuen' });
  });

  it('returns the same workshop when nothing changes, and cuts a long comment', () => {
    const current = setItemStatus(twoPersonWorkshop({ id: 'w-2' }), 'i-1', 'done');
    expect(setItemStatus(current, 'i-1', 'done')).toBe(current);
    const long = setItemComment(current, 'i-1', 'x'.repeat(LIMITS.reviewComment + 10));
    expect(reviewOf(long, 'i-1').comment).toHaveLength(LIMITS.reviewComment);
  });

  it('the schema refuses a status it does not know', () => {
    const current = twoPersonWorkshop({ id: 'w-2' });
    expect(() => expectValid({ ...current, review: { 'i-1': { status: 'maybe' as never, comment: '' } } })).toThrow();
  });

  it('a review of an item the previous plan no longer has is left out', () => {
    const current = setItemStatus(twoPersonWorkshop({ id: 'w-2' }), 'gone', 'done');
    expect(reviewedItems(previous, current).map((r) => r.item.id)).toEqual(['i-1', 'i-2', 'i-3']);
  });
});

describe('workshopV1ToV2', () => {
  it('makes a version-1 workshop a one-round series with nothing reviewed', () => {
    const { series: _series, review: _review, ...rest } = twoPersonWorkshop({ id: 'w-7' });
    const v1 = deepFreeze({ ...rest, schemaVersion: 1 });
    const upgraded = workshopV1ToV2(v1) as Workshop;
    expect(upgraded).toEqual({ ...rest, schemaVersion: 2, series: 'w-7', review: {} });
    expectValid(upgraded);
  });

  it('leaves anything else alone', () => {
    const current = twoPersonWorkshop();
    expect(workshopV1ToV2(current)).toBe(current);
    expect(workshopV1ToV2(null)).toBeNull();
    expect(workshopV1ToV2([1])).toEqual([1]);
  });
});

describe('plannedNextRound', () => {
  it('is a year after the meeting until the plan says otherwise; null leaves it out', () => {
    const w = twoPersonWorkshop({ date: '2026-12-02' });
    expect(plannedNextRound(w)).toBe('2027-12-02');
    expect(plannedNextRound({ ...w, plan: { ...w.plan, nextRound: '2027-06-01' } })).toBe('2027-06-01');
    expect(plannedNextRound({ ...w, plan: { ...w.plan, nextRound: null } })).toBeNull();
  });
});
