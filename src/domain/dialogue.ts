/** Step 3: notes per dialogue prompt, proposals and the time-box, per building block. */
import type { BlockId } from './blocks.ts';
import { isRunning, pauseCountdown, type Countdown } from './timebox.ts';
import { LIMITS, type BlockDialogue, type Proposal, type Workshop } from './workshop.ts';

function withBlock(workshop: Workshop, block: BlockId, change: (d: BlockDialogue) => BlockDialogue): Workshop {
  const current = workshop.dialogue[block] ?? { notes: {}, proposals: [] };
  return { ...workshop, dialogue: { ...workshop.dialogue, [block]: change(current) } };
}

/** Stores the notes for one prompt of one block. */
export function setNote(workshop: Workshop, block: BlockId, promptId: string, text: string): Workshop {
  return withBlock(workshop, block, (d) => ({ ...d, notes: { ...d.notes, [promptId]: text } }));
}

/** Adds a proposal at the end of the block's list; a full list (LIMITS.proposals) is returned unchanged. */
export function addProposal(workshop: Workshop, block: BlockId, proposal: Proposal): Workshop {
  if ((workshop.dialogue[block]?.proposals.length ?? 0) >= LIMITS.proposals) return workshop;
  return withBlock(workshop, block, (d) => ({ ...d, proposals: [...d.proposals, proposal] }));
}

/** Changes a proposal's text or its "til handleplan" mark. */
export function updateProposal(workshop: Workshop, block: BlockId, id: string, change: Partial<Omit<Proposal, 'id'>>): Workshop {
  return withBlock(workshop, block, (d) => ({ ...d, proposals: d.proposals.map((p) => (p.id === id ? { ...p, ...change } : p)) }));
}

export function removeProposal(workshop: Workshop, block: BlockId, id: string): Workshop {
  return withBlock(workshop, block, (d) => ({ ...d, proposals: d.proposals.filter((p) => p.id !== id) }));
}

/** Sets or clears the "til handleplan" mark of a proposal in whichever block holds it; unchanged when there is none or it is already so. */
export function markProposal(workshop: Workshop, proposalId: string, toPlan: boolean): Workshop {
  for (const [block, d] of Object.entries(workshop.dialogue) as Array<[BlockId, BlockDialogue | undefined]>) {
    const proposal = d?.proposals.find((p) => p.id === proposalId);
    if (proposal) return proposal.toPlan === toPlan ? workshop : updateProposal(workshop, block, proposalId, { toPlan });
  }
  return workshop;
}

/**
 * Keeps the block's time-box (undefined: back to the block's full time,
 * stopped). A change that leaves the time-box as it was returns the same
 * workshop, so nothing is written.
 */
export function setTimer(workshop: Workshop, block: BlockId, timer: Countdown | undefined): Workshop {
  const current = workshop.dialogue[block]?.timer;
  if (current === timer) return workshop;
  return withBlock(workshop, block, (d) => {
    const { timer: _old, ...rest } = d;
    return timer ? { ...rest, timer } : rest;
  });
}

/** Every proposal marked "til handleplan", in block order, for pre-filling step 4. */
export function proposalsForPlan(workshop: Workshop, blocks: readonly BlockId[]): Array<{ block: BlockId; proposal: Proposal }> {
  return blocks.flatMap((block) => (workshop.dialogue[block]?.proposals ?? []).filter((p) => p.toPlan && p.text.trim()).map((proposal) => ({ block, proposal })));
}

/** The blocks among `blocks` whose time-box runs now. */
export function runningBlocks(workshop: Workshop, blocks: readonly BlockId[]): BlockId[] {
  return blocks.filter((block) => {
    const timer = workshop.dialogue[block]?.timer;
    return timer !== undefined && isRunning(timer);
  });
}

/**
 * Pauses, at `now`, every running time-box among `blocks` except `open`'s: the
 * group has turned to `open`, so the others' time should stand still. The
 * same workshop when nothing else runs, so nothing is written.
 */
export function pauseOtherBlocks(workshop: Workshop, blocks: readonly BlockId[], open: BlockId, now: number): Workshop {
  return runningBlocks(workshop, blocks)
    .filter((block) => block !== open)
    .reduce((w, block) => {
      const timer = w.dialogue[block]?.timer;
      return timer ? setTimer(w, block, pauseCountdown(timer, now)) : w;
    }, workshop);
}
