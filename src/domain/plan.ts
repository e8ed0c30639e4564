/** Step 4: the action plan's items and its plan-wide fields. */
import type { BlockId } from './blocks.ts';
import { markProposal, proposalsForPlan } from './dialogue.ts';
import { isCalendarDate } from './ics.ts';
import { furthestStep } from './setup.ts';
import { isIsoDate, LIMITS, type ActionItem, type Plan, type Workshop } from './workshop.ts';

export type PlanDateProblem = 'invalid' | 'too-late';

/**
 * What is wrong with a plan date as typed (an item's date or the follow-up
 * date), if anything. Empty is no date. Every plan date goes into the
 * calendar file, so it must be one that file can hold (LAST_CALENDAR_DATE).
 */
export function planDateProblem(value: string): PlanDateProblem | undefined {
  if (value === '') return undefined;
  if (!isIsoDate(value)) return 'invalid';
  return isCalendarDate(value) ? undefined : 'too-late';
}

/** A blank item for a block: a concrete action unless said otherwise. */
export function newItem(id: string, block: BlockId, what = ''): ActionItem {
  return { id, block, kind: 'action', what: what.slice(0, LIMITS.itemText), who: '', when: '', whenDate: null, forum: '' };
}

function withPlan(workshop: Workshop, change: (plan: Plan) => Plan): Workshop {
  return { ...workshop, plan: change(workshop.plan), step: furthestStep(workshop.step, 'plan') };
}

/** True when the plan holds as many items as it may (LIMITS.items): nothing more can be added. */
export function planIsFull(plan: Plan): boolean {
  return plan.items.length >= LIMITS.items;
}

/** Adds an item at the end of its block's list; a full plan is returned unchanged. */
export function addItem(workshop: Workshop, item: ActionItem): Workshop {
  if (planIsFull(workshop.plan)) return workshop;
  return withPlan(workshop, (plan) => ({ ...plan, items: [...plan.items, item] }));
}

export function updateItem(workshop: Workshop, id: string, change: Partial<Omit<ActionItem, 'id'>>): Workshop {
  return withPlan(workshop, (plan) => ({ ...plan, items: plan.items.map((item) => (item.id === id ? { ...item, ...change } : item)) }));
}

/**
 * Removes an item; returns where it stood so the removal can be undone. An
 * item that came from a step-3 proposal takes the proposal's "til handleplan"
 * mark with it, so the next visit to step 4 does not bring it back.
 */
export function removeItem(workshop: Workshop, id: string): { workshop: Workshop; removed?: { item: ActionItem; index: number } } {
  const index = workshop.plan.items.findIndex((item) => item.id === id);
  const item = workshop.plan.items[index];
  if (!item) return { workshop };
  const without = withPlan(workshop, (plan) => ({ ...plan, items: plan.items.filter((i) => i.id !== id) }));
  return { workshop: item.fromProposal ? markProposal(without, item.fromProposal, false) : without, removed: { item, index } };
}

/** Puts a removed item back where it was (undo), with its proposal's mark. */
export function restoreItem(workshop: Workshop, item: ActionItem, index: number): Workshop {
  if (workshop.plan.items.some((i) => i.id === item.id) || planIsFull(workshop.plan)) return workshop;
  const restored = withPlan(workshop, (plan) => {
    const items = [...plan.items];
    items.splice(Math.min(Math.max(index, 0), items.length), 0, item);
    return { ...plan, items };
  });
  return item.fromProposal ? markProposal(restored, item.fromProposal, true) : restored;
}

/** Moves an item up or down among the items of its own block. */
export function moveItem(workshop: Workshop, id: string, direction: -1 | 1): Workshop {
  const items = workshop.plan.items;
  const item = items.find((i) => i.id === id);
  if (!item) return workshop;
  const sameBlock = items.map((it, index) => ({ it, index })).filter(({ it }) => it.block === item.block);
  const position = sameBlock.findIndex(({ it }) => it.id === id);
  const neighbour = sameBlock[position + direction];
  const here = sameBlock[position];
  if (!neighbour || !here) return workshop;
  const next = [...items];
  next[here.index] = neighbour.it;
  next[neighbour.index] = item;
  return withPlan(workshop, (plan) => ({ ...plan, items: next }));
}

/** The items of one block, in their order. */
export function itemsOfBlock(plan: Plan, block: BlockId): ActionItem[] {
  return plan.items.filter((item) => item.block === block);
}

/**
 * Adds an item for every proposal marked "til handleplan" in step 3 that is
 * not in the plan yet (each proposal once, even if its item was edited).
 * `itemIdFor` must give a proposal the same item id every time it is asked:
 * the session applies a change on screen and again in its write, and an item
 * whose id changed in between would lose what was typed into it meanwhile.
 */
export function prefillFromProposals(workshop: Workshop, blocks: readonly BlockId[], itemIdFor: (proposalId: string) => string): Workshop {
  const used = new Set(workshop.plan.items.map((item) => item.fromProposal).filter(Boolean));
  const room = LIMITS.items - workshop.plan.items.length;
  const fresh = proposalsForPlan(workshop, blocks)
    .filter(({ proposal }) => !used.has(proposal.id))
    .slice(0, Math.max(0, room));
  if (fresh.length === 0) return workshop;
  const items = fresh.map(({ block, proposal }) => ({ ...newItem(itemIdFor(proposal.id), block, proposal.text.trim()), fromProposal: proposal.id }));
  return withPlan(workshop, (plan) => ({ ...plan, items: [...plan.items, ...items] }));
}

/** Plan-wide fields: expected effect, how it will show, and the follow-up date. */
export function setPlanFields(workshop: Workshop, change: Partial<Omit<Plan, 'items'>>): Workshop {
  return withPlan(workshop, (plan) => ({ ...plan, ...change }));
}
