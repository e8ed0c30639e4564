/**
 * The presenter view's screens, one thing each, in the order of the flow:
 * the six blocks' means, the good places to start, the vote ranking, one
 * screen per block chosen for the dialogue, and the plan so far. Which one
 * the meeting is at follows the view the facilitator's window shows.
 */
import { resumeView, type WorkshopView } from '../../app/routes';
import type { BlockId } from '../../domain/blocks';
import type { Workshop } from '../../domain/workshop';
import type { MeetingPosition } from './follow';

export type PresenterScreen =
  | { kind: 'blocks' }
  | { kind: 'openers' }
  | { kind: 'ranking' }
  /** One chosen block in step 3; without a block while none is chosen yet. */
  | { kind: 'dialogue'; block?: BlockId }
  | { kind: 'plan' };

/** A screen's stable name, for keys and for finding it again after the workshop changes. */
export function screenKey(screen: PresenterScreen): string {
  return screen.kind === 'dialogue' && screen.block ? `dialogue:${screen.block}` : screen.kind;
}

export function presenterScreens(workshop: Workshop): PresenterScreen[] {
  const chosen = workshop.voting.chosen;
  const dialogue: PresenterScreen[] = chosen.length > 0 ? chosen.map((block) => ({ kind: 'dialogue', block })) : [{ kind: 'dialogue' }];
  return [{ kind: 'blocks' }, { kind: 'openers' }, { kind: 'ranking' }, ...dialogue, { kind: 'plan' }];
}

/** The screen for where the meeting is: the facilitator's view, or the step the workshop got to when no facilitator's window has said. */
export function screenAt(workshop: Workshop, position: MeetingPosition | null): string {
  const view: WorkshopView = position?.view ?? resumeView(workshop.step);
  if (view === 'prioriter') return 'ranking';
  if (view === 'handleplan' || view === 'udskriv') return 'plan';
  if (view === 'dialog') {
    const chosen = workshop.voting.chosen;
    const block = position?.block && chosen.includes(position.block) ? position.block : chosen[0];
    return block ? `dialogue:${block}` : 'dialogue';
  }
  return 'blocks';
}
