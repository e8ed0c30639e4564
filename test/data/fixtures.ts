/** Valid workshops and backup files for the data tests, filled in at every level the schema has. */
import { readFileSync } from 'node:fs';
import { serialiseBackup } from '../../src/data/envelope';
import type { InstalledContent } from '../../src/domain/workshop-links';
import { newWorkshop, type Workshop } from '../../src/domain/workshop';
import { checkWorkshop } from '../../src/domain/workshop-schema';

export const NOW = new Date('2026-11-25T09:15:00.000Z');

/**
 * A content file as shipped. Read from disk, not imported: the end-to-end
 * tests load these fixtures too, and Node wants JSON imports marked as such.
 */
function shipped<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../questionnaires/${name}`, import.meta.url), 'utf8')) as T;
}

type QuestionnaireFile = InstalledContent['questionnaires'][number];

/** What a device with this build's content has installed: both questionnaires in version 1 and the 1–5 scale. */
export const INSTALLED: InstalledContent = {
  questionnaires: [shipped<QuestionnaireFile>('maalgruppe-1.json'), shipped<QuestionnaireFile>('maalgruppe-2.json')],
  scale: shipped<{ scale: Array<{ value: number }> }>('dialog.json').scale.map((step) => step.value),
};

/** A workshop that has been through all four steps: participants, answers, votes, notes, proposals and a plan. */
export function fullWorkshop(id = 'w-1', title = 'Børnehuset Solsikken'): Workshop {
  const base = newWorkshop(
    { id, title, date: '2026-11-20', questionnaire: { id: 'maalgruppe-2', version: 1 }, mode: 'shared-device' },
    new Date('2026-11-20T08:00:00.000Z'),
  );
  return {
    ...base,
    participants: [
      { id: 'p-1', name: 'Anne', role: 'leder' },
      { id: 'p-2', name: 'Bo', role: 'tr', answersLater: true },
      { id: 'p-3', name: '', role: 'amr' },
    ],
    answers: {
      'p-1': { 'm2-01': 4, 'm2-02': 'skip', 'm2-03': 2 },
      'p-2': { 'm2-01': 1, 'm2-02': 5 },
    },
    cursor: { participantId: 'p-2', questionId: 'm2-03' },
    voting: {
      target: 'blocks',
      allowRepeat: false,
      method: 'ballots',
      ballots: { 'p-1': ['trivsel', 'statistik'], 'p-2': ['trivsel'] },
      tally: { trivsel: 2, statistik: 1 },
      revealed: true,
      order: ['trivsel', 'statistik'],
      chosen: ['trivsel'],
    },
    dialogue: {
      trivsel: {
        notes: { scoring: 'Vi scorer lavt på trivsel.', improve: 'Flere fælles pauser.' },
        proposals: [{ id: 'f-1', text: 'Trivselstavle i personalestuen', toPlan: true }],
      },
    },
    plan: {
      items: [
        {
          id: 'i-1',
          block: 'trivsel',
          kind: 'action',
          what: 'Trivselstavle i personalestuen',
          who: 'Anne',
          when: 'inden sommerferien',
          whenDate: '2027-06-01',
          forum: '',
          fromProposal: 'f-1',
        },
        { id: 'i-2', block: 'statistik', kind: 'discussion', what: 'Fraværsstatistik hver måned', who: '', when: '', whenDate: null, forum: 'LokalMED' },
      ],
      effect: 'Færre korte fravær.',
      evidence: 'Statistikken i LIS.',
      followUpDate: '2027-09-01',
    },
    step: 'plan',
    updatedAt: '2026-11-24T14:00:00.000Z',
  };
}

export function twoWorkshops(): Workshop[] {
  return [fullWorkshop('w-1', 'Børnehuset Solsikken'), fullWorkshop('w-2', 'Trioen')];
}

/** The text of a valid backup of `workshops`, as the app would save it. */
export function backupText(workshops: Workshop[] = twoWorkshops()): string {
  return serialiseBackup(workshops, { now: NOW, appVersion: '0.1.0', scope: 'all' });
}

/** A valid backup as loose, editable data. */
export function backupData(workshops: Workshop[] = twoWorkshops()): Record<string, unknown> {
  return JSON.parse(backupText(workshops)) as Record<string, unknown>;
}

/** Fails the test unless the fixture really is valid, so a broken fixture never makes a refusal look right. */
export function assertValid(workshop: unknown): void {
  const check = checkWorkshop(workshop);
  if (!check.ok) throw new Error(`fixture is invalid: ${check.problems.join('; ')}`);
}
