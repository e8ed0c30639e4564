/**
 * The result of step 1 (Score): per question the distribution, mean and
 * spread of the answers, per building block the mean of every answer given,
 * the lowest-scoring blocks and the questions where the group disagrees.
 * 'skip' ("Ved ikke / ikke relevant") is counted apart and never enters a
 * mean, so it can never pull a score down as a zero would.
 */
import type { BlockId } from './blocks.ts';
import type { Question, Questionnaire } from './content.ts';
import type { AnswerValue, Workshop } from './workshop.ts';

export type Distribution = [number, number, number, number, number];

export interface QuestionResult {
  questionId: string;
  number: number;
  block: BlockId;
  /** counts of answers 1..5, index 0 = "Slet ikke" (1) … index 4 = "I meget høj grad" (5) */
  distribution: Distribution;
  /** count of 1..5 answers */
  answered: number;
  /** count of 'skip' */
  skipped: number;
  /** participants counted with no entry for this question */
  missing: number;
  /** null when answered === 0 */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max - min in scale steps; null when answered === 0; 0 for a single answer */
  spread: number | null;
  /** population standard deviation, null when answered === 0 */
  sd: number | null;
}

export interface BlockResult {
  block: BlockId;
  questionIds: string[];
  /** mean of ALL individual 1..5 answers given to the block's questions (not a mean of question means) */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** number of individual 1..5 answers in the block */
  answered: number;
  /** participants with at least one 1..5 answer in the block */
  respondents: number;
  skipped: number;
}

export interface ScoreSummary {
  /** participants included (distinct ids from participantIds) */
  participantsCounted: number;
  /** in questionnaire order */
  questions: QuestionResult[];
  /** one per block that has questions, in the order the blocks first appear in the questionnaire */
  blocks: BlockResult[];
  /** the block(s) with the lowest mean; several when tied (means compare as displayed: one decimal, see displayedMean); empty if no block has answers */
  lowestBlocks: BlockId[];
  /** questions where answers are 2 or more scale steps apart, sorted by spread desc, then sd desc, then question number asc */
  disagreements: QuestionResult[];
}

/** The smallest spread (in scale steps) the booklet calls a disagreement worth talking about. */
export const DISAGREEMENT_SPREAD = 2;

type Answers = Workshop['answers'];
type Row = Answers[string];

/**
 * A participant's own answer row, or undefined. `Object.hasOwn` because ids
 * such as "constructor" are valid slugs and must not reach Object.prototype.
 */
function rowOf(answers: Answers, participantId: string): Row | undefined {
  return Object.hasOwn(answers, participantId) ? answers[participantId] : undefined;
}

/** The entry for one question, or undefined when there is none (or it is not a valid answer). */
function entryOf(row: Row | undefined, questionId: string): AnswerValue | undefined {
  if (!row || !Object.hasOwn(row, questionId)) return undefined;
  const value = row[questionId];
  // Stored data is schema-checked, but a stray 0 or 7 must not leak into a mean.
  if (value === 'skip') return value;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : undefined;
}

/** Mean, min, max, spread and population sd derived exactly from a distribution of 1..5 answers. */
function statsOf(distribution: Distribution): Pick<QuestionResult, 'answered' | 'mean' | 'min' | 'max' | 'spread' | 'sd'> {
  let answered = 0;
  let sum = 0;
  let min: number | null = null;
  let max: number | null = null;
  distribution.forEach((count, i) => {
    if (count === 0) return;
    const value = i + 1;
    answered += count;
    sum += count * value;
    min ??= value;
    max = value;
  });
  if (answered === 0 || min === null || max === null) {
    return { answered: 0, mean: null, min: null, max: null, spread: null, sd: null };
  }
  const mean = sum / answered;
  // Deviations from the mean per scale value, not sumSq/n - mean², which can dip below zero in floating point.
  let squares = 0;
  distribution.forEach((count, i) => {
    squares += count * (i + 1 - mean) ** 2;
  });
  return { answered, mean, min, max, spread: max - min, sd: Math.sqrt(squares / answered) };
}

/**
 * A mean as the screens and the PDF show it: one decimal, half rounded away
 * from zero as Intl rounds (2.05 → 2.1, 2.04 → 2.0). Ranking and tie-breaking
 * use this value too, so two means that both read "2,1" are tied everywhere.
 * The product is rounded to 12 significant digits first, so a mean that
 * floating point puts a hair below a half (x * 10 = 20.499999999999996) still
 * counts as the half it is: a mean of real answers, a ratio of small whole
 * numbers, is never within 1e-11 of a half without being one.
 */
export function displayedMean(mean: number): number {
  return tenthsOf(mean) / 10;
}

/** The displayed mean in whole tenths (2.05 → 21), the integer key means are compared by. */
function tenthsOf(mean: number): number {
  const tenths = Number((mean * 10).toPrecision(12));
  // Half away from zero, as Intl's default rounding does (means are never negative, but keep it symmetric).
  return Math.sign(tenths) * Math.round(Math.abs(tenths));
}

/** The key means are compared by, so that 2.05 and 2.14 (both shown as 2,1) count as a tie. */
export function meanKey(mean: number): number {
  return tenthsOf(mean);
}

interface BlockTally {
  block: BlockId;
  questionIds: string[];
  distribution: Distribution;
  skipped: number;
  respondents: number;
}

/** Scores a questionnaire for the given participants in one pass over participants × questions. */
export function summarise(questionnaire: Questionnaire, answers: Answers, participantIds: string[]): ScoreSummary {
  // A duplicated id must not count the same person twice.
  const people = [...new Set(participantIds)];
  const questions = questionnaire.questions;

  const tallies: BlockTally[] = [];
  const tallyIndex = new Map<BlockId, number>();
  const blockOfQuestion: number[] = questions.map((question) => {
    let index = tallyIndex.get(question.block);
    if (index === undefined) {
      index = tallies.length;
      tallyIndex.set(question.block, index);
      tallies.push({ block: question.block, questionIds: [], distribution: [0, 0, 0, 0, 0], skipped: 0, respondents: 0 });
    }
    tallies[index]?.questionIds.push(question.id);
    return index;
  });

  const perQuestion = questions.map(() => ({ distribution: [0, 0, 0, 0, 0] as Distribution, skipped: 0, missing: 0 }));
  const answeredBlock: boolean[] = tallies.map(() => false);

  for (const participantId of people) {
    const row = rowOf(answers, participantId);
    answeredBlock.fill(false);
    questions.forEach((question, q) => {
      const acc = perQuestion[q];
      const b = blockOfQuestion[q];
      const tally = b === undefined ? undefined : tallies[b];
      if (!acc || b === undefined || !tally) return;
      const value = entryOf(row, question.id);
      if (value === undefined) {
        acc.missing += 1;
      } else if (value === 'skip') {
        acc.skipped += 1;
        tally.skipped += 1;
      } else {
        const i = value - 1;
        acc.distribution[i] = (acc.distribution[i] ?? 0) + 1;
        tally.distribution[i] = (tally.distribution[i] ?? 0) + 1;
        if (!answeredBlock[b]) {
          answeredBlock[b] = true;
          tally.respondents += 1;
        }
      }
    });
  }

  const questionResults: QuestionResult[] = questions.map((question, q) => {
    const acc = perQuestion[q] ?? { distribution: [0, 0, 0, 0, 0] as Distribution, skipped: 0, missing: 0 };
    return {
      questionId: question.id,
      number: question.number,
      block: question.block,
      distribution: acc.distribution,
      skipped: acc.skipped,
      missing: acc.missing,
      ...statsOf(acc.distribution),
    };
  });

  const blocks: BlockResult[] = tallies.map((tally) => {
    const { answered, mean, min, max } = statsOf(tally.distribution);
    return {
      block: tally.block,
      questionIds: tally.questionIds,
      mean,
      min,
      max,
      answered,
      respondents: tally.respondents,
      skipped: tally.skipped,
    };
  });

  return {
    participantsCounted: people.length,
    questions: questionResults,
    blocks,
    lowestBlocks: lowestOf(blocks),
    disagreements: disagreementsOf(questionResults),
  };
}

/** The block(s) sharing the lowest rounded mean, in questionnaire order. */
function lowestOf(blocks: readonly BlockResult[]): BlockId[] {
  let lowest: number | null = null;
  for (const block of blocks) {
    if (block.mean === null) continue;
    const key = meanKey(block.mean);
    if (lowest === null || key < lowest) lowest = key;
  }
  if (lowest === null) return [];
  return blocks.filter((block) => block.mean !== null && meanKey(block.mean) === lowest).map((block) => block.block);
}

/** Questions at or over the disagreement spread, widest first. */
function disagreementsOf(questions: readonly QuestionResult[]): QuestionResult[] {
  return questions
    .filter((question) => question.spread !== null && question.spread >= DISAGREEMENT_SPREAD)
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0) || (b.sd ?? 0) - (a.sd ?? 0) || a.number - b.number);
}

/** How many of the questionnaire's questions this participant has answered (1..5 or skip both count as done). */
export function answeredCount(questionnaire: Questionnaire, answers: Answers, participantId: string): number {
  const row = rowOf(answers, participantId);
  let count = 0;
  for (const question of questionnaire.questions) if (entryOf(row, question.id) !== undefined) count += 1;
  return count;
}

/** True when every question has an entry (1..5 or 'skip'). */
export function isComplete(questionnaire: Questionnaire, answers: Answers, participantId: string): boolean {
  return firstUnanswered(questionnaire, answers, participantId) === null;
}

/** The first question without an entry for this participant, or null. */
export function firstUnanswered(questionnaire: Questionnaire, answers: Answers, participantId: string): Question | null {
  const row = rowOf(answers, participantId);
  return questionnaire.questions.find((question) => entryOf(row, question.id) === undefined) ?? null;
}

/** The block results ranked from lowest mean to highest (blocks without answers last), ties keep questionnaire order. */
export function rankBlocksLowestFirst(summary: ScoreSummary): BlockResult[] {
  // Means compare as displayed (one decimal), as in `lowestBlocks`, so the ranking starts with exactly the lowest blocks;
  // Array.prototype.sort is stable, so equal keys keep questionnaire order.
  return [...summary.blocks].sort((a, b) => {
    if (a.mean === null || b.mean === null) return (a.mean === null ? 1 : 0) - (b.mean === null ? 1 : 0);
    return meanKey(a.mean) - meanKey(b.mean);
  });
}

/** The booklet's best dialogue openers, as the results screen and the presenter view both show them. */
export interface DialogueOpeners {
  /** The lowest-scoring block(s), several when tied, lowest first. */
  lowest: BlockResult[];
  /** The questions the group disagrees on most, at most `maxQuestions`, most disagreement first. */
  disagreements: QuestionResult[];
}

/** How many disagreeing questions a screen lists as openers. */
export const OPENER_QUESTIONS = 5;

/** "Gode steder at starte dialogen": the lowest blocks and the questions with the most disagreement. */
export function dialogueOpeners(summary: ScoreSummary, maxQuestions = OPENER_QUESTIONS): DialogueOpeners {
  return {
    lowest: rankBlocksLowestFirst(summary).filter((b) => summary.lowestBlocks.includes(b.block)),
    disagreements: summary.disagreements.slice(0, Math.max(0, maxQuestions)),
  };
}

/** True once anyone has answered anything, "Ved ikke" included: before that there is no result to show. */
export function hasAnyAnswer(summary: ScoreSummary): boolean {
  return summary.questions.some((q) => q.answered > 0 || q.skipped > 0);
}
