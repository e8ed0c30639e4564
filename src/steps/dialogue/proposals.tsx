/** Concrete proposals for one building block; each can be marked "til handleplan" so step 4 starts pre-filled. */
import { useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import type { BlockId } from '../../domain/blocks';
import { addProposal, removeProposal, updateProposal } from '../../domain/dialogue';
import { LIMITS } from '../../domain/workshop';
import type { Proposal } from '../../domain/workshop-schema';
import { useSession } from '../../session/context';
import { useDraftJournal } from '../../components/draft-journal';
import { pure } from '../../components/pure';
import { SavedTextarea } from '../../components/saved-textarea';
import { t } from '../../i18n';
import type { OpenStep } from '../step-context';

/** Memoised: a keystroke in a note beside it changes neither its proposals nor its block. */
export const Proposals = pure(function Proposals({ proposals = [], save, block }: Pick<OpenStep, 'save'> & { proposals: readonly Proposal[] | undefined; block: BlockId }) {
  const app = useAppState();
  const session = useSession();
  const [draft, setDraft] = useState('');
  const [empty, setEmpty] = useState(false);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const full = proposals.length >= LIMITS.proposals;
  // A proposal being written is not in the database until "Tilføj forslag"; the journal keeps it through a reload,
  // one draft per tab (issue #17: two tabs must not take each other's unsent proposal).
  const journal = useDraftJournal(`new-proposal-${block}`, '', setDraft, { perTab: true });

  const add = async (event: Event) => {
    event.preventDefault();
    // The field itself is the truth: state may lag a render behind two quick presses.
    const text = (inputRef.current?.value ?? draft).trim();
    if (!text) {
      setEmpty(true);
      inputRef.current?.focus();
      return;
    }
    // The field is emptied at once, not when the write is done: on a slow tablet the next
    // proposal may already be typed by then, and it must not be wiped (nor this one added twice).
    setDraft('');
    setEmpty(false);
    inputRef.current?.focus();
    const id = app.newId();
    const saved = await save((w) => addProposal(w, block, { id, text, toPlan: true }));
    const untouched = (inputRef.current?.value ?? '') === '';
    if (saved) {
      // Only now may the journal forget the text, unless something new has been typed meanwhile.
      if (untouched) journal('');
    } else if (untouched && !session.workshop.peek().dialogue[block]?.proposals.some((p) => p.id === id)) {
      // Refused, so it is not in the list either (the error is shown above): give the text back.
      // (A write that merely failed keeps the proposal in the list and tries again.)
      setDraft(text);
    }
  };

  return (
    <section class="proposals" aria-labelledby={`proposals-${block}`}>
      <h3 id={`proposals-${block}`}>{t.dialogue.proposals}</h3>
      <p class="hint">{t.dialogue.proposalsHint}</p>
      <ol class="plain-list">
        {proposals.map((p, index) => (
          <li key={p.id} class="proposal">
            <SavedTextarea
              id={`proposal-${p.id}`}
              label={t.dialogue.proposalText(index + 1)}
              read={(w) => w.dialogue[block]?.proposals.find((x) => x.id === p.id)?.text ?? ''}
              write={(w, text) => updateProposal(w, block, p.id, { text })}
              rows={2}
              maxLength={LIMITS.itemText}
            />
            <div class="proposal__actions">
              <label class="check">
                <input
                  type="checkbox"
                  checked={p.toPlan}
                  onChange={(e) => {
                    // Read the box now: the event is gone by the time the save runs.
                    const toPlan = (e.currentTarget as HTMLInputElement).checked;
                    void save((w) => updateProposal(w, block, p.id, { toPlan }));
                  }}
                />
                {t.dialogue.toPlan}
              </label>
              <button class="button button--quiet" type="button" aria-label={t.dialogue.removeProposal(index + 1)} onClick={() => void save((w) => removeProposal(w, block, p.id))}>
                {t.setup.remove}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {full ? (
        <p class="hint" role="status">
          {t.dialogue.proposalsFull(LIMITS.proposals)}
        </p>
      ) : (
        <form class="proposal-new" onSubmit={add} noValidate>
          <div class="field">
            <label for={`new-proposal-${block}`}>{t.dialogue.newProposal}</label>
            <textarea
              id={`new-proposal-${block}`}
              ref={inputRef}
              rows={2}
              maxLength={LIMITS.itemText}
              value={draft}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLTextAreaElement).value;
                setDraft(value);
                journal(value);
              }}
              aria-invalid={empty ? 'true' : undefined}
              aria-describedby={empty ? `new-proposal-${block}-error` : undefined}
            />
            {empty && (
              <p class="field__error" id={`new-proposal-${block}-error`}>
                {t.dialogue.emptyProposal}
              </p>
            )}
          </div>
          <button class="button" type="submit">
            {t.dialogue.addProposal}
          </button>
        </form>
      )}
    </section>
  );
});
