import { describe, expect, it } from 'vitest';
import { setAnswer, setCursor } from '../../src/domain/answers';
import type { Question } from '../../src/domain/content';
import { answeredCount, firstUnanswered, isComplete } from '../../src/domain/scoring';
import { hasAnswers, removeParticipant } from '../../src/domain/setup';
import type { AnswerValue, Workshop } from '../../src/domain/workshop';
import { deepFreeze, expectValid, questionnaireOf, twoPersonWorkshop } from './builders';


const QUESTIONNAIRE = questionnaireOf(
  (['trivsel', 'trivsel', 'samtaler'] as const).map((block, i): Question => ({ id: `q${i + 1}`, number: i + 1, block, text: `Spørgsmål ${i + 1}` })),
);

function workshop(fields: Partial<Workshop> = {}): Workshop {
  return { ...twoPersonWorkshop(), ...fields };
}


/** Answers one question after another for one participant. */
function answerAll(w: Workshop, participantId: string, values: Record<string, AnswerValue>): Workshop {
  return Object.entries(values).reduce((current, [questionId, value]) => setAnswer(current, participantId, questionId, value), w);
}

describe('setAnswer', () => {
  it('stores the first answer, moves the resume point to it and starts the scoring step', () => {
    const input = deepFreeze(workshop());
    const before = structuredClone(input);
    const next = setAnswer(input, 'p1', 'q1', 4);
    expect(next.answers).toEqual({ p1: { q1: 4 } });
    expect(next.cursor).toEqual({ participantId: 'p1', questionId: 'q1' });
    expect(next.step).toBe('score');
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('stores "Ved ikke / ikke relevant" as "skip", never as a number', () => {
    const next = setAnswer(workshop(), 'p1', 'q2', 'skip');
    expect(next.answers.p1).toEqual({ q2: 'skip' });
    expectValid(next);
  });

  it.each<AnswerValue>([1, 2, 3, 4, 5, 'skip'])('keeps the value %j as given', (value) => {
    const next = setAnswer(workshop(), 'p2', 'q3', value);
    expect(next.answers.p2?.q3).toBe(value);
    expectValid(next);
  });

  it('keeps the participant’s other answers and the other participants’ answers', () => {
    const input = deepFreeze(workshop({ answers: { p1: { q1: 2, q2: 'skip' }, p2: { q1: 5 } } }));
    const next = setAnswer(input, 'p1', 'q3', 3);
    expect(next.answers).toEqual({ p1: { q1: 2, q2: 'skip', q3: 3 }, p2: { q1: 5 } });
    expect(next.answers.p2).toBe(input.answers.p2);
  });

  it('changes an answer, also from a number to "skip" and back', () => {
    const w = workshop({ answers: { p1: { q1: 2 } } });
    const skipped = setAnswer(w, 'p1', 'q1', 'skip');
    expect(skipped.answers.p1).toEqual({ q1: 'skip' });
    expect(setAnswer(skipped, 'p1', 'q1', 1).answers.p1).toEqual({ q1: 1 });
  });

  it('never moves the step back from a later step', () => {
    expect(setAnswer(workshop({ step: 'results' }), 'p1', 'q1', 3).step).toBe('results');
    expect(setAnswer(workshop({ step: 'plan' }), 'p1', 'q1', 3).step).toBe('plan');
  });

  it('moves the resume point to the participant answering now', () => {
    const w = setAnswer(workshop(), 'p1', 'q3', 4);
    expect(setAnswer(w, 'p2', 'q1', 1).cursor).toEqual({ participantId: 'p2', questionId: 'q1' });
  });

  it('leaves the rest of the workshop as it was', () => {
    const w = workshop({ step: 'score' });
    const next = setAnswer(w, 'p1', 'q1', 4);
    const { answers: _a, cursor: _c, ...rest } = next;
    const { answers: _wa, cursor: _wc, ...restBefore } = w;
    expect(rest).toEqual(restBefore);
  });
});

describe('setCursor', () => {
  it('moves the resume point without answering', () => {
    const input = deepFreeze(workshop({ answers: { p1: { q1: 3 } } }));
    const before = structuredClone(input);
    const next = setCursor(input, 'p2', 'q3');
    expect(next.cursor).toEqual({ participantId: 'p2', questionId: 'q3' });
    expect(next.answers).toBe(input.answers);
    expect(next.step).toBe('score');
    expect(input).toEqual(before);
    expectValid(next);
  });

  it('never moves the step back', () => {
    expect(setCursor(workshop({ step: 'dialogue' }), 'p1', 'q1').step).toBe('dialogue');
  });
});

describe('answers and progress', () => {
  it('counts answered questions, "skip" included, and finds the next one to answer', () => {
    const w = answerAll(workshop(), 'p1', { q1: 4, q3: 'skip' });
    expect(answeredCount(QUESTIONNAIRE, w.answers, 'p1')).toBe(2);
    expect(firstUnanswered(QUESTIONNAIRE, w.answers, 'p1')?.id).toBe('q2');
    expect(isComplete(QUESTIONNAIRE, w.answers, 'p1')).toBe(false);
    expect(answeredCount(QUESTIONNAIRE, w.answers, 'p2')).toBe(0);

    const done = setAnswer(w, 'p1', 'q2', 'skip');
    expect(answeredCount(QUESTIONNAIRE, done.answers, 'p1')).toBe(3);
    expect(isComplete(QUESTIONNAIRE, done.answers, 'p1')).toBe(true);
  });

  it('does not count a changed answer twice', () => {
    const w = answerAll(workshop(), 'p1', { q1: 4 });
    expect(answeredCount(QUESTIONNAIRE, setAnswer(w, 'p1', 'q1', 'skip').answers, 'p1')).toBe(1);
  });

  it('makes hasAnswers true after the first answer, even a "skip"', () => {
    const w = workshop();
    expect(hasAnswers(w, 'p1')).toBe(false);
    expect(hasAnswers(setAnswer(w, 'p1', 'q1', 'skip'), 'p1')).toBe(true);
    expect(hasAnswers(setCursor(w, 'p1', 'q1'), 'p1')).toBe(false);
  });

  it('removing a participant takes their answers and their place in the resume point with them', () => {
    const w = setAnswer(answerAll(workshop(), 'p2', { q1: 2 }), 'p1', 'q1', 5);
    const next = removeParticipant(w, 'p1');
    expect(next.answers).toEqual({ p2: { q1: 2 } });
    expect(next.cursor).toBeNull();
    expect(next.participants.map((p) => p.id)).toEqual(['p2']);
    expectValid(next);
  });

  it('removing another participant keeps the resume point', () => {
    const w = setAnswer(answerAll(workshop(), 'p2', { q1: 2 }), 'p1', 'q1', 5);
    const next = removeParticipant(w, 'p2');
    expect(next.answers).toEqual({ p1: { q1: 5 } });
    expect(next.cursor).toEqual({ participantId: 'p1', questionId: 'q1' });
  });
});
