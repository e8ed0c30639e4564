/**
 * The frame around one workshop: its title, the step navigation and the
 * current step's screen. It opens the workshop's session (the live workshop
 * and its write queue, src/session/) with the exact content version it uses,
 * gives the step its workshop, content, labels and save (StepContext,
 * src/steps/step-context.ts), and shows a failed write, so it is always told.
 */
import { computed, effect, signal } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { lazyScreen } from '../../app/lazy-screen';
import { resumeView, type WorkshopView } from '../../app/routes';
import { DraftScope } from '../../components/draft-journal';
import { NotFound } from '../../components/not-found';
import { ScreenBoundary } from '../../components/screen-boundary';
import { TranslationNotice } from '../../components/original-text';
import { ErrorNotice, Loading } from '../../components/status';
import { participantLabels } from '../../domain/setup';
import type { Workshop } from '../../domain/workshop';
import { preloadValidator } from '../../db/workshops';
import { SessionContext } from '../../session/context';
import { useWorkshopSession } from '../../session/use-workshop-session';
import type { WorkshopSession } from '../../session/workshop-session';
import { t } from '../../i18n';
import { dialogFor } from '../../steps/alone';
import { StepContext, type OpenStep } from '../../steps/step-context';
import { answersHidden, ResultsGate } from './results-gate';
import { PresenterButton } from './presenter-button';
import { StepNav } from './step-nav';

const SetupStep = lazyScreen(() =>
  import('../../steps/setup').then(async (m) => {
    await m.loadOwnDeviceWords();
    return m.SetupStep;
  }),
);
const ScoreStep = lazyScreen(() =>
  import('../../steps/score').then(async (m) => {
    await m.loadOwnDeviceWords();
    return m.ScoreStep;
  }),
);
const ResultsStep = lazyScreen(() =>
  import('../../steps/results').then(async (m) => {
    await m.loadRoundWords();
    return m.ResultsStep;
  }),
);
const PrioritiseStep = lazyScreen(() => import('../../steps/prioritise').then((m) => m.PrioritiseStep));
const DialogueStep = lazyScreen(() =>
  import('../../steps/dialogue').then(async (m) => {
    await m.loadRoundWords();
    return m.DialogueStep;
  }),
);
const PlanStep = lazyScreen(() => import('../../steps/plan').then((m) => m.PlanStep));
const PrintView = lazyScreen(() => import('../../steps/plan/print-view').then((m) => m.PrintView));

export function WorkshopScreen({ id, view }: { id: string; view?: WorkshopView }) {
  const app = useAppState();
  // Load the schema check now, so the first save does not wait for it.
  useEffect(() => void preloadValidator().catch(() => undefined), []);
  const opened = useWorkshopSession(app.db, id, app.now);
  // On Trin 3 the screen renders again with every change but one to note text alone: each note field
  // follows its own text, and rendering the frame and the step per key was most of the script run for
  // it (#14). Every other step follows every change (Trin 4's PDF takes the notes as they are now).
  const workshop = opened.status === 'ready' ? (view === 'dialog' ? apartFromNoteTextNow(opened.session) : opened.session.workshop.value) : undefined;
  // "Skjul navne" hides names and roles on every shared screen: step 1, step 2, the results, the plan and the PDF.
  const anonymous = !!workshop?.anonymous && workshop.mode !== 'solo';
  const labels = useMemo(
    () => participantLabels(workshop?.participants ?? [], (role) => t.rolesInText[role], anonymous ? t.participantNumber : undefined, t.participantNumber),
    [workshop?.participants, anonymous],
  );
  // "Vis resultaterne nu" on a shared tablet mid-round: until the group goes back to answering (results-gate.tsx).
  const [shown, setShown] = useState(false);
  const current = view ?? (workshop ? resumeView(workshop.step) : undefined);
  useEffect(() => {
    if (current === 'besvar' || current === 'opsaetning') setShown(false);
  }, [current]);

  if (opened.status === 'loading') return <Loading />;
  if (opened.status === 'error') return <ErrorNotice message={t.storageError} />;
  if (opened.status === 'not-found' || !workshop) return <NotFound body={t.workshop.notFound} />;
  const { session, content } = opened;
  const { questionnaire, questionnaires, huset, dialog, guidance } = content;
  if (!questionnaire || !huset || !dialog || !guidance) return <ErrorNotice message={t.workshop.questionnaireMissing} />;

  const active = view ?? resumeView(workshop.step);
  // Alone, the booklet's prompts and plan template speak to one person (steps/alone.ts).
  const openStep: OpenStep = { workshop, questionnaire, questionnaires, huset, dialog: dialogFor(workshop.mode, dialog), guidance, labels, save: session.update };
  return (
    <SessionContext.Provider value={session}>
    <DraftScope.Provider value={workshop.id}>
    <div class="workshop-frame">
      <p class="eyebrow">
        {workshop.title} · {t.formatDate(workshop.date)}
      </p>
      {/* One person alone has no projector to show; everyone else may. */}
      {workshop.mode !== 'solo' && <PresenterButton workshop={workshop.id} view={active} unlocked={shown} />}
      <StepNav workshop={workshop} active={active} />
      <SaveState session={session} />
      <TranslationNotice file={questionnaire} />
      <StepContext.Provider value={openStep}>
        {/* A step that fails while it renders keeps the frame, its step navigation and the save state. */}
        <ScreenBoundary resetKey={active}>
          {answersHidden(workshop, questionnaire, active) && !shown ? (
            <ResultsGate workshop={workshop} questionnaire={questionnaire} onOpen={() => setShown(true)} />
          ) : (
            <>
              {active === 'opsaetning' && <SetupStep />}
              {active === 'besvar' && <ScoreStep />}
              {active === 'resultater' && <ResultsStep />}
              {active === 'prioriter' && <PrioritiseStep />}
              {active === 'dialog' && <DialogueStep />}
              {active === 'handleplan' && <PlanStep />}
              {active === 'udskriv' && <PrintView />}
            </>
          )}
        </ScreenBoundary>
      </StepContext.Provider>
    </div>
    </DraftScope.Provider>
    </SessionContext.Provider>
  );
}

/** The current workshop, notes included, for a render that comes again with every change but one to note text alone. */
function apartFromNoteTextNow(session: WorkshopSession): Workshop {
  void session.structure.value;
  return session.workshop.peek();
}

/** How long a write may take before the line says "Gemmer …". */
export const SLOW_SAVE_MS = 400;

/**
 * Whether everything is saved, and why not. A write takes a few milliseconds, twice per key while
 * someone types: the words change to "Gemmer …" only when one takes longer than SLOW_SAVE_MS
 * (on a large workshop, changing them with every write made the page lay itself out again with
 * every key, issue #14). `data-saving` follows every write, set on the element without a render.
 */
export function SaveState({ session }: { session: WorkshopSession }) {
  const view = useMemo(() => ({ slow: signal(false), saving: computed(() => (session.saving.value ? 'true' : 'false')) }), [session]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = effect(() => {
      clearTimeout(timer);
      if (session.saving.value) timer = setTimeout(() => (view.slow.value = true), SLOW_SAVE_MS);
      else view.slow.value = false;
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [view]);
  const problem = session.problem.value;
  return (
    <>
      {/* Not a live region: it changes while someone types. A failed write has its own alert below. */}
      <p class="save-state" data-saving={view.saving}>
        {problem ? t.workshop.notSaved : view.slow.value ? t.workshop.saving : t.workshop.allSaved}
      </p>
      {problem && (
        <div class="notice notice--error" role="alert">
        <p>{problem === 'full' ? t.workshop.storageFull : problem === 'closed' ? t.workshop.connectionLost : t.workshop.saveFailed}</p>
        {problem !== 'invalid' && (
          <button class="button" type="button" onClick={session.retry}>
          {t.workshop.retry}
          </button>
        )}
        </div>
      )}
    </>
  );
}
