/**
 * The workshop: one run of the dialogue tool by one group, from setup to the
 * action plan. The shape (stored in IndexedDB, written to backup files) is
 * defined by the zod schemas in workshop-schema.ts; this file holds what the
 * screens need at start-up without loading zod: constants, types, defaults.
 */
import type * as S from './workshop-schema.ts';

export type Participant = S.Participant;
export type AnswerValue = S.AnswerValue;
export type Voting = S.Voting;
export type Proposal = S.Proposal;
export type BlockDialogue = S.BlockDialogue;
export type ActionItem = S.ActionItem;
export type Plan = S.Plan;
export type Workshop = S.Workshop;
export type ItemReview = S.ItemReview;

/** 2 since rounds (issue #11): every workshop belongs to a series and keeps its review of the previous round's plan. */
export const WORKSHOP_SCHEMA_VERSION = 2;

export const MODES = ['group', 'shared-device', 'solo'] as const;
export type Mode = (typeof MODES)[number];

/** How an item of the previous round's plan went ("Sidste gang aftalte I …"): gennemført · i gang · ikke gennemført · droppet. */
export const ITEM_STATUSES = ['done', 'in-progress', 'not-done', 'dropped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ROLES = ['leder', 'tr', 'amr', 'med', 'andet'] as const;
export type Role = (typeof ROLES)[number];

/** The steps of the flow, in order; `step` records how far a workshop got. */
export const STEPS = ['setup', 'score', 'results', 'prioritise', 'dialogue', 'plan'] as const;
export type Step = (typeof STEPS)[number];

export const LIMITS = {
  title: 200,
  name: 80,
  note: 20_000,
  itemText: 2_000,
  /** The short comment on how an item of the previous plan went. */
  reviewComment: 500,
  participants: 100,
  proposals: 200,
  items: 500,
  votesPerPerson: 5,
  timeBudgetMinutes: { min: 15, max: 600 },
  /** A block's time-box, extensions included: a day at most. */
  countdownMs: 24 * 60 * 60_000,
} as const;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export interface NewWorkshopInput {
  id: string;
  title: string;
  date: string;
  questionnaire: { id: string; version: number };
  mode?: Mode;
  participants?: Participant[];
  votesPerPerson?: number;
  timeBudgetMinutes?: number;
  /** The series this round belongs to (rounds.ts); a first round starts its own, named by its id. */
  series?: string;
  anonymous?: boolean;
}

/** A complete workshop with the booklet's defaults: 2 votes each, 1½ hours. */
export function newWorkshop(input: NewWorkshopInput, now: Date): Workshop {
  const stamp = now.toISOString();
  return {
    schemaVersion: WORKSHOP_SCHEMA_VERSION,
    id: input.id,
    series: input.series ?? input.id,
    title: input.title.trim(),
    date: input.date,
    questionnaire: { ...input.questionnaire },
    mode: input.mode ?? 'group',
    participants: input.participants ?? [],
    votesPerPerson: input.votesPerPerson ?? 2,
    timeBudgetMinutes: input.timeBudgetMinutes ?? 90,
    answers: {},
    cursor: null,
    anonymous: input.anonymous ?? false,
    voting: {
      target: 'blocks',
      allowRepeat: false,
      method: 'ballots',
      ballots: {},
      tally: {},
      revealed: false,
      order: [],
      chosen: [],
    },
    dialogue: {},
    plan: { items: [], effect: '', evidence: '', followUpDate: null },
    review: {},
    step: 'setup',
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** How many of the flow's steps a workshop has reached (0-based index into STEPS). */
export function stepIndex(step: Step): number {
  return STEPS.indexOf(step);
}
