/** The workshop's plan as a PlanDocument, in the chosen language, for the PDF and the print view. */
import { buildPlanDocument, type PlanDocument, type PlanDocumentInput } from '../../domain/plan-document';
import { t } from '../../i18n';

/** What the plan is made from: the workshop, the content it was held with, and the participants' labels. */
type PlanSource = Pick<PlanDocumentInput, 'workshop' | 'questionnaire' | 'huset' | 'dialog' | 'labels' | 'previous'>;

export function planDocument({ workshop, questionnaire, huset, dialog, labels, previous }: PlanSource, includeNotes: boolean): PlanDocument {
  return buildPlanDocument({
    previous,
    workshop,
    questionnaire,
    huset,
    dialog,
    labels,
    includeNotes,
    formatDate: t.formatDate,
    formatList: t.formatList,
    anonymousParticipants: t.plan.anonymous,
    formatWhen: (when, date) => [date ? t.formatDate(date) : '', when].filter(Boolean).join(' – '),
  });
}
