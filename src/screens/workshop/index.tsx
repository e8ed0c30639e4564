/**
 * The frame around one workshop: its title, the step navigation and the
 * current step's screen. It loads the workshop with the exact content
 * version it uses, and owns saving, so a failed write is always told.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { lazyScreen } from '../../app/lazy-screen';
import type { WorkshopView } from '../../app/routes';
import { DraftScope } from '../../components/draft-journal';
import { NotFound } from '../../components/not-found';
import { ErrorNotice, Loading } from '../../components/status';
import { participantLabels } from '../../domain/setup';
import type { Step, Workshop } from '../../domain/workshop';
import { getQuestionnaire, latestDialog, latestGuidance, latestHuset, latestQuestionnaires } from '../../db/content';
import { useLiveQuery } from '../../db/use-live-query';
import { classifyStorageError, type StorageProblem } from '../../db/storage';
import { getWorkshop, preloadValidator, updateWorkshop } from '../../db/workshops';
import { t } from '../../i18n';
import type { StepProps } from '../../steps/step-props';
import { StepNav } from './step-nav';

const SetupStep = lazyScreen<StepProps>(() => import('../../steps/setup').then((m) => m.SetupStep));
const ScoreStep = lazyScreen<StepProps>(() => import('../../steps/score').then((m) => m.ScoreStep));
const ResultsStep = lazyScreen<StepProps>(() => import('../../steps/results').then((m) => m.ResultsStep));
const PrioritiseStep = lazyScreen<StepProps>(() => import('../../steps/prioritise').then((m) => m.PrioritiseStep));
const DialogueStep = lazyScreen<StepProps>(() => import('../../steps/dialogue').then((m) => m.DialogueStep));
const PlanStep = lazyScreen<StepProps>(() => import('../../steps/plan').then((m) => m.PlanStep));
const PrintView = lazyScreen<StepProps>(() => import('../../steps/plan/print-view').then((m) => m.PrintView));

/** Where an opened workshop resumes: the screen of the step it got to. */
export function resumeView(step: Step): WorkshopView {
  if (step === 'setup') return 'opsaetning';
  if (step === 'score') return 'besvar';
  if (step === 'results') return 'resultater';
  if (step === 'prioritise') return 'prioriter';
  if (step === 'dialogue') return 'dialog';
  return 'handleplan';
}

export function WorkshopScreen({ id, view }: { id: string; view?: WorkshopView }) {
  const app = useAppState();
  const { db } = app;
  // Load the schema check now, so the first save does not wait for it.
  useEffect(() => void preloadValidator().catch(() => undefined), []);
  const [saveProblem, setSaveProblem] = useState<{ problem: StorageProblem; retry: () => void } | null>(null);
  const data = useLiveQuery(async () => {
    const workshop = await getWorkshop(db, id);
    if (!workshop) return undefined;
    const [questionnaire, questionnaires, huset, dialog, guidance] = await Promise.all([
      getQuestionnaire(db, workshop.questionnaire.id, workshop.questionnaire.version),
      latestQuestionnaires(db),
      latestHuset(db),
      latestDialog(db),
      latestGuidance(db),
    ]);
    return { workshop, questionnaire, questionnaires, huset, dialog, guidance };
  }, [db, id]);

  const save = useCallback(
    async function save(change: (workshop: Workshop) => Workshop): Promise<boolean> {
      const attempt = () => updateWorkshop(db, id, change, app.now());
      try {
        await attempt();
        setSaveProblem(null);
        return true;
      } catch (error) {
        let problem = classifyStorageError(error);
        if (problem === 'closed') {
          // The connection was lost (e.g. the browser closed it): reopen once and try again.
          try {
            if (!db.isOpen()) await db.open();
            await attempt();
            setSaveProblem(null);
            return true;
          } catch (again) {
            problem = classifyStorageError(again);
          }
        }
        console.error(error);
        setSaveProblem({ problem, retry: () => void save(change) });
        return false;
      }
    },
    [db, id, app],
  );

  const workshop = data.status === 'ready' ? data.value?.workshop : undefined;
  const labels = useMemo(
    () => participantLabels(workshop?.participants ?? [], (role) => t.rolesInText[role]),
    [workshop?.participants],
  );

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <ErrorNotice message={t.storageError} />;
  if (!data.value) return <NotFound body={t.workshop.notFound} />;
  const { questionnaire, questionnaires, huset, dialog, guidance } = data.value;
  const current = data.value.workshop;
  if (!questionnaire || !huset || !dialog || !guidance) return <ErrorNotice message={t.workshop.questionnaireMissing} />;

  const active = view ?? resumeView(current.step);
  const props: StepProps = { workshop: current, questionnaire, questionnaires, huset, dialog, guidance, labels, save };
  return (
    <DraftScope.Provider value={current.id}>
    <div class="workshop-frame">
      <p class="eyebrow">
        {current.title} · {t.formatDate(current.date)}
      </p>
      <StepNav workshop={current} active={active} />
      {saveProblem && (
        <div class="notice notice--error" role="alert">
          <p>{saveProblem.problem === 'full' ? t.workshop.storageFull : saveProblem.problem === 'closed' ? t.workshop.connectionLost : t.workshop.saveFailed}</p>
          <button class="button" type="button" onClick={saveProblem.retry}>
            {t.workshop.retry}
          </button>
        </div>
      )}
      {active === 'opsaetning' && <SetupStep {...props} />}
      {active === 'besvar' && <ScoreStep {...props} />}
      {active === 'resultater' && <ResultsStep {...props} />}
      {active === 'prioriter' && <PrioritiseStep {...props} />}
      {active === 'dialog' && <DialogueStep {...props} />}
      {active === 'handleplan' && <PlanStep {...props} />}
      {active === 'udskriv' && <PrintView {...props} />}
    </div>
    </DraftScope.Provider>
  );
}
