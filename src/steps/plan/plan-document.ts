/** The workshop's plan as a PlanDocument, in Danish, for the PDF and the print view. */
import { buildPlanDocument, type PlanDocument } from '../../domain/plan-document';
import { t } from '../../i18n';
import type { StepProps } from '../step-props';

export function planDocument({ workshop, questionnaire, huset, dialog, labels }: StepProps, includeNotes: boolean): PlanDocument {
  return buildPlanDocument({
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
