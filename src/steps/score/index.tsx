/**
 * Step 1 (Trin 1): who answers now depends on the mode.
 *  - solo: the one participant goes straight into the questions;
 *  - shared device: a hand-over screen between participants hides the
 *    previous person's answers (also after a reload);
 *  - group: the facilitator picks a participant and enters their answers,
 *    or marks them as answering later.
 */
import { useRef, useState } from 'preact/hooks';
import { href } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { anyoneAnswered, furthestStep, updateParticipant } from '../../domain/setup';
import { answeredCount, isComplete } from '../../domain/scoring';
import type { Workshop } from '../../domain/workshop';
import type { Questionnaire } from '../../domain/content';
import { focusMark, focusUnlessMoved } from '../../components/focus-unless-moved';
import { EditOwnAnswers, Handover } from '../../components/handover';
import { HowTo, stepHeading } from '../../components/guidance';
import { t } from '../../i18n';
import { AnonymousToggle } from '../anonymous-toggle';
import { useStep } from '../step-context';
import { OwnDevicesPanel } from '../../own-devices/facilitator';
import { QuestionnaireForm } from './questionnaire-form';

export { loadOwnDeviceWords } from '../../own-devices/words';

/** Whose turn it is: the participant at the resume point if unfinished, else the first unfinished one. */
function nextInLine(workshop: Workshop, questionnaire: Questionnaire, exclude?: string): string | undefined {
  const open = workshop.participants.filter(
    (p) => p.id !== exclude && !p.answersLater && !isComplete(questionnaire, workshop.answers, p.id),
  );
  const cursor = workshop.cursor?.participantId;
  return (open.find((p) => p.id === cursor) ?? open[0])?.id;
}

export function ScoreStep() {
  const { workshop, questionnaire, guidance, labels, save } = useStep();
  const title = stepHeading(guidance, 'score');
  const solo = workshop.mode === 'solo';
  const shared = workshop.mode === 'shared-device';
  const [active, setActive] = useState<string | undefined>(() => {
    if (solo) return workshop.participants[0]?.id;
    if (workshop.mode === 'group') {
      const cursor = workshop.cursor?.participantId;
      return cursor && !isComplete(questionnaire, workshop.answers, cursor) ? cursor : undefined;
    }
    return undefined;
  });
  const [handoverTo, setHandoverTo] = useState<string | undefined>(() => (shared ? nextInLine(workshop, questionnaire) : undefined));

  if (workshop.participants.length === 0) {
    return (
      <>
        <h1>{title}</h1>
        <p>{workshop.mode === 'group' ? t.score.noParticipantsYet : t.score.noParticipants}</p>
        <a class="button" href={href({ name: 'workshop', id: workshop.id, view: 'opsaetning' })}>
          {t.score.toSetup}
        </a>
        {workshop.mode === 'group' && <OwnDevicesPanel />}
      </>
    );
  }

  const finish = (participantId: string) => {
    window.scrollTo(0, 0);
    if (solo) return toResults();
    setActive(undefined);
    if (shared) setHandoverTo(nextInLine(workshop, questionnaire, participantId));
  };

  const toResults = async () => {
    if (await save((w: Workshop) => ({ ...w, step: furthestStep(w.step, 'results') })))
      navigate({ name: 'workshop', id: workshop.id, view: 'resultater' });
  };

  if (active) {
    return (
      <>
        <h1>{title}</h1>
        <p class="lead">{solo ? t.score.soloIntro : t.score.intro}</p>
        {!shared && <HowTo guidance={guidance} step="score" alone={solo} />}
        <QuestionnaireForm key={active} participantId={active} onDone={() => finish(active)} />
      </>
    );
  }

  const missing = workshop.participants.filter((p) => !isComplete(questionnaire, workshop.answers, p.id));
  const results = <ToResults missing={missing.map((p) => labels.get(p.id) ?? '')} onGo={() => void toResults()} />;

  if (shared) {
    const next = handoverTo && workshop.participants.find((p) => p.id === handoverTo) ? handoverTo : nextInLine(workshop, questionnaire);
    const finished = workshop.participants
      .filter((p) => p.id !== next && isComplete(questionnaire, workshop.answers, p.id))
      .map((p) => ({ id: p.id, label: labels.get(p.id) ?? '' }));
    if (!next) {
      return (
        <section class="handover" aria-labelledby="handover-title">
          <h1 id="handover-title">{t.score.handover.allDone}</h1>
          <p>{t.score.handover.allDoneBody}</p>
          {results}
          <EditOwnAnswers finished={finished} onEdit={setHandoverTo} />
        </section>
      );
    }
    const label = labels.get(next) ?? '';
    const done = isComplete(questionnaire, workshop.answers, next);
    const started = answeredCount(questionnaire, workshop.answers, next) > 0;
    const others = workshop.participants
      .filter((p) => p.id !== next && !isComplete(questionnaire, workshop.answers, p.id))
      .map((p) => ({ id: p.id, label: labels.get(p.id) ?? '' }));
    // While someone is still to answer, the hand-over offers no way to the results: only step 1's
    // deliberate "Vis resultaterne nu" does (issue #12), so nobody glances at the others' answers.
    return (
      <Handover
        title={t.score.handover.title(label)}
        body={anyoneAnswered(workshop) ? t.score.handover.body : t.score.handover.firstBody}
        startLabel={done ? t.score.handover.edit(label) : started ? t.score.handover.resume(label) : t.score.handover.start(label)}
        onStart={() => setActive(next)}
        others={others}
        onChoose={setHandoverTo}
        finished={finished}
        onEdit={setHandoverTo}
      />
    );
  }

  // Group meeting: the facilitator's list of participants.
  const total = questionnaire.questions.length;
  return (
    <>
      <h1>{title}</h1>
      <HowTo guidance={guidance} step="score" />
      <section class="card" aria-labelledby="picker-title">
        <h2 id="picker-title">{t.score.picker.title}</h2>
        <p class="hint">{t.score.picker.hint}</p>
        <AnonymousToggle />
        <ul class="picker">
          {workshop.participants.map((p) => {
            const done = answeredCount(questionnaire, workshop.answers, p.id);
            const label = labels.get(p.id) ?? '';
            const status = done === total ? t.score.status.done : done === 0 ? t.score.status.notStarted : t.score.status.partly(done, total);
            return (
              <li key={p.id} class="picker__row">
                <span class="picker__name">{t.participantAlone(label)}</span>
                <span class="picker__status">{p.answersLater && done < total ? t.score.status.later : status}</span>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={!!p.answersLater}
                    onChange={(e) => {
                      const answersLater = (e.currentTarget as HTMLInputElement).checked;
                      void save((w) => updateParticipant(w, p.id, { answersLater }));
                    }}
                    aria-label={`${t.setup.answersLater}: ${label}`}
                  />
                  {t.setup.answersLater}
                </label>
                <button class="button" type="button" onClick={() => setActive(p.id)}>
                  {done > 0 && done < total ? t.score.picker.continueFor(label) : t.score.picker.enter(label)}
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      <OwnDevicesPanel />
      {results}
    </>
  );
}

/** "Se jeres besvarelser", with a warning naming who has not finished. */
function ToResults({ missing, onGo }: { missing: string[]; onGo: () => void }) {
  const [warning, setWarning] = useState(false);
  const warningRef = useRef<HTMLDivElement>(null);
  if (!warning) {
    return (
      <button
        class="button button--primary"
        type="button"
        onClick={() => {
          if (missing.length === 0) return onGo();
          const mark = focusMark();
          setWarning(true);
          requestAnimationFrame(() => focusUnlessMoved(warningRef.current, mark));
        }}
      >
        {t.score.toResults}
      </button>
    );
  }
  return (
    <div class="notice notice--warning" role="alert" tabIndex={-1} ref={warningRef}>
      <p>{t.score.missingWarning(missing)}</p>
      <div class="actions">
        <button class="button button--primary" type="button" onClick={onGo}>
          {t.score.toResultsAnyway}
        </button>
        <button class="button" type="button" onClick={() => setWarning(false)}>
          {t.score.cancel}
        </button>
      </div>
    </div>
  );
}
