/**
 * One participant's votes: a toggle per element, or −/+ when several votes may go on one element.
 * "Færdig med at stemme" with votes left first asks whether to stop anyway.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { addVote, removeVote, toggleVote, votesRemaining, type BallotProblem } from '../../domain/voting';
import { t } from '../../i18n';
import { useSession } from '../../session/context';
import type { OpenStep } from '../step-context';
import type { VoteElement } from './elements';

interface Props extends Pick<OpenStep, 'workshop' | 'save'> {
  participantId: string;
  participantLabel: string;
  elements: VoteElement[];
  onDone: () => void;
}

export function Ballot({ workshop, save, participantId, participantLabel, elements, onDone }: Props) {
  const session = useSession();
  const [problem, setProblem] = useState<BallotProblem | undefined>();
  const ballot = workshop.voting.ballots[participantId] ?? [];
  const max = workshop.votesPerPerson;
  const repeat = workshop.voting.allowRepeat;
  const elementIds = elements.map((e) => e.id);
  const left = votesRemaining(workshop, participantId);
  const [confirming, setConfirming] = useState(false);
  const asking = confirming && left > 0;
  const yesRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  const backToDone = useRef(false);
  useEffect(() => {
    // The question takes the focus (its answer is the likely next key); "Annuller" gives it back.
    if (asking) yesRef.current?.focus();
    else if (backToDone.current) doneRef.current?.focus();
    backToDone.current = false;
  }, [asking]);
  const done = () => (left > 0 ? setConfirming(true) : onDone());

  const change = (apply: (w: typeof workshop) => { workshop: typeof workshop; problem?: BallotProblem }) => {
    // The session applies the change at once, so what it found is known now.
    setProblem(apply(session.workshop.peek()).problem);
    setConfirming(false);
    void save((w) => apply(w).workshop);
  };

  return (
    <section class="card ballot" aria-labelledby="ballot-title">
      <h2 id="ballot-title">{t.prioritise.ballotFor(participantLabel)}</h2>
      <p class="ballot__count" role="status">
        {t.prioritise.votesLeft(ballot.length, max)}
      </p>
      {problem?.code === 'too-many' && (
        <p class="notice notice--warning" role="alert">
          {t.prioritise.tooMany(max)}
        </p>
      )}
      <ul class="plain-list ballot__list">
        {elements.map((e) => {
          const count = ballot.filter((id) => id === e.id).length;
          return (
            <li key={e.id} class="ballot__row">
              {repeat ? (
                <>
                  <span class="ballot__label">{e.label}</span>
                  <span class="ballot__stepper">
                    <button
                      class="button"
                      type="button"
                      aria-label={t.prioritise.removeVote(e.label)}
                      disabled={count === 0}
                      onClick={() => change((w) => removeVote(w, participantId, e.id))}
                    >
                      −
                    </button>
                    <span class="ballot__votes">{t.prioritise.votesOn(count)}</span>
                    <button
                      class="button"
                      type="button"
                      aria-label={t.prioritise.addVote(e.label)}
                      onClick={() => change((w) => addVote(w, participantId, e.id, elementIds))}
                    >
                      +
                    </button>
                  </span>
                </>
              ) : (
                <button
                  class="vote-toggle"
                  type="button"
                  aria-pressed={count > 0 ? 'true' : 'false'}
                  onClick={() => change((w) => toggleVote(w, participantId, e.id, elementIds))}
                >
                  <span class="vote-toggle__mark" aria-hidden="true">
                    {count > 0 ? '✕' : ''}
                  </span>
                  <span>{e.label}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {asking ? (
        <div class="confirm" role="group" aria-labelledby="stop-early-question">
          <p id="stop-early-question">{t.prioritise.stopEarly(left)}</p>
          <div class="actions">
            <button
              ref={yesRef}
              class="button button--primary"
              type="button"
              onClick={() => {
                setConfirming(false);
                onDone();
              }}
            >
              {t.prioritise.stopEarlyYes}
            </button>
            <button
              class="button"
              type="button"
              onClick={() => {
                backToDone.current = true;
                setConfirming(false);
              }}
            >
              {t.prioritise.stopEarlyNo}
            </button>
          </div>
        </div>
      ) : (
        <button ref={doneRef} class="button button--primary" type="button" onClick={done}>
          {t.prioritise.ballotDone}
        </button>
      )}
    </section>
  );
}
