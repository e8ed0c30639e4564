import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS, QuestionnaireSchema, type BlockId, type Question, type Questionnaire } from '../../src/domain/content';
import {
  answeredCount,
  dialogueOpeners,
  displayedMean,
  hasAnyAnswer,
  firstUnanswered,
  isComplete,
  rankBlocksLowestFirst,
  summarise,
  type BlockResult,
  type QuestionResult,
  type ScoreSummary,
} from '../../src/domain/scoring';
import type { AnswerValue, Workshop } from '../../src/domain/workshop';
import { questionnaireOf } from './builders';

type Answers = Workshop['answers'];

const ONE_DECIMAL = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
type Cell = AnswerValue | undefined;

function question(number: number, block: BlockId, id = `q${number}`): Question {
  return { id, number, block, text: `Spørgsmål ${number}` };
}


/**
 * Five questions in three blocks, out of BLOCK_IDS order and with Tydelig
 * ledelse coming back at the end, so "order of first appearance" is tested.
 */
const FIXTURE = questionnaireOf([
  question(1, 'tydelig-ledelse'),
  question(2, 'tydelig-ledelse'),
  question(3, 'samtaler'),
  question(4, 'trivsel'),
  question(5, 'tydelig-ledelse'),
]);

/** Participant ids p1..pn. */
function ids(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `p${i + 1}`);
}

/** Answers written as columns: `{ q1: [4, 'skip', undefined] }` is p1 → 4, p2 → skip, p3 → no entry. */
function grid(columns: Record<string, Cell[]>): Answers {
  const answers: Answers = {};
  for (const [questionId, cells] of Object.entries(columns)) {
    cells.forEach((cell, i) => {
      if (cell === undefined) return;
      const row = (answers[`p${i + 1}`] ??= {});
      row[questionId] = cell;
    });
  }
  return answers;
}

function resultFor(summary: ScoreSummary, questionId: string): QuestionResult {
  const found = summary.questions.find((q) => q.questionId === questionId);
  if (!found) throw new Error(`test setup: no result for ${questionId}`);
  return found;
}

function blockFor(summary: ScoreSummary, block: BlockId): BlockResult {
  const found = summary.blocks.find((b) => b.block === block);
  if (!found) throw new Error(`test setup: no result for block ${block}`);
  return found;
}

/** Deterministic PRNG (mulberry32), so the big test is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadMaalgruppe1(): Questionnaire {
  const raw = readFileSync(new URL('../../questionnaires/maalgruppe-1.json', import.meta.url), 'utf8');
  return QuestionnaireSchema.parse(JSON.parse(raw));
}

describe('summarise', () => {
  it('gives one result per question in questionnaire order and one per block in order of first appearance', () => {
    const summary = summarise(FIXTURE, grid({ q1: [3], q2: [3], q3: [3], q4: [3], q5: [3] }), ids(1));
    expect(summary.participantsCounted).toBe(1);
    expect(summary.questions.map((q) => [q.questionId, q.number, q.block])).toEqual([
      ['q1', 1, 'tydelig-ledelse'],
      ['q2', 2, 'tydelig-ledelse'],
      ['q3', 3, 'samtaler'],
      ['q4', 4, 'trivsel'],
      ['q5', 5, 'tydelig-ledelse'],
    ]);
    expect(summary.blocks.map((b) => [b.block, b.questionIds])).toEqual([
      ['tydelig-ledelse', ['q1', 'q2', 'q5']],
      ['samtaler', ['q3']],
      ['trivsel', ['q4']],
    ]);
  });

  it('treats an all-skipped questionnaire as no answers: means null, skips counted, nothing lowest, no disagreements', () => {
    const skipAll: Cell[] = ['skip', 'skip', 'skip'];
    const summary = summarise(FIXTURE, grid({ q1: skipAll, q2: skipAll, q3: skipAll, q4: skipAll, q5: skipAll }), ids(3));
    for (const q of summary.questions) {
      expect(q).toMatchObject({ answered: 0, skipped: 3, missing: 0, mean: null, min: null, max: null, spread: null, sd: null });
      expect(q.distribution).toEqual([0, 0, 0, 0, 0]);
    }
    expect(blockFor(summary, 'tydelig-ledelse')).toMatchObject({ mean: null, min: null, max: null, answered: 0, respondents: 0, skipped: 9 });
    expect(blockFor(summary, 'samtaler')).toMatchObject({ mean: null, answered: 0, respondents: 0, skipped: 3 });
    expect(summary.lowestBlocks).toEqual([]);
    expect(summary.disagreements).toEqual([]);
  });

  it('gives spread 0 and sd 0 for a single participant', () => {
    const summary = summarise(FIXTURE, grid({ q1: [1], q2: [5], q3: [2], q4: [4], q5: [3] }), ids(1));
    const q2 = resultFor(summary, 'q2');
    expect(q2).toMatchObject({ answered: 1, skipped: 0, missing: 0, mean: 5, min: 5, max: 5, spread: 0, sd: 0 });
    expect(q2.distribution).toEqual([0, 0, 0, 0, 1]);
    expect(resultFor(summary, 'q1').distribution).toEqual([1, 0, 0, 0, 0]);
    for (const q of summary.questions) {
      expect(q.spread).toBe(0);
      expect(q.sd).toBe(0);
    }
    // The block spans 1, 5 and 3 from the same person: its range is wide, but no single question disagrees.
    expect(blockFor(summary, 'tydelig-ledelse')).toMatchObject({ mean: 3, min: 1, max: 5, answered: 3, respondents: 1 });
    expect(summary.disagreements).toEqual([]);
    expect(summary.lowestBlocks).toEqual(['samtaler']);
  });

  it('counts questions without an entry as missing and takes the mean from the answers that are there', () => {
    // p3 has no row at all; p2 has not reached q1 yet.
    const answers = grid({ q1: [2, undefined], q2: [4, 5], q3: [1, 'skip'] });
    const summary = summarise(FIXTURE, answers, ids(3));
    expect(summary.participantsCounted).toBe(3);
    expect(resultFor(summary, 'q1')).toMatchObject({ answered: 1, skipped: 0, missing: 2, mean: 2, spread: 0 });
    expect(resultFor(summary, 'q2')).toMatchObject({ answered: 2, skipped: 0, missing: 1, mean: 4.5, min: 4, max: 5, spread: 1, sd: 0.5 });
    expect(resultFor(summary, 'q3')).toMatchObject({ answered: 1, skipped: 1, missing: 1, mean: 1 });
    expect(resultFor(summary, 'q4')).toMatchObject({ answered: 0, skipped: 0, missing: 3, mean: null });
    for (const q of summary.questions) expect(q.answered + q.skipped + q.missing).toBe(3);
    expect(blockFor(summary, 'tydelig-ledelse')).toMatchObject({ mean: 11 / 3, answered: 3, respondents: 2, skipped: 0 });
    expect(blockFor(summary, 'trivsel').mean).toBeNull();
  });

  it('ignores answers of ids not in participantIds, and counts a repeated id once', () => {
    const answers = grid({ q1: [4, 5, 1], q2: [4, 4, 1], q3: [3, 'skip', 1], q4: [2, 2, 1], q5: [5, 5, 1] });
    const summary = summarise(FIXTURE, answers, ['p1', 'p2', 'p1', 'nobody']);
    expect(summary.participantsCounted).toBe(3);
    expect(resultFor(summary, 'q1')).toMatchObject({ answered: 2, missing: 1, mean: 4.5, min: 4 });
    expect(resultFor(summary, 'q3')).toMatchObject({ answered: 1, skipped: 1, missing: 1, mean: 3 });
    const withoutP3 = grid({ q1: [4, 5], q2: [4, 4], q3: [3, 'skip'], q4: [2, 2], q5: [5, 5] });
    expect(summary).toEqual(summarise(FIXTURE, withoutP3, ['p1', 'p2', 'nobody']));
  });

  it('counts only whole answers 1–5: a stray 0, 6, 2.5 or "3" that bypassed the schema changes no result', () => {
    // As if read from a store or file that was never checked: the schema would refuse every one of these.
    const stray = [0, 6, -1, 2.5, '3', 7] as unknown as Cell[];
    const answers = grid({ q1: [4, ...stray], q3: [...stray, 2] });
    const summary = summarise(FIXTURE, answers, ids(7));
    expect(resultFor(summary, 'q1')).toMatchObject({ distribution: [0, 0, 0, 1, 0], answered: 1, skipped: 0, missing: 6, mean: 4, min: 4, max: 4, spread: 0 });
    expect(resultFor(summary, 'q3')).toMatchObject({ distribution: [0, 1, 0, 0, 0], answered: 1, mean: 2, min: 2, max: 2 });
    expect(blockFor(summary, 'tydelig-ledelse')).toMatchObject({ answered: 1, respondents: 1, mean: 4, max: 4 });
    expect(summary).toEqual(summarise(FIXTURE, grid({ q1: [4], q3: [undefined, undefined, undefined, undefined, undefined, undefined, 2] }), ids(7)));
  });

  it('never lets a skip lower a mean: 4 and skip give 4', () => {
    const summary = summarise(FIXTURE, grid({ q1: [4, 'skip'], q2: [4, 'skip'], q5: ['skip', 'skip'] }), ids(2));
    expect(resultFor(summary, 'q1')).toMatchObject({ mean: 4, min: 4, max: 4, spread: 0, sd: 0, answered: 1, skipped: 1 });
    expect(blockFor(summary, 'tydelig-ledelse')).toMatchObject({ mean: 4, min: 4, answered: 2, skipped: 4, respondents: 1 });
  });

  it('calls a spread of exactly 2 a disagreement and a spread of 1 not', () => {
    const summary = summarise(FIXTURE, grid({ q1: [2, 4], q2: [3, 4], q3: [5, 5], q4: [1, 2], q5: [3, 'skip'] }), ids(2));
    expect(resultFor(summary, 'q1').spread).toBe(2);
    expect(resultFor(summary, 'q2').spread).toBe(1);
    expect(summary.disagreements.map((q) => q.questionId)).toEqual(['q1']);
  });

  it('sorts disagreements by spread, then sd, then question number', () => {
    // Numbers 3 and 4 stand in reverse array order, so only a sort on number puts 3 first.
    const questionnaire = questionnaireOf([
      question(1, 'trivsel'),
      question(2, 'trivsel'),
      question(4, 'trivsel'),
      question(3, 'trivsel'),
      question(5, 'trivsel'),
    ]);
    const summary = summarise(
      questionnaire,
      grid({
        q1: [2, 3, 2], // spread 1: no disagreement
        q2: [1, 3, 2], // spread 2, sd √(2/3)
        q4: [3, 1, 1], // spread 2, sd √(8/9)
        q3: [1, 3, 3], // spread 2, sd √(8/9)
        q5: [1, 5, 3], // spread 4
      }),
      ids(3),
    );
    expect(resultFor(summary, 'q2').sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(resultFor(summary, 'q3').sd).toBeCloseTo(Math.sqrt(8 / 9), 12);
    expect(summary.disagreements.map((q) => q.questionId)).toEqual(['q5', 'q3', 'q4', 'q2']);
  });

  it('returns every block tied for the lowest mean, in questionnaire order', () => {
    // Tydelig ledelse comes before Trivsel here but after it in BLOCK_IDS.
    expect(BLOCK_IDS.indexOf('trivsel')).toBeLessThan(BLOCK_IDS.indexOf('tydelig-ledelse'));
    const summary = summarise(FIXTURE, grid({ q1: [2, 3], q2: [2, 3], q3: [4, 4], q4: [3, 2], q5: [3, 2] }), ids(2));
    expect(blockFor(summary, 'tydelig-ledelse').mean).toBe(2.5);
    expect(blockFor(summary, 'trivsel').mean).toBe(2.5);
    expect(summary.lowestBlocks).toEqual(['tydelig-ledelse', 'trivsel']);
  });

  describe('ties are judged on means as displayed, at one decimal', () => {
    const questionnaire = questionnaireOf([question(1, 'samtaler', 'qx'), question(2, 'statistik', 'qy'), question(3, 'trivsel', 'qz')]);
    const twos = (n: number): Cell[] => Array.from({ length: n }, () => 2);
    const fives: Cell[] = Array.from({ length: 20 }, () => 5);
    const x: Cell[] = [3, ...twos(19)]; // 41/20 = 2.05 → "2,1" (half rounds away from zero)
    const y: Cell[] = [3, ...twos(6), ...Array<Cell>(13).fill('skip')]; // 15/7 ≈ 2.143 → "2,1"
    const z: Cell[] = [3, 3, 3, ...twos(17)]; // 43/20 = 2.15 → "2,2"
    const w: Cell[] = [3, ...twos(24)]; // 51/25 = 2.04 → "2,0"

    it('counts 2.05 and 2.14 (both "2,1") as a tie, in questionnaire order', () => {
      const summary = summarise(questionnaire, grid({ qx: x, qy: y, qz: fives }), ids(25));
      expect(blockFor(summary, 'samtaler').mean).toBe(41 / 20);
      expect(blockFor(summary, 'statistik').mean).toBe(15 / 7);
      expect(summary.lowestBlocks).toEqual(['samtaler', 'statistik']);
      // And the other way round: the tie keeps questionnaire order, not the order of the raw means.
      const swapped = summarise(questionnaire, grid({ qx: y, qy: x, qz: fives }), ids(25));
      expect(swapped.lowestBlocks).toEqual(['samtaler', 'statistik']);
      expect(rankBlocksLowestFirst(swapped).map((b) => b.block)).toEqual(['samtaler', 'statistik', 'trivsel']);
    });

    it('ranks 2.15 ("2,2") above 2.05 ("2,1"), and 2.04 ("2,0") below it', () => {
      const summary = summarise(questionnaire, grid({ qx: z, qy: x, qz: w }), ids(25));
      expect(summary.lowestBlocks).toEqual(['trivsel']);
      expect(rankBlocksLowestFirst(summary).map((b) => b.block)).toEqual(['trivsel', 'statistik', 'samtaler']);
    });
  });

  it('takes a block mean over all individual answers, not over question means', () => {
    // q1 has one answer (1), q2 three (5, 5, 5): answers mean 16/4 = 4, question means mean (1 + 5)/2 = 3.
    const summary = summarise(FIXTURE, grid({ q1: [1, 'skip', 'skip'], q2: [5, 5, 5], q3: ['skip', 4], q5: ['skip', 'skip', 'skip'] }), ids(3));
    const block = blockFor(summary, 'tydelig-ledelse');
    expect(block).toMatchObject({ mean: 4, min: 1, max: 5, answered: 4, respondents: 3, skipped: 5 });
    // A participant who only skipped or left the block empty is not a respondent.
    expect(blockFor(summary, 'samtaler')).toMatchObject({ mean: 4, answered: 1, respondents: 1, skipped: 1 });
  });

  it('scores the real Målgruppe 1 questionnaire: 28 questions in its six blocks, in the booklet order', () => {
    const questionnaire = loadMaalgruppe1();
    const answers: Answers = { p1: {}, p2: {} };
    questionnaire.questions.forEach((q, i) => {
      answers.p1![q.id] = 3;
      answers.p2![q.id] = i < 6 ? 1 : 4; // Tydelig ledelse (questions 1–6) comes out lowest
    });
    const summary = summarise(questionnaire, answers, ids(2));
    expect(summary.questions).toHaveLength(28);
    expect(summary.blocks.map((b) => [b.block, b.questionIds.length])).toEqual([
      ['tydelig-ledelse', 6],
      ['faelles-ejerskab', 3],
      ['trivsel', 4],
      ['statistik', 4],
      ['samtaler', 8],
      ['tidlige-indsatser', 3],
    ]);
    expect(summary.lowestBlocks).toEqual(['tydelig-ledelse']);
    expect(blockFor(summary, 'tydelig-ledelse')).toMatchObject({ mean: 2, answered: 12, respondents: 2 });
    expect(summary.disagreements.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  describe('50 participants × 28 questions', () => {
    const questionnaire = loadMaalgruppe1();
    const people = Array.from({ length: 50 }, (_, i) => `deltager-${i + 1}`);
    const random = mulberry32(20240611);
    const answers: Answers = {};
    for (const id of people) {
      const row: Record<string, AnswerValue> = {};
      questionnaire.questions.forEach((q, i) => {
        const r = random();
        if (i === 27) row[q.id] = 'skip'; // one question nobody could answer
        else if (r < 0.08) return; // not answered yet
        else if (r < 0.16) row[q.id] = 'skip';
        else if (i % 3 === 0) row[q.id] = random() < 0.5 ? 3 : 4; // agreement: spread at most 1
        else row[q.id] = 1 + Math.floor(random() * 5);
      });
      answers[id] = row;
    }
    // Someone outside the group whose 1s must not count.
    answers['gaest'] = Object.fromEntries(questionnaire.questions.map((q) => [q.id, 1]));

    /** The plain way: collect the values, then average them. */
    function reference() {
      const valuesOf = (questionId: string) =>
        people.map((id) => answers[id]?.[questionId]).filter((v): v is number => typeof v === 'number');
      const stats = (values: number[]) => {
        if (values.length === 0) return { mean: null, min: null, max: null, spread: null, sd: null };
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
        const [min, max] = [Math.min(...values), Math.max(...values)];
        return { mean, min, max, spread: max - min, sd };
      };
      const questions = questionnaire.questions.map((q) => {
        const cells = people.map((id) => answers[id]?.[q.id]);
        const values = valuesOf(q.id);
        return {
          questionId: q.id,
          number: q.number,
          distribution: [1, 2, 3, 4, 5].map((v) => values.filter((x) => x === v).length),
          answered: values.length,
          skipped: cells.filter((c) => c === 'skip').length,
          missing: cells.filter((c) => c === undefined).length,
          ...stats(values),
        };
      });
      const blockIds = [...new Set(questionnaire.questions.map((q) => q.block))];
      const blocks = blockIds.map((block) => {
        const ownIds = questionnaire.questions.filter((q) => q.block === block).map((q) => q.id);
        const values = ownIds.flatMap(valuesOf);
        const { mean, min, max } = stats(values);
        const respondents = people.filter((id) => ownIds.some((qid) => typeof answers[id]?.[qid] === 'number')).length;
        const skipped = ownIds.reduce((n, qid) => n + people.filter((id) => answers[id]?.[qid] === 'skip').length, 0);
        return { block, questionIds: ownIds, mean, min, max, answered: values.length, respondents, skipped };
      });
      // Intl as the independent oracle of what the screen shows ("2.1"); toFixed would round 2.05 down.
      const shown = blocks.filter((b) => b.mean !== null).map((b) => ({ block: b.block, rounded: ONE_DECIMAL.format(b.mean ?? 0) }));
      const lowestRounded = shown.map((b) => b.rounded).sort()[0];
      const lowestBlocks = shown.filter((b) => b.rounded === lowestRounded).map((b) => b.block);
      const disagreements = questions
        .filter((q) => q.spread !== null && q.spread >= 2)
        .sort((a, b) => {
          const sdA = a.sd ?? 0;
          const sdB = b.sd ?? 0;
          const bySd = Math.abs(sdA - sdB) < 1e-9 ? 0 : sdB - sdA;
          return (b.spread ?? 0) - (a.spread ?? 0) || bySd || a.number - b.number;
        })
        .map((q) => q.questionId);
      return { questions, blocks, lowestBlocks, disagreements };
    }

    it('matches a straightforward computation', () => {
      const summary = summarise(questionnaire, answers, people);
      const expected = reference();
      expect(summary.participantsCounted).toBe(50);
      // The pattern must exercise every case, or the comparison proves little.
      expect(expected.questions.some((q) => q.missing > 0)).toBe(true);
      expect(expected.questions.some((q) => q.mean === null)).toBe(true);
      expect(expected.disagreements.length).toBeGreaterThan(5);
      expect(expected.disagreements.length).toBeLessThan(27);

      summary.questions.forEach((actual, i) => {
        const want = expected.questions[i]!;
        expect({ ...actual, sd: null, block: null }).toEqual({ ...want, sd: null, block: null });
        if (want.sd === null) expect(actual.sd).toBeNull();
        else expect(actual.sd).toBeCloseTo(want.sd, 12);
      });
      expect(summary.blocks).toEqual(expected.blocks);
      expect(summary.lowestBlocks).toEqual(expected.lowestBlocks);
      expect(summary.disagreements.map((q) => q.questionId)).toEqual(expected.disagreements);
    });

    it('reads each answer a bounded number of times (one pass, not participants × questions × questions)', () => {
      let reads = 0;
      const count = <T extends object>(target: T): T =>
        new Proxy(target, {
          get: (t, key, receiver) => {
            reads += 1;
            return Reflect.get(t, key, receiver) as unknown;
          },
          getOwnPropertyDescriptor: (t, key) => {
            reads += 1;
            return Reflect.getOwnPropertyDescriptor(t, key);
          },
          has: (t, key) => {
            reads += 1;
            return Reflect.has(t, key);
          },
        });
      const watched = count(Object.fromEntries(Object.entries(answers).map(([id, row]) => [id, count(row)])));
      summarise(questionnaire, watched, people);
      expect(reads).toBeGreaterThan(0);
      expect(reads).toBeLessThanOrEqual(3 * 50 * 28 + 3 * 50);
    });
  });
});

describe('answeredCount, isComplete and firstUnanswered', () => {
  const answers: Answers = {
    done: { q1: 1, q2: 'skip', q3: 5, q4: 'skip', q5: 3 },
    halfway: { q1: 2, q2: 'skip', q4: 4, 'not-in-questionnaire': 5 },
    constructor: { q1: 3 },
  };

  it('counts 1..5 and skip as done, and ignores entries for other questions', () => {
    expect(answeredCount(FIXTURE, answers, 'done')).toBe(5);
    expect(answeredCount(FIXTURE, answers, 'halfway')).toBe(3);
    expect(answeredCount(FIXTURE, answers, 'new-person')).toBe(0);
    expect(answeredCount(FIXTURE, {}, 'constructor')).toBe(0);
  });

  it('never reads answers off Object.prototype for ids that are valid slugs', () => {
    // Without an own-property check, answers['constructor'] is Object, whose `length` is 1.
    const withLength = questionnaireOf([question(1, 'trivsel', 'length')]);
    expect(answeredCount(withLength, {}, 'constructor')).toBe(0);
    expect(firstUnanswered(withLength, {}, 'constructor')?.id).toBe('length');
    expect(summarise(withLength, {}, ['constructor']).questions[0]).toMatchObject({ answered: 0, missing: 1, mean: null });
  });

  it('is complete only when every question has an entry', () => {
    expect(isComplete(FIXTURE, answers, 'done')).toBe(true);
    expect(isComplete(FIXTURE, answers, 'halfway')).toBe(false);
    expect(isComplete(FIXTURE, answers, 'new-person')).toBe(false);
    expect(isComplete(FIXTURE, { p1: { q1: 1, q2: 1, q3: 1, q4: 1, 'q-other': 1 } }, 'p1')).toBe(false);
  });

  it('finds the first question without an entry, or null', () => {
    expect(firstUnanswered(FIXTURE, answers, 'done')).toBeNull();
    expect(firstUnanswered(FIXTURE, answers, 'halfway')?.id).toBe('q3');
    expect(firstUnanswered(FIXTURE, answers, 'new-person')?.id).toBe('q1');
    expect(firstUnanswered(FIXTURE, answers, 'constructor')?.id).toBe('q2');
  });
});

describe('rankBlocksLowestFirst', () => {
  it('ranks lowest mean first, ties in questionnaire order, blocks without answers last', () => {
    const questionnaire = questionnaireOf([
      question(1, 'tydelig-ledelse'),
      question(2, 'samtaler'),
      question(3, 'trivsel'),
      question(4, 'statistik'),
      question(5, 'faelles-ejerskab'),
      question(6, 'tidlige-indsatser'),
    ]);
    const summary = summarise(
      questionnaire,
      grid({
        q1: [3, 3], // 3
        q2: ['skip', 'skip'], // no answers
        q3: [2, 2], // 2
        // q4: nobody has answered
        q5: [1, 3], // 2, tied with trivsel
        q6: [1, 2], // 1.5
      }),
      ids(2),
    );
    expect(rankBlocksLowestFirst(summary).map((b) => b.block)).toEqual([
      'tidlige-indsatser',
      'trivsel',
      'faelles-ejerskab',
      'tydelig-ledelse',
      'samtaler',
      'statistik',
    ]);
    expect(summary.lowestBlocks).toEqual(['tidlige-indsatser']);
    // Ranking must not reorder the summary itself.
    expect(summary.blocks.map((b) => b.block)).toEqual(['tydelig-ledelse', 'samtaler', 'trivsel', 'statistik', 'faelles-ejerskab', 'tidlige-indsatser']);
  });
});

describe('dialogueOpeners', () => {
  it('gives every tied lowest block, lowest first, and at most the asked number of disagreements, most first', () => {
    const questionnaire = questionnaireOf([
      question(1, 'tydelig-ledelse'),
      question(2, 'samtaler'),
      question(3, 'trivsel'),
      question(4, 'statistik'),
      question(5, 'faelles-ejerskab'),
      question(6, 'tidlige-indsatser'),
    ]);
    const summary = summarise(
      questionnaire,
      grid({
        q1: [1, 5], // 3, spread 4
        q2: [2, 2], // 2
        q3: [1, 3], // 2, spread 2
        q4: [4, 4],
        q5: [2, 5], // 3.5, spread 3
        q6: [3, 3],
      }),
      ids(2),
    );
    const openers = dialogueOpeners(summary, 2);
    expect(openers.lowest.map((b) => b.block)).toEqual(['samtaler', 'trivsel']);
    expect(openers.disagreements.map((q) => q.number)).toEqual([1, 5]);
    expect(dialogueOpeners(summary).disagreements.map((q) => q.number)).toEqual([1, 5, 3]);
    expect(dialogueOpeners(summary, 0).disagreements).toEqual([]);
  });

  it('has no openers before anyone has answered', () => {
    const summary = summarise(questionnaireOf([question(1, 'samtaler')]), {}, ids(2));
    expect(dialogueOpeners(summary)).toEqual({ lowest: [], disagreements: [] });
  });
});

describe('displayedMean', () => {
  it('rounds to one decimal, half away from zero, also where floating point sits just below the half', () => {
    // A hair below the half counts as the half: no mean of real answers lies within 1e-11 of one without being it.
    expect(displayedMean(20.499999999999996 / 10)).toBe(2.1);
    expect(displayedMean(2.0500000000000003)).toBe(2.1);
    expect(displayedMean(2.05)).toBe(2.1);
    expect(displayedMean(41 / 20)).toBe(2.1);
    expect(displayedMean(2.14)).toBe(2.1);
    expect(displayedMean(2.15)).toBe(2.2);
    expect(displayedMean(43 / 20)).toBe(2.2);
    expect(displayedMean(2.25)).toBe(2.3);
    expect(displayedMean(2.0499999)).toBe(2);
    expect(displayedMean(2.04)).toBe(2);
    expect(displayedMean(1)).toBe(1);
    expect(displayedMean(5)).toBe(5);
    expect(displayedMean(1.05)).toBe(1.1);
    expect(displayedMean(4.95)).toBe(5);
  });

  it('agrees with Intl’s one-decimal display for every mean of up to 200 answers', () => {
    const disagreements: string[] = [];
    for (let n = 1; n <= 200; n += 1) {
      for (let sum = n; sum <= 5 * n; sum += 1) {
        const mean = sum / n;
        if (ONE_DECIMAL.format(mean) !== ONE_DECIMAL.format(displayedMean(mean))) disagreements.push(`${sum}/${n}`);
        if (ONE_DECIMAL.format(mean) !== displayedMean(mean).toFixed(1)) disagreements.push(`${sum}/${n} (toFixed)`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('hasAnyAnswer', () => {
  it('counts a "Ved ikke" as an answer, and nothing before anyone has answered', () => {
    const questionnaire = questionnaireOf([question(1, 'samtaler')]);
    expect(hasAnyAnswer(summarise(questionnaire, {}, ids(2)))).toBe(false);
    expect(hasAnyAnswer(summarise(questionnaire, grid({ q1: ['skip'] }), ids(2)))).toBe(true);
    expect(hasAnyAnswer(summarise(questionnaire, grid({ q1: [3] }), ids(2)))).toBe(true);
  });
});
