/**
 * Answers given on a participant's own phone, as the facilitator's device
 * receives them (issue #10). The code they travel in is src/own-devices/;
 * this is what they do to the workshop: each answer set becomes one
 * participant with those answers, the same set received twice counts once,
 * and a set for another questionnaire changes nothing.
 */
import type { Questionnaire } from './content.ts';
import { LIMITS, type AnswerValue, type Role, type Workshop } from './workshop.ts';

/** One participant's answers as they travel from their phone. */
export interface AnswerSet {
  /** Eleven base64url characters, made once per participant on their phone. */
  responseId: string;
  questionnaire: { id: string; version: number };
  /** Empty when the participant gave none. */
  name: string;
  role: Role | null;
  /** In the questionnaire's order; null where not answered. */
  answers: ReadonlyArray<AnswerValue | null>;
}

export type ReceiveProblem =
  /** Answers to another questionnaire, or another version of it: they would not mean the same. */
  | { code: 'other-questionnaire'; questionnaire: { id: string; version: number } }
  /** The same answers once more: counted once, and the facilitator is told who they are. */
  | { code: 'already-received'; participantId: string }
  | { code: 'full'; limit: number };

export type Received = { ok: true; workshop: Workshop; participantId: string } | { ok: false; problem: ReceiveProblem };

/** The set's answers by question id, in the form a workshop keeps them (unanswered questions left out). */
export function answersOf(questionnaire: Questionnaire, set: AnswerSet): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  questionnaire.questions.forEach((question, i) => {
    const value = set.answers[i];
    if (value !== null && value !== undefined) answers[question.id] = value;
  });
  return answers;
}

/** The answers in the questionnaire's order, as a phone sends them. */
export function answerList(questionnaire: Questionnaire, answers: Readonly<Record<string, AnswerValue>>): Array<AnswerValue | null> {
  return questionnaire.questions.map((question) => answers[question.id] ?? null);
}

/** Adds the set as a new participant (`participantId`) of the workshop, whose questionnaire is `questionnaire`. */
export function receiveAnswers(workshop: Workshop, questionnaire: Questionnaire, set: AnswerSet, participantId: string): Received {
  const q = set.questionnaire;
  if (q.id !== workshop.questionnaire.id || q.version !== workshop.questionnaire.version || set.answers.length !== questionnaire.questions.length) {
    return { ok: false, problem: { code: 'other-questionnaire', questionnaire: q } };
  }
  const earlier = workshop.participants.find((p) => p.responseId === set.responseId);
  if (earlier) return { ok: false, problem: { code: 'already-received', participantId: earlier.id } };
  if (workshop.participants.length >= LIMITS.participants) return { ok: false, problem: { code: 'full', limit: LIMITS.participants } };
  const participant = { id: participantId, name: set.name.trim().slice(0, LIMITS.name), role: set.role ?? 'andet', responseId: set.responseId };
  return {
    ok: true,
    participantId,
    workshop: {
      ...workshop,
      participants: [...workshop.participants, participant],
      answers: { ...workshop.answers, [participantId]: answersOf(questionnaire, set) },
    },
  };
}
