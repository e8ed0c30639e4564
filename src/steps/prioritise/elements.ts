/** What the group votes on: the six building blocks or single questions, with labels and step-1 scores. */
import { BLOCK_IDS, type BlockId } from '../../domain/blocks';
import type { Huset, Questionnaire } from '../../domain/content';
import { summarise } from '../../domain/scoring';
import type { Workshop } from '../../domain/workshop';

export interface VoteElement {
  id: string;
  label: string;
  /** The building block the element belongs to (itself for a block). */
  block: BlockId;
  /** Step 1 mean, the suggested tie-breaker (lower first). */
  score: number | null;
}

export function voteElements(workshop: Workshop, questionnaire: Questionnaire, huset: Huset): VoteElement[] {
  const summary = summarise(questionnaire, workshop.answers, workshop.participants.map((p) => p.id));
  if (workshop.voting.target === 'questions') {
    return questionnaire.questions.map((q) => ({
      id: q.id,
      label: `${q.number}. ${q.text}`,
      block: q.block,
      score: summary.questions.find((r) => r.questionId === q.id)?.mean ?? null,
    }));
  }
  return BLOCK_IDS.map((id) => ({
    id,
    label: huset.blocks.find((b) => b.id === id)?.title ?? id,
    block: id,
    score: summary.blocks.find((b) => b.block === id)?.mean ?? null,
  }));
}
