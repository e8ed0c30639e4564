/**
 * Meetings put on the device the way a person would: a backup file restored
 * on "Data og sikkerhed" → "Gendan".
 *
 * For tests whose subject is a later step: clicking all 24–28 answers of two
 * or three people only to get there was a quarter of such a test's time, and
 * the whole suite has to stay under 15 minutes (issue #15). The tests of
 * Trin 1 itself still click every answer.
 */
import type { Page } from '@playwright/test';
import { newWorkshop, type Participant, type Workshop } from '../../src/domain/workshop';
import type { Answer } from './expected-results';
import { expect } from './fixtures';

export interface Person {
  name: string;
  role: Participant['role'];
  /** `answers[i]` answers questions[i]; undefined leaves it unanswered. */
  answers?: ReadonlyArray<Answer | undefined>;
}

export interface MeetingInput {
  id: string;
  title: string;
  questionnaire: 'maalgruppe-1' | 'maalgruppe-2';
  questions: ReadonlyArray<{ id: string }>;
  people: readonly Person[];
  /** The step the meeting has reached; the answers are in from Trin 1 on. */
  step: Workshop['step'];
  date?: string;
  series?: string;
  mode?: Workshop['mode'];
}

/** A valid stored meeting whose participants (p-1, p-2, …) have answered as given. */
export function meeting(input: MeetingInput): Workshop {
  const date = input.date ?? '2026-11-02';
  const participants: Participant[] = input.people.map((p, i) => ({ id: `p-${i + 1}`, name: p.name, role: p.role }));
  const w = newWorkshop(
    { id: input.id, series: input.series, title: input.title, date, mode: input.mode ?? 'group', questionnaire: { id: input.questionnaire, version: 1 }, participants },
    new Date(`${date}T10:00:00.000Z`),
  );
  const answers = Object.fromEntries(
    input.people.map((p, i) => [
      `p-${i + 1}`,
      Object.fromEntries(input.questions.flatMap((q, n) => (p.answers?.[n] === undefined ? [] : [[q.id, p.answers[n]]]))),
    ]),
  );
  return { ...w, answers, step: input.step };
}

/** The bytes of a backup of everything holding these meetings, as "Gem sikkerhedskopi af alt" writes it. */
export function backupOf(workshops: readonly Workshop[]): Buffer {
  const file = { format: 'kom-i-hus-backup', formatVersion: 2, exportedAt: '2026-11-02T09:00:00.000Z', app: { name: 'Kom i hus', version: '0.1.0' }, scope: 'all', workshops };
  return Buffer.from(JSON.stringify(file));
}

/** Restores the meetings on "Data og sikkerhed" (an empty device: nothing to choose between). */
export async function restoreMeetings(page: Page, workshops: readonly Workshop[]): Promise<void> {
  await page.goto('/#/data');
  await page.locator('#restore-file').setInputFiles({ name: 'sikkerhedskopi.json', mimeType: 'application/json', buffer: backupOf(workshops) });
  const count = workshops.length === 1 ? '1 dialogmøde' : `${workshops.length} dialogmøder`;
  await expect(page.getByText(`Filen indeholder ${count}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Gendan', exact: true }).click();
  await expect(page.getByText(`${count} er gendannet.`)).toBeVisible();
}
