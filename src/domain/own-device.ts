/**
 * Answers given on a participant's own phone, as the facilitator's device
 * receives them (issue #10). The code they travel in is src/own-devices/;
 * this is what they do to the workshop: each answer set becomes one
 * participant with those answers, the same set received twice counts once,
 * and a set for another questionnaire changes nothing.
 */
import type { Questionnaire } from './content.ts';
import { isIsoDate, LIMITS, type AnswerValue, type Role, type Workshop } from './workshop.ts';
import type * as S from './workshop-schema.ts';

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

/** Why an answer code could not be opened (src/own-devices/answer-code.ts). */
export type AnswerCodeProblem = 'not-answer-code' | 'newer-version' | 'damaged' | 'truncated' | 'other-meeting' | 'wrong-key';

/** Everything the facilitator can be told about a code or file that was not received; src/i18n/ words each. */
export type OwnDeviceProblem = AnswerCodeProblem | ReceiveProblem['code'] | 'not-answer-file' | 'unreadable';

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

/**
 * On the participant's phone: one invitation answered, kept until the participant deletes it
 * (ResponseSchema in workshop-schema.ts, checked before every write). `handedInAt` is when the
 * answers were handed in; after that they no longer change.
 */
export type Response = S.Response;

/** A new, empty response to an invitation. */
export function newResponse(id: string, invitation: Response['invitation'], now: Date): Response {
  const stamp = now.toISOString();
  return { id, invitation, name: '', role: null, answers: {}, handedInAt: null, code: null, createdAt: stamp, updatedAt: stamp };
}

/** Sets one answer; a handed-in response does not change. */
export function answerInResponse(response: Response, questionId: string, value: AnswerValue): Response {
  if (response.handedInAt !== null || response.answers[questionId] === value) return response;
  return { ...response, answers: { ...response.answers, [questionId]: value } };
}

/** Hands the answers in: from now on they do not change, and `code` is what the facilitator receives. */
export function handIn(response: Response, code: string, now: Date): Response {
  if (response.handedInAt !== null) return response;
  return { ...response, handedInAt: now.toISOString(), code };
}

/** The set that travels, for a response to `questionnaire` (the invitation's). */
export function answerSetOf(response: Response, questionnaire: Questionnaire): AnswerSet {
  return {
    responseId: response.id,
    questionnaire: { ...response.invitation.questionnaire },
    name: response.name,
    role: response.role,
    answers: answerList(questionnaire, response.answers),
  };
}

/** How many the facilitator invited, as typed: a whole number from 1 to the participant limit, or empty for "not said". */
export function expectedFromText(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,3}$/.test(trimmed)) return 'invalid';
  const n = Number(trimmed);
  return n >= 1 && n <= LIMITS.participants ? n : 'invalid';
}

/** The workshop with the number invited set or (undefined) forgotten; a workshop without an invitation is unchanged. */
export function setExpected(workshop: Workshop, expected: number | undefined): Workshop {
  if (!workshop.invitation) return workshop;
  const { expected: _old, ...invitation } = workshop.invitation;
  return { ...workshop, invitation: expected === undefined ? invitation : { ...invitation, expected } };
}

/** "Svar senest" as typed in a date field and read as ISO ('' for an empty field): a real day, or empty for "not said". */
export function deadlineFromIso(iso: string): string | undefined | 'invalid' {
  if (iso === '') return undefined;
  return isIsoDate(iso) ? iso : 'invalid';
}

/** The workshop with the invitation's deadline ("Svar senest") set or (undefined) forgotten; a workshop without an invitation is unchanged. */
export function setDeadline(workshop: Workshop, deadline: string | undefined): Workshop {
  if (!workshop.invitation) return workshop;
  const { deadline: _old, ...invitation } = workshop.invitation;
  return { ...workshop, invitation: deadline === undefined ? invitation : { ...invitation, deadline } };
}
