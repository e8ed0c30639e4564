/** The check of a plan date field (an item's date, the follow-up date) in Danish, for SavedInput's `check`. */
import { planDateProblem } from '../../domain/plan';
import { t } from '../../i18n';

export function planDateMessage(value: string): string | undefined {
  const problem = planDateProblem(value);
  if (problem === 'invalid') return t.create.errors.date;
  if (problem === 'too-late') return t.plan.dateTooLate;
  return undefined;
}
