/** What every step screen of a workshop receives from the workshop frame. */
import type { Dialog, Guidance, Huset, Questionnaire } from '../domain/content';
import type { Workshop } from '../domain/workshop';

/** Applies a change to the stored workshop; resolves false (and the frame shows why) when it could not be saved. */
export type SaveWorkshop = (change: (workshop: Workshop) => Workshop) => Promise<boolean>;

export interface StepProps {
  workshop: Workshop;
  /** The questionnaire in the exact version this workshop uses. */
  questionnaire: Questionnaire;
  /** The newest version of every questionnaire (for changing målgruppe before anyone has answered). */
  questionnaires: Questionnaire[];
  huset: Huset;
  dialog: Dialog;
  /** The booklet's guidance: each step's "Sådan gør I", the booklet's title and the hotline. */
  guidance: Guidance;
  /** participant id → "Maria (TR)", or "Deltager 2" in the anonymous view. */
  labels: Map<string, string>;
  save: SaveWorkshop;
}
