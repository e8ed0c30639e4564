/** How the group votes: on blocks or questions, repeats allowed, ballots or whiteboard tally. Locked once votes exist. */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { resetVoting } from '../../domain/voting';
import type { Voting } from '../../domain/workshop';
import { t } from '../../i18n';
import type { OpenStep } from '../step-context';

function hasVotes(voting: Voting): boolean {
  return Object.values(voting.ballots).some((b) => b.length > 0) || Object.values(voting.tally).some((n) => n > 0);
}

interface Props extends Pick<OpenStep, 'workshop' | 'save'> {
  /** After the reset is saved: the step starts the round over and moves the focus. */
  onReset?: () => void;
  detailsRef?: Ref<HTMLDetailsElement>;
}

export function VoteOptions({ workshop, save, onReset, detailsRef }: Props) {
  const [confirmReset, setConfirmReset] = useState(false);
  const voting = workshop.voting;
  const locked = hasVotes(voting);
  const set = (change: Partial<Voting>) => void save((w) => ({ ...w, voting: { ...w.voting, ...change, order: [], chosen: [] } }));

  return (
    <details class="card vote-options" open={!locked} ref={detailsRef}>
      <summary>{t.prioritise.options}</summary>
      {locked && <p class="hint">{t.prioritise.optionsLocked}</p>}
      <fieldset class="field choices" disabled={locked}>
        <legend>{t.prioritise.target}</legend>
        {(['blocks', 'questions'] as const).map((target) => (
          <label class="choice" key={target}>
            <input type="radio" name="vote-target" checked={voting.target === target} onChange={() => set({ target })} />
            <span>{t.prioritise.targets[target]}</span>
          </label>
        ))}
      </fieldset>
      {workshop.mode === 'group' && (
        <fieldset class="field choices" disabled={locked}>
          <legend>{t.prioritise.method}</legend>
          {(['ballots', 'tally'] as const).map((method) => (
            <label class="choice" key={method}>
              <input type="radio" name="vote-method" checked={voting.method === method} onChange={() => set({ method })} />
              <span>{t.prioritise.methods[method]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label class="check">
        <input type="checkbox" checked={voting.allowRepeat} disabled={locked} onChange={(e) => set({ allowRepeat: (e.currentTarget as HTMLInputElement).checked })} />
        {t.prioritise.allowRepeat}
      </label>
      {locked &&
        (confirmReset ? (
          <div class="confirm" role="group" aria-label={t.prioritise.reset}>
            <p>{t.prioritise.confirmReset}</p>
            <div class="actions">
              <button
                class="button button--danger"
                type="button"
                onClick={async () => {
                  setConfirmReset(false);
                  if (await save(resetVoting)) onReset?.();
                }}
              >
                {t.prioritise.confirmResetYes}
              </button>
              <button class="button" type="button" onClick={() => setConfirmReset(false)}>
                {t.setup.confirmRemoveNo}
              </button>
            </div>
          </div>
        ) : (
          <button class="button button--quiet" type="button" onClick={() => setConfirmReset(true)}>
            {t.prioritise.reset}
          </button>
        ))}
    </details>
  );
}
