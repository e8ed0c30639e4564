/**
 * Step 0 (Opsætning): workplace, date, målgruppe, mode, participants, votes
 * and time budget. Every change is saved at once; problems are shown next to
 * the field and block only the way on to step 1.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { navigate } from '../../app/use-route';
import { QuestionnaireChoice } from '../../components/questionnaire-choice';
import { SavedInput } from '../../components/saved-input';
import { addParticipant, anyoneAnswered, checkParticipants, checkSetup, furthestStep, participantLabels } from '../../domain/setup';
import { hasQuestionVotes, longestBallot } from '../../domain/voting';
import { LIMITS, MODES, type Mode, type Workshop } from '../../domain/workshop';
import { t } from '../../i18n';
import { AnonymousToggle } from '../anonymous-toggle';
import { useStep } from '../step-context';
import { ParticipantList } from './participants';
import './setup.css';
import { OwnDevicesPanel } from '../../own-devices/facilitator';

export { loadOwnDeviceWords } from '../../own-devices/words';

const PRESETS = [90, 150] as const;

function titleProblem(title: string): string | undefined {
  const problem = checkSetup({ title, date: '2000-01-01', questionnaireId: 'x' }).title;
  return problem === 'required' ? t.create.errors.title : problem === 'too-long' ? t.create.errors.titleTooLong(LIMITS.title) : undefined;
}

function dateProblem(date: string): string | undefined {
  return checkSetup({ title: 'x', date, questionnaireId: 'x' }).date ? t.create.errors.date : undefined;
}

function minutesProblem(value: string): string | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n >= LIMITS.timeBudgetMinutes.min && n <= LIMITS.timeBudgetMinutes.max ? undefined : t.setup.problems.minutes;
}

export function SetupStep() {
  const { workshop, questionnaires, save } = useStep();
  // The set-up is where names are entered, so it names everyone even in the anonymous view.
  const named = useMemo(() => participantLabels(workshop.participants, (role) => t.rolesInText[role], undefined, t.participantNumber), [workshop.participants]);
  const app = useAppState();
  const [showProblems, setShowProblems] = useState(false);
  // Bumped on every blocked attempt, so focus moves to the list once it is on screen.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) document.getElementById('setup-problems')?.focus();
  }, [attempt]);
  const [customTime, setCustomTime] = useState(!PRESETS.includes(workshop.timeBudgetMinutes as 90 | 150));
  const anyAnswers = anyoneAnswered(workshop);
  // Votes already cast set limits: no fewer votes per person than a ballot holds, no other questions under votes on questions.
  const questionVotes = hasQuestionVotes(workshop.voting);
  const fewestVotes = longestBallot(workshop.voting);
  const problems = checkParticipants(workshop.mode, workshop.participants, !!workshop.invitation);

  const setMode = (mode: Mode) => {
    // Made before the change, not in it: a change is applied again in its write (see WriteQueue).
    const id = app.newId();
    return save((w) => {
      const next: Workshop = { ...w, mode };
      // Alone means one person: start them off as a leader they can change.
      return mode === 'solo' && w.participants.length === 0 ? addParticipant(next, { id, name: '', role: 'leder' }) : next;
    });
  };

  const start = async (event: Event) => {
    event.preventDefault();
    setShowProblems(true);
    if (problems.length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    if (await save((w) => ({ ...w, step: furthestStep(w.step, 'score') }))) navigate({ name: 'workshop', id: workshop.id, view: 'besvar' });
  };

  return (
    <form class="setup" onSubmit={start} noValidate>
      <h1>{t.setup.title}</h1>
      <p class="lead">{workshop.mode === 'solo' ? t.setup.introSolo : t.setup.intro}</p>

      <section class="card" aria-labelledby="setup-basics">
        <h2 id="setup-basics">{t.setup.basics}</h2>
        <SavedInput
          id="setup-title"
          label={t.create.workplace}
          read={(w) => w.title}
          write={(w, title) => ({ ...w, title: title.trim() })}
          maxLength={LIMITS.title + 50}
          check={titleProblem}
          autocomplete="organization"
        />
        <SavedInput id="setup-date" type="date" label={t.create.date} read={(w) => w.date} write={(w, date) => ({ ...w, date })} check={dateProblem} />
        <QuestionnaireChoice
          questionnaires={questionnaires}
          selected={workshop.questionnaire.id}
          disabled={anyAnswers || questionVotes}
          onSelect={(q) => void save((w) => ({ ...w, questionnaire: { id: q.id, version: q.version } }))}
        >
          {anyAnswers ? <p class="hint">{t.setup.questionnaireLocked}</p> : questionVotes && <p class="hint">{t.setup.questionnaireLockedByVotes}</p>}
        </QuestionnaireChoice>
      </section>

      <fieldset class="card choices">
        <legend>{t.setup.mode}</legend>
        {MODES.map((mode) => (
          <label class="choice" key={mode}>
            <input type="radio" name="mode" value={mode} checked={workshop.mode === mode} onChange={() => void setMode(mode)} />
            <span>
              <strong>{t.modes[mode]}</strong>
              <span class="choice__hint">{t.setup.modeHints[mode]}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <ParticipantList workshop={workshop} labels={named} save={save} />
      {workshop.mode === 'group' && <OwnDevicesPanel inviteOnly />}
      <AnonymousToggle />

      <section class="card" aria-labelledby="setup-votes">
        {/* Alone there is no vote in step 2: only the time. */}
        <h2 id="setup-votes">{workshop.mode === 'solo' ? t.setup.timeTitleSolo : t.setup.votes}</h2>
        {workshop.mode !== 'solo' && (
          <div class="field">
            <label for="setup-votes-select">{t.setup.votes}</label>
            <p class="hint" id="setup-votes-hint">
              {t.setup.votesHint}
            </p>
            {fewestVotes > 1 && (
              <p class="hint" id="setup-votes-floor">
                {t.setup.votesFloor(fewestVotes)}
              </p>
            )}
            <select
              id="setup-votes-select"
              aria-describedby={fewestVotes > 1 ? 'setup-votes-hint setup-votes-floor' : 'setup-votes-hint'}
              value={String(workshop.votesPerPerson)}
              onChange={(e) => {
                const votesPerPerson = Number((e.currentTarget as HTMLSelectElement).value);
                void save((w) => ({ ...w, votesPerPerson }));
              }}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={String(n)} disabled={n < fewestVotes}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset class="field choices">
          <legend>{t.setup.timeBudget}</legend>
          {PRESETS.map((minutes) => (
            <label class="choice" key={minutes}>
              <input
                type="radio"
                name="time"
                checked={!customTime && workshop.timeBudgetMinutes === minutes}
                onChange={() => {
                  setCustomTime(false);
                  void save((w) => ({ ...w, timeBudgetMinutes: minutes }));
                }}
              />
              <span>{t.setup.timePresets[minutes]}</span>
            </label>
          ))}
          <label class="choice">
            <input type="radio" name="time" checked={customTime} onChange={() => setCustomTime(true)} />
            <span>{t.setup.timeCustom}</span>
          </label>
          {customTime && (
            <SavedInput
              id="setup-minutes"
              type="number"
              label={t.setup.minutes}
              min={LIMITS.timeBudgetMinutes.min}
              max={LIMITS.timeBudgetMinutes.max}
              read={(w) => String(w.timeBudgetMinutes)}
              write={(w, value) => ({ ...w, timeBudgetMinutes: Number(value) })}
              check={minutesProblem}
            />
          )}
        </fieldset>
      </section>

      {showProblems && problems.length > 0 && (
        <div class="notice notice--error" id="setup-problems" tabIndex={-1} role="alert">
          <p>{t.setup.problemsTitle}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.code + ('name' in p ? p.name : '')}>
                {p.code === 'none'
                  ? t.setup.problems.none
                  : p.code === 'solo-needs-one'
                    ? t.setup.problems.soloNeedsOne(p.count)
                    : t.setup.problems.duplicate(p.name)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button class="button button--primary button--large" type="submit">
        {t.setup.start}
      </button>
    </form>
  );
}
