/** Recording answers in step 1. */
import { furthestStep } from './setup.ts';
import type { AnswerValue, Workshop } from './workshop.ts';

/** Stores one answer, moves the resume point to it, and marks the workshop as being scored. */
export function setAnswer(workshop: Workshop, participantId: string, questionId: string, value: AnswerValue): Workshop {
  return {
    ...workshop,
    answers: { ...workshop.answers, [participantId]: { ...workshop.answers[participantId], [questionId]: value } },
    cursor: { participantId, questionId },
    step: furthestStep(workshop.step, 'score'),
  };
}

/** Moves the resume point without answering (jumping to a block, a new participant taking over). */
export function setCursor(workshop: Workshop, participantId: string, questionId: string): Workshop {
  return { ...workshop, cursor: { participantId, questionId }, step: furthestStep(workshop.step, 'score') };
}
