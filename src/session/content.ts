/**
 * The content a workshop screen needs, loaded once per questionnaire id and
 * version for as long as the page lives: the shipped content does not change
 * under an open page (a new version arrives with the next load), and neither
 * does the language (choosing another reloads the page).
 */
import type { Dialog, Guidance, Huset, Questionnaire } from '../domain/content';
import type { KomIHusDatabase } from '../db/database';
import { getQuestionnaire, latestDialog, latestGuidance, latestHuset, latestQuestionnaires } from '../db/content';
import { acrossFreezes } from '../db/freeze-guard';
import { localise } from '../content/language';

export interface WorkshopContent {
  /** The questionnaire in the exact version the workshop uses; undefined when this device does not have it. */
  questionnaire: Questionnaire | undefined;
  questionnaires: Questionnaire[];
  huset: Huset | undefined;
  dialog: Dialog | undefined;
  guidance: Guidance | undefined;
}

const loaded = new WeakMap<KomIHusDatabase, Map<string, Promise<WorkshopContent>>>();

export function loadWorkshopContent(db: KomIHusDatabase, ref: { id: string; version: number }): Promise<WorkshopContent> {
  let byRef = loaded.get(db);
  if (!byRef) loaded.set(db, (byRef = new Map()));
  const key = `${ref.id}@${ref.version}`;
  let content = byRef.get(key);
  if (!content) {
    // Read once more if the back-forward cache cuts the read off (db/freeze-guard.ts), rather than show an error.
    content = acrossFreezes(() =>
      Promise.all([getQuestionnaire(db, ref.id, ref.version), latestQuestionnaires(db), latestHuset(db), latestDialog(db), latestGuidance(db)]),
    ).then(
      ([questionnaire, questionnaires, huset, dialog, guidance]) => ({
        // In the chosen language (content/language.ts): the translation of exactly this version, else the Danish.
        questionnaire: localise(questionnaire),
        questionnaires: questionnaires.map((q) => localise(q)),
        huset: localise(huset),
        dialog: localise(dialog),
        guidance: localise(guidance),
      }),
    );
    // A failed read is not remembered: the next visit tries again.
    content.catch(() => byRef.delete(key));
    byRef.set(key, content);
  }
  return content;
}
