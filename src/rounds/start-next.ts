/**
 * "Start næste runde": stores the next round of a workshop's series
 * (domain/rounds.ts's nextRound) with the newest version of its
 * questionnaire and today's date, and says where it is. Loaded when the
 * button is pressed, so the home screen's start-up bundle stays small.
 */
import type { AppState } from '../app/app-state';
import { latestQuestionnaires } from '../db/content';
import { acrossFreezes } from '../db/freeze-guard';
import { createWorkshop } from '../db/workshops';
import { nextRound } from '../domain/rounds';
import { localIsoDate } from '../domain/setup';
import type { Workshop } from '../domain/workshop';

export async function startNextRound(app: Pick<AppState, 'db' | 'now' | 'newId'>, last: Workshop): Promise<Workshop> {
  const now = app.now();
  const newest = (await acrossFreezes(() => latestQuestionnaires(app.db))).find((q) => q.id === last.questionnaire.id);
  const questionnaire = newest ? { id: newest.id, version: newest.version } : last.questionnaire;
  return createWorkshop(app.db, nextRound(last, { id: app.newId(), date: localIsoDate(now), questionnaire }), now);
}
