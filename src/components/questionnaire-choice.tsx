/** The two målgrupper as large radio choices, each with who it is for and how many questions it has. */
import type { ComponentChildren } from 'preact';
import type { Questionnaire } from '../domain/content';
import { t } from '../i18n';

interface Props {
  questionnaires: Questionnaire[];
  selected: string;
  onSelect: (questionnaire: Questionnaire) => void;
  disabled?: boolean;
  describedBy?: string;
  /** Hints or errors shown under the legend. */
  children?: ComponentChildren;
}

export function QuestionnaireChoice({ questionnaires, selected, onSelect, disabled, describedBy, children }: Props) {
  return (
    <fieldset class="field choices" aria-describedby={describedBy}>
      <legend>{t.create.questionnaire}</legend>
      {children}
      {questionnaires.map((q) => (
        <label class="choice" key={q.id}>
          <input type="radio" name="questionnaire" value={q.id} checked={selected === q.id} disabled={disabled} onChange={() => onSelect(q)} />
          <span>
            <strong>{q.title}</strong>
            <span class="choice__hint">
              {q.audience} · {t.huset.questionCount(q.questions.length)}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
