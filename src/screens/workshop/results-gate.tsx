/**
 * A fair shared tablet (issue #12): while participants are still answering
 * on one tablet, nothing that shows their answers – the results, and steps 2
 * to 4 with their step-1 scores – can be reached from the step navigation.
 * The only way is this deliberate "Vis resultaterne nu", which says how many
 * have answered. Opening it lasts until the group goes back to answering, and
 * it does not move where the meeting resumes.
 */
import { href } from '../../app/routes';
import type { WorkshopView } from '../../app/routes';
import { isComplete } from '../../domain/scoring';
import { anyoneAnswered } from '../../domain/setup';
import { STEPS, type Workshop } from '../../domain/workshop';
import type { Questionnaire } from '../../domain/content';
import { t } from '../../i18n';

/** The views that show answers: everything after step 1's answering. */
const SHOWS_ANSWERS: ReadonlySet<WorkshopView> = new Set(['resultater', 'prioriter', 'dialog', 'handleplan', 'udskriv']);

/**
 * True while a shared tablet's round of answering is under way – someone has
 * answered, not everyone has finished, and the group has not yet opened the
 * results together – and `view` would show answers.
 */
export function answersHidden(workshop: Workshop, questionnaire: Questionnaire, view: WorkshopView): boolean {
  if (workshop.mode !== 'shared-device' || STEPS.indexOf(workshop.step) >= STEPS.indexOf('results') || !SHOWS_ANSWERS.has(view)) return false;
  const allDone = workshop.participants.every((p) => isComplete(questionnaire, workshop.answers, p.id));
  return anyoneAnswered(workshop) && !allDone;
}

export function ResultsGate({ workshop, questionnaire, onOpen }: { workshop: Workshop; questionnaire: Questionnaire; onOpen: () => void }) {
  const done = workshop.participants.filter((p) => isComplete(questionnaire, workshop.answers, p.id)).length;
  return (
    <section class="handover" aria-labelledby="gate-title">
      <h1 id="gate-title">{t.results.gateTitle}</h1>
      <p>{t.results.gate}</p>
      <p>{t.results.participation(done, workshop.participants.length)}</p>
      <div class="actions">
        <button class="button button--primary" type="button" onClick={onOpen}>
          {t.results.gateOpen}
        </button>
        <a class="button" href={href({ name: 'workshop', id: workshop.id, view: 'besvar' })}>
          {t.results.toScore}
        </a>
      </div>
    </section>
  );
}
