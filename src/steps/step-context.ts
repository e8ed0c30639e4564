/**
 * The open step: the workshop, the content it is shown with, the participants'
 * labels and the way to save. The workshop frame (src/screens/workshop/)
 * provides it; a step screen reads it with useStep() and passes its parts on
 * to the pieces below it as narrow props.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Dialog, Guidance, Huset, Questionnaire } from '../domain/content';
import type { Workshop } from '../domain/workshop';

/** Applies a change to the stored workshop; resolves false (and the frame shows why) when it could not be saved. */
export type SaveWorkshop = (change: (workshop: Workshop) => Workshop) => Promise<boolean>;

/** The content a step shows, all of it there: the frame shows an error instead of a step when any is missing. */
export interface StepContent {
  /** The questionnaire in the exact version this workshop uses. */
  questionnaire: Questionnaire;
  /** The newest version of every questionnaire (for changing målgruppe before anyone has answered). */
  questionnaires: Questionnaire[];
  huset: Huset;
  dialog: Dialog;
  /** The booklet's guidance: each step's "Sådan gør I", the booklet's title and the hotline. */
  guidance: Guidance;
}

export interface OpenStep extends StepContent {
  /** The live workshop: every change shows at once, before it is written. */
  workshop: Workshop;
  /** participant id → "Maria (TR)", or "Deltager 2" in the anonymous view. */
  labels: Map<string, string>;
  save: SaveWorkshop;
}

export const StepContext = createContext<OpenStep | null>(null);

export function useStep(): OpenStep {
  const step = useContext(StepContext);
  if (!step) throw new Error('useStep() outside <StepContext.Provider>');
  return step;
}
