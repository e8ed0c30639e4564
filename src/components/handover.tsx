/**
 * The full-screen "give the tablet to …" page between participants on a
 * shared device. It shows nothing of the previous person's input.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

interface Props {
  title: string;
  body: string;
  startLabel: string;
  onStart: () => void;
  /** Others who have not finished, if the next person is not at hand. */
  others?: Array<{ id: string; label: string }>;
  onChoose?: (id: string) => void;
  /** Those who have finished, any of whom may take the tablet back to change their own answers. */
  finished?: Array<{ id: string; label: string }>;
  onEdit?: (id: string) => void;
  children?: ComponentChildren;
}

export function Handover({ title, body, startLabel, onStart, others = [], onChoose, finished = [], onEdit, children }: Props) {
  return (
    <section class="handover" aria-labelledby="handover-title">
      <h1 id="handover-title">{title}</h1>
      <p>{body}</p>
      <button class="button button--primary button--large" type="button" onClick={onStart}>
        {startLabel}
      </button>
      {onChoose && <PeopleChoice summary={t.score.handover.other} people={others} label={t.score.handover.choose} onChoose={onChoose} />}
      <EditOwnAnswers finished={finished} onEdit={onEdit} />
      {children}
    </section>
  );
}

/** "Har du svaret færdig og vil rette dine svar?": the way back for someone who pressed "Færdig" too soon, through the hand-over. */
export function EditOwnAnswers({ finished, onEdit }: { finished: Array<{ id: string; label: string }>; onEdit?: (id: string) => void }) {
  if (!onEdit) return null;
  return <PeopleChoice summary={t.score.handover.editOwn} people={finished} label={t.score.handover.editFor} onChoose={onEdit} />;
}

/** A folded list of people, one button each; nothing when there is nobody to choose. */
function PeopleChoice({ summary, people, label, onChoose }: {
  summary: string;
  people: Array<{ id: string; label: string }>;
  label: (person: string) => string;
  onChoose: (id: string) => void;
}) {
  if (people.length === 0) return null;
  return (
    <details class="handover__others">
      <summary>{summary}</summary>
      <ul class="plain-list">
        {people.map((p) => (
          <li key={p.id}>
            <button class="button" type="button" onClick={() => onChoose(p.id)}>
              {label(p.label)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
