/**
 * What the exported action plan says, independent of how it is drawn: the
 * PDF layout and the print-friendly HTML view both render a PlanDocument.
 * Built from a workshop and its content; all words come in through `labels`
 * and `formatDate`, so the domain stays free of UI strings.
 */
import { BLOCK_IDS, type BlockId } from './blocks.ts';
import type { Dialog, Huset, Questionnaire } from './content.ts';
import { comparable, compareRounds, reviewedItems, type BlockChange, type EarlierRound } from './rounds.ts';
import { summarise } from './scoring.ts';
import { rankingOf } from './voting.ts';
import type { ItemStatus, Workshop } from './workshop.ts';

export interface PlanDocumentItem {
  what: string;
  who: string;
  when: string;
  kind: 'action' | 'discussion';
  forum: string;
}

export interface PlanDocument {
  workplace: string;
  date: string;
  questionnaire: string;
  /** Names and roles, or a count when the workshop is anonymous. */
  participants: string;
  anonymous: boolean;
  /** One person alone (solo mode): the document speaks to them, and step 2 is their own choice, not a vote. */
  alone: boolean;
  /** Step 1: mean per building block on the 1–5 scale, in Huset's order. */
  scores: Array<{ block: BlockId; title: string; mean: number | null; respondents: number }>;
  /** Step 2: the ranked elements with their votes; empty when nobody voted. */
  priorities: Array<{ label: string; votes: number; rank: number; tied: boolean; chosen: boolean }>;
  /** Step 2 alone: the blocks the person chose, in their order (no ranks, no votes); empty otherwise. */
  chosenAlone: string[];
  /** Step 3 notes, per chosen block; empty when notes are left out. */
  notes: Array<{ title: string; entries: Array<{ prompt: string; text: string }>; proposals: string[] }>;
  /** Step 4: the plan per building block, chosen blocks first; blocks without items left out. */
  sections: Array<{ block: BlockId; title: string; items: PlanDocumentItem[] }>;
  effect: string;
  evidence: string;
  followUp: string | null;
  itemCount: number;
  /** Since the previous round (rounds.ts): the same numbers as Trin 1's comparison; null in a first round. */
  comparison: {
    previousDate: string;
    alone: boolean;
    blocks: Array<Pick<BlockChange, 'block' | 'current' | 'previous' | 'change' | 'direction' | 'reason'> & { title: string }>;
    /** How many questions of either round could not be compared. */
    notCompared: number;
    /** The previous round's questionnaire version is not on this device: nothing could be compared (`blocks` is empty). */
    unavailable: boolean;
  } | null;
  /** "Sidste gang aftalte I …": the previous plan's items and how they went; null in a first round. */
  review: {
    previousDate: string;
    items: Array<{ what: string; block: string; status: ItemStatus | null; comment: string }>;
  } | null;
}

export interface PlanDocumentInput {
  workshop: Workshop;
  questionnaire: Questionnaire;
  huset: Huset;
  dialog: Dialog;
  /** participant id → display label ("Maria (TR)"). */
  labels: Map<string, string>;
  includeNotes: boolean;
  formatDate: (iso: string) => string;
  /** Names joined as the language joins them ("Anna, Bo og Carl"). */
  formatList: (items: readonly string[]) => string;
  /** e.g. (n) => `${n} deltagere (anonymt)` */
  anonymousParticipants: (count: number) => string;
  /** the text for an item's "Hvornår?" when it has a date and/or a free text */
  formatWhen: (when: string, date: string | null) => string;
  /** The round before this one in its series, with its questionnaire (null when not on this device); absent in a first round. */
  previous?: EarlierRound;
}

/** Builds the document the group takes home. */
export function buildPlanDocument(input: PlanDocumentInput): PlanDocument {
  const { workshop, questionnaire, huset, dialog, labels } = input;
  const ids = workshop.participants.map((p) => p.id);
  const summary = summarise(questionnaire, workshop.answers, ids);
  const blockTitle = (id: BlockId) => huset.blocks.find((b) => b.id === id)?.title ?? id;

  const scores = BLOCK_IDS.map((block) => {
    const result = summary.blocks.find((b) => b.block === block);
    return { block, title: blockTitle(block), mean: result?.mean ?? null, respondents: result?.respondents ?? 0 };
  });

  const target = workshop.voting.target;
  const elements = target === 'blocks' ? [...BLOCK_IDS] : questionnaire.questions.map((q) => q.id);
  const scoreOf = new Map<string, number | null>(
    target === 'blocks'
      ? scores.map((s) => [s.block, s.mean])
      : summary.questions.map((q) => [q.questionId, q.mean]),
  );
  // The ranking exactly as step 2 shows it (votes, ties broken by score, the facilitator's order).
  const ranked = rankingOf(workshop, elements.map((id) => ({ id, score: scoreOf.get(id) ?? null })));
  const alone = workshop.mode === 'solo';
  // Alone there is no vote (a ballot left from before the mode changed is not shown either).
  const anyVotes = !alone && ranked.some((r) => r.votes > 0);
  const elementLabel = (id: string) => {
    if (target === 'blocks') return blockTitle(id as BlockId);
    const q = questionnaire.questions.find((question) => question.id === id);
    return q ? `${q.number}. ${q.text}` : id;
  };
  const elementBlock = (id: string): BlockId | undefined =>
    target === 'blocks' ? (id as BlockId) : questionnaire.questions.find((q) => q.id === id)?.block;
  const priorities = anyVotes
    ? ranked
        .filter((r) => r.votes > 0)
        .map((r) => {
          const block = elementBlock(r.elementId);
          return { label: elementLabel(r.elementId), votes: r.votes, rank: r.rank, tied: r.tied, chosen: !!block && workshop.voting.chosen.includes(block) };
        })
    : [];

  const chosen = workshop.voting.chosen;
  const notes = input.includeNotes
    ? chosen
        .map((block) => {
          const d = workshop.dialogue[block];
          const entries = dialog.dialoguePrompts
            .map((p) => ({ prompt: p.text, text: (d?.notes[p.id] ?? '').trim() }))
            .filter((e) => e.text);
          const proposals = (d?.proposals ?? []).map((p) => p.text.trim()).filter(Boolean);
          return { title: blockTitle(block), entries, proposals };
        })
        .filter((n) => n.entries.length > 0 || n.proposals.length > 0)
    : [];

  const order: BlockId[] = [...chosen, ...BLOCK_IDS.filter((b) => !chosen.includes(b))];
  const sections = order
    .map((block) => ({
      block,
      title: blockTitle(block),
      items: workshop.plan.items
        .filter((item) => item.block === block && (item.what.trim() || item.who.trim() || item.when.trim() || item.whenDate))
        .map((item) => ({
          what: item.what.trim(),
          who: item.who.trim(),
          when: input.formatWhen(item.when.trim(), item.whenDate),
          kind: item.kind,
          forum: item.forum.trim(),
        })),
    }))
    .filter((s) => s.items.length > 0);

  const participants = workshop.anonymous
    ? input.anonymousParticipants(workshop.participants.length)
    : input.formatList(workshop.participants.map((p) => labels.get(p.id) ?? '').filter(Boolean));

  const previous = input.previous;
  const comparison: PlanDocument['comparison'] = !previous
    ? null
    : !comparable(previous)
      ? // The previous round's questionnaire version is not on this device: its plan is reviewed, its answers not compared.
        { previousDate: input.formatDate(previous.workshop.date), alone, blocks: [], notCompared: 0, unavailable: true }
      : (() => {
          const compared = compareRounds({ workshop, questionnaire }, previous);
          return {
            previousDate: input.formatDate(previous.workshop.date),
            alone,
            blocks: compared.blocks.map(({ block, current, previous: before, change, direction, reason }) => ({
              block,
              title: blockTitle(block),
              current,
              previous: before,
              change,
              direction,
              reason,
            })),
            notCompared: compared.added.length + compared.removed.length,
            unavailable: false,
          };
        })();
  const review = previous
    ? {
        previousDate: input.formatDate(previous.workshop.date),
        items: reviewedItems(previous.workshop.plan, workshop).map(({ item, status, comment }) => ({
          what: item.what.trim(),
          block: blockTitle(item.block),
          status,
          comment: comment.trim(),
        })),
      }
    : null;

  return {
    workplace: workshop.title,
    date: input.formatDate(workshop.date),
    questionnaire: questionnaire.title,
    participants,
    anonymous: workshop.anonymous,
    alone,
    scores,
    priorities,
    chosenAlone: alone ? workshop.voting.chosen.map(blockTitle) : [],
    notes,
    sections,
    effect: workshop.plan.effect.trim(),
    evidence: workshop.plan.evidence.trim(),
    followUp: workshop.plan.followUpDate ? input.formatDate(workshop.plan.followUpDate) : null,
    itemCount: sections.reduce((n, s) => n + s.items.length, 0),
    comparison,
    review,
  };
}
