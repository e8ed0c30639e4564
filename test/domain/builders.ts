/** Shared builders and checks for the domain unit tests. */
import type { Question, Questionnaire } from '../../src/domain/content';
import { newWorkshop, type Workshop } from '../../src/domain/workshop';
import { checkWorkshop } from '../../src/domain/workshop-schema';

export const NOW = new Date('2026-01-05T10:30:00.000Z');

/** A valid new workshop (Målgruppe 1), with Maria (leder) and Ole (tr) unless `participants` says otherwise. */
export function twoPersonWorkshop(input: Partial<Parameters<typeof newWorkshop>[0]> = {}): Workshop {
  return newWorkshop(
    {
      id: 'w-1',
      title: 'Børnehuset Solsikken',
      date: '2026-01-05',
      questionnaire: { id: 'maalgruppe-1', version: 1 },
      participants: [
        { id: 'p1', name: 'Maria', role: 'leder' },
        { id: 'p2', name: 'Ole', role: 'tr' },
      ],
      ...input,
    },
    NOW,
  );
}

/** A small questionnaire made of the given questions. */
export function questionnaireOf(questions: Question[]): Questionnaire {
  return { kind: 'questionnaire', id: 'test', version: 1, source: 'test', title: 'Test', shortTitle: 'Test', audience: 'test', questions };
}

/** Freezes a value and everything inside it, so any mutation throws (test files are strict mode). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Freezes the workshop and returns it with a copy taken before the call, to compare afterwards. */
export function frozen(w: Workshop): { input: Workshop; before: Workshop } {
  return { input: deepFreeze(w), before: structuredClone(w) };
}

/** Fails with the schema's own words when the workshop would not be stored. */
export function expectValid(w: Workshop): void {
  const check = checkWorkshop(w);
  if (!check.ok) throw new Error(`expected a valid workshop, got: ${check.problems.join('; ')}`);
}
