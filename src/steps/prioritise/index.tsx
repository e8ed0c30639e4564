/**
 * Step 2 (Trin 2): dot-voting on what to discuss. Who votes how depends on
 * the mode: private ballots behind a hand-over on a shared tablet, ballots
 * or a whiteboard tally typed in by the facilitator in a group, and one
 * person's own priorities when alone. The tally stays hidden until it is
 * revealed; then the group reorders and chooses blocks for the dialogue.
 * Alone there is no vote: the person chooses 1–3 blocks directly (SoloChoice).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { href } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { Handover } from '../../components/handover';
import { furthestStep } from '../../domain/setup';
import { ballotsComplete, rankingShown, voteProgress } from '../../domain/voting';
import type { Workshop } from '../../domain/workshop';
import { HowTo, stepHeading } from '../../components/guidance';
import { t } from '../../i18n';
import { AnonymousToggle } from '../anonymous-toggle';
import { useStep } from '../step-context';
import { Ballot } from './ballot';
import { voteElements } from './elements';
import { VoteOptions } from './options';
import { Ranking } from './ranking';
import { SoloChoice } from './solo-choice';
import { TallyForm } from './tally-form';
import './prioritise.css';

export function PrioritiseStep() {
  const { workshop } = useStep();
  return workshop.mode === 'solo' ? <SoloPrioritise /> : <GroupPrioritise />;
}

/** Alone: no ballot, no ranking, no "Delt 1. plads" – the person chooses 1–3 building blocks. */
function SoloPrioritise() {
  const { workshop, questionnaire, huset, guidance, save } = useStep();
  const toDialogue = async () => {
    if (await save((w) => ({ ...w, step: furthestStep(w.step, 'dialogue') }))) navigate({ name: 'workshop', id: workshop.id, view: 'dialog' });
  };
  return (
    <>
      <h1>{t.steps.prioritise}</h1>
      <p class="lead">{t.prioritise.soloIntro}</p>
      <HowTo guidance={guidance} step="prioritise" alone />
      <SoloChoice workshop={workshop} questionnaire={questionnaire} huset={huset} save={save} />
      <ToDialogue chosen={workshop.voting.chosen.length} onGo={() => void toDialogue()} alone />
    </>
  );
}

function GroupPrioritise() {
  const { workshop, questionnaire, huset, guidance, labels, save } = useStep();
  const elements = voteElements(workshop, questionnaire, huset);
  const ids = workshop.participants.map((p) => p.id);
  const shared = workshop.mode === 'shared-device';
  const tallyMode = workshop.mode === 'group' && workshop.voting.method === 'tally';
  const missing = ballotsComplete(workshop, ids);
  const progress = voteProgress(workshop, ids);
  const [active, setActive] = useState<string | undefined>();
  const [handoverTo, setHandoverTo] = useState<string | undefined>();
  const anyVotes = Object.values(workshop.voting.ballots).some((b) => b.length > 0);
  const [started, setStarted] = useState(anyVotes);
  // After "Nulstil afstemningen" the options are open again: the focus goes to them, not to the page's top.
  const [resets, setResets] = useState(0);
  const optionsRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (resets > 0) optionsRef.current?.querySelector('summary')?.focus();
  }, [resets]);
  const onReset = () => {
    setStarted(false);
    setActive(undefined);
    setResets((n) => n + 1);
  };
  const options = <VoteOptions workshop={workshop} save={save} onReset={onReset} detailsRef={optionsRef} />;
  const progressLine = progress.total > 0 && (
    <p class="vote-progress" role="status">
      {t.prioritise.progress(progress.voted, progress.total)}
    </p>
  );

  const reveal = () => void save((w: Workshop) => ({ ...w, step: furthestStep(w.step, 'prioritise'), voting: { ...w.voting, revealed: true } }));
  const toDialogue = async () => {
    if (await save((w) => ({ ...w, step: furthestStep(w.step, 'dialogue') }))) navigate({ name: 'workshop', id: workshop.id, view: 'dialog' });
  };
  const revealed = rankingShown(workshop);

  const header = (
    <>
      <h1>{stepHeading(guidance, 'prioritise')}</h1>
      <p class="lead">{t.prioritise.intro}</p>
      {!(shared && active) && <HowTo guidance={guidance} step="prioritise" />}
    </>
  );

  if (active) {
    return (
      <>
        {header}
        <Ballot
          workshop={workshop}
          save={save}
          participantId={active}
          participantLabel={labels.get(active) ?? ''}
          elements={elements}
          onDone={() => {
            window.scrollTo(0, 0);
            setActive(undefined);
            if (shared) setHandoverTo(missing.find((id) => id !== active));
          }}
        />
      </>
    );
  }

  if (shared && !workshop.voting.revealed && !started && !anyVotes) {
    // First the facilitator settles how to vote; then the tablet goes round.
    return (
      <>
        {header}
        {options}
        <button class="button button--primary button--large" type="button" onClick={() => setStarted(true)}>
          {t.prioritise.start}
        </button>
      </>
    );
  }

  if (shared && !workshop.voting.revealed) {
    const next = handoverTo && missing.includes(handoverTo) ? handoverTo : missing[0];
    if (next) {
      const label = labels.get(next) ?? '';
      return (
        <Handover
          title={t.prioritise.handoverTitle(label)}
          body={t.prioritise.handoverBody}
          startLabel={t.prioritise.handoverStart(label)}
          onStart={() => setActive(next)}
          others={missing.filter((id) => id !== next).map((id) => ({ id, label: labels.get(id) ?? '' }))}
          onChoose={setHandoverTo}
        >
          {progressLine}
          <details class="handover__others">
            <summary>{t.prioritise.endEarly}</summary>
            <p>{t.prioritise.notAllVoted(missing.map((id) => labels.get(id) ?? ''))}</p>
            <button class="button" type="button" onClick={reveal}>
              {t.prioritise.reveal}
            </button>
          </details>
        </Handover>
      );
    }
  }

  return (
    <>
      {header}
      {options}
      {tallyMode && <TallyForm workshop={workshop} elements={elements} />}
      {!tallyMode && !shared && progress.total > 0 && (
        <section class="card" aria-labelledby="voters-title">
          <h2 id="voters-title">{t.prioritise.voters}</h2>
          {progressLine}
          <AnonymousToggle />
          <ul class="picker">
            {workshop.participants.map((p) => {
              const label = labels.get(p.id) ?? '';
              return (
                <li key={p.id} class="picker__row">
                  <span class="picker__name">{t.participantAlone(label)}</span>
                  <span class="picker__status">{missing.includes(p.id) ? t.prioritise.voterStatus.missing : t.prioritise.voterStatus.done}</span>
                  <button class="button" type="button" onClick={() => setActive(p.id)}>
                    {t.prioritise.enterBallot(label)}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {!revealed && progress.total === 0 ? (
        // Nobody to vote: not "Alle har stemt", but the way to add the participants.
        <section class="card" aria-labelledby="reveal-title">
          <h2 id="reveal-title">{t.prioritise.result}</h2>
          <p>{t.prioritise.noParticipants}</p>
          <a class="button" href={href({ name: 'workshop', id: workshop.id, view: 'opsaetning' })}>
            {t.score.toSetup}
          </a>
        </section>
      ) : !revealed ? (
        <section class="card" aria-labelledby="reveal-title">
          <h2 id="reveal-title">{progress.everyone ? t.prioritise.allVoted : t.prioritise.result}</h2>
          {shared && progressLine}
          {missing.length > 0 && <p>{t.prioritise.notAllVoted(missing.map((id) => labels.get(id) ?? ''))}</p>}
          <button class="button button--primary" type="button" onClick={reveal}>
            {t.prioritise.reveal}
          </button>
        </section>
      ) : (
        <>
          <Ranking workshop={workshop} save={save} huset={huset} elements={elements} suggest />
          <ToDialogue chosen={workshop.voting.chosen.length} onGo={() => void toDialogue()} />
        </>
      )}
    </>
  );
}

function ToDialogue({ chosen, onGo, alone = false }: { chosen: number; onGo: () => void; alone?: boolean }) {
  return (
    <div class="actions">
      <button class="button button--primary button--large" type="button" disabled={chosen === 0} aria-describedby={chosen === 0 ? 'to-dialogue-why' : undefined} onClick={onGo}>
        {t.prioritise.toDialogue}
      </button>
      {chosen === 0 && (
        <p class="hint" id="to-dialogue-why">
          {alone ? t.prioritise.soloNoneChosen : t.prioritise.noneChosen}
        </p>
      )}
    </div>
  );
}
