/**
 * The whiteboard path: the facilitator types in the crosses counted on the board.
 * A field starts empty ("not counted yet", 0 in the sum); a field emptied again forgets its count.
 * Nothing complains before the first count is typed: neither a field nor the sum.
 */
import { clearTally, hasTallyEntries, setTally, tallyCheck, tallyVotes } from '../../domain/voting';
import { SavedInput } from '../../components/saved-input';
import { t } from '../../i18n';
import type { OpenStep } from '../step-context';
import type { VoteElement } from './elements';

export function TallyForm({ workshop, elements }: Pick<OpenStep, 'workshop'> & { elements: VoteElement[] }) {
  const ids = elements.map((e) => e.id);
  const tally = tallyVotes(workshop.voting, workshop.participants.map((p) => p.id), ids);
  const check = tallyCheck(tally, workshop.participants.length, workshop.votesPerPerson);
  const countProblem = (value: string) => (value.trim() === '' || /^\d{1,5}$/.test(value.trim()) ? undefined : t.prioritise.tallyInvalid);
  const entered = hasTallyEntries(workshop.voting, ids);

  return (
    <section class="card" aria-labelledby="tally-title">
      <h2 id="tally-title">{t.prioritise.tallyTitle}</h2>
      <ul class="plain-list tally">
        {elements.map((e) => (
          <li key={e.id} class="tally__row">
            <SavedInput
              id={`tally-${e.id}`}
              type="number"
              min={0}
              max={10000}
              label={t.prioritise.tallyCount(e.label)}
              read={(w) => (Object.hasOwn(w.voting.tally, e.id) ? String(tallyVotes(w.voting, [], ids).get(e.id) ?? '') : '')}
              write={(w, value) => (value.trim() === '' ? clearTally(w, e.id) : setTally(w, e.id, Number(value)))}
              check={countProblem}
            />
          </li>
        ))}
      </ul>
      <p role="status">{t.prioritise.tallyTotal(check.total, check.expected, workshop.participants.length, workshop.votesPerPerson)}</p>
      {entered && !check.matches && <p class="notice notice--warning">{t.prioritise.tallyMismatch}</p>}
    </section>
  );
}
