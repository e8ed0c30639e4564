/**
 * The open step a component test hands a step screen through StepContext, as
 * the workshop frame does: Målgruppe 1 and the shipped content, Maria and Ole
 * as the participants' labels, and `save` (by default one that always works).
 */
import { bundledContent } from '../../src/content/bundled';
import type { Workshop } from '../../src/domain/workshop';
import type { OpenStep } from '../../src/steps/step-context';

export function openStepFor(workshop: Workshop, save: OpenStep['save'] = () => Promise.resolve(true)): OpenStep {
  const content = bundledContent();
  const questionnaire = content.questionnaires.find((q) => q.id === 'maalgruppe-1');
  if (!questionnaire) throw new Error('test setup: no Målgruppe 1');
  return {
    workshop,
    questionnaire,
    questionnaires: content.questionnaires,
    huset: content.huset,
    dialog: content.dialog,
    guidance: content.guidance,
    labels: new Map([
      ['p1', 'Maria (leder)'],
      ['p2', 'Ole (TR)'],
    ]),
    save,
  };
}
