/**
 * The expected step-2 ranking, computed here from the answers and votes a
 * test gave — independently of the app's own voting code. Pure: no
 * Playwright, so the WebKit suite (test/webkit/) uses it too.
 */
import { BLOCK_TITLES } from './expected-results';
import type { Score, Question } from './vote-helpers';

/** Huset's six blocks in the booklet's order (the app lists elements in this order). */
export const BLOCKS = ['trivsel', 'statistik', 'samtaler', 'tidlige-indsatser', 'faelles-ejerskab', 'tydelig-ledelse'] as const;
export type Block = (typeof BLOCKS)[number];

/** Each block's title, as the booklet has it (expected-results.ts holds the one list). */
export const TITLE: Record<Block, string> = BLOCK_TITLES;

/** Step-1 mean per block over every answer given (skips do not count); null when none. */
export function blockMeans(questions: Question[], people: Score[][]): Map<Block, number | null> {
  const means = new Map<Block, number | null>();
  for (const block of BLOCKS) {
    const values: number[] = [];
    for (const answers of people) {
      questions.forEach((q, i) => {
        const a = answers[i];
        if (q.block === block && typeof a === 'number') values.push(a);
      });
    }
    means.set(block, values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);
  }
  return means;
}

/** "2,0" — a mean as the app writes it (one decimal, Danish comma). */
export function formatMean(mean: number): string {
  return mean.toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export interface ExpectedRow {
  block: Block;
  votes: number;
  rank: string;
  meta: string;
}

/**
 * The booklet's ranking: most votes first; equal votes share a place
 * ("Delt N. plads", the next place skips); within a tie the lower step-1
 * score as shown (one decimal) first, blocks without a score last, then
 * Huset's order.
 */
export function expectedRanking(votes: Record<Block, number>, means: Map<Block, number | null>): ExpectedRow[] {
  const key = (b: Block) => {
    const m = means.get(b);
    // As the app shows it: one decimal, half away from zero (2.05 and 2.14 both read "2,1" and tie).
    return m === null || m === undefined ? Infinity : Math.round(Number((m * 10).toPrecision(12)));
  };
  const sorted = [...BLOCKS].sort((a, b) => votes[b] - votes[a] || key(a) - key(b) || BLOCKS.indexOf(a) - BLOCKS.indexOf(b));
  return sorted.map((block) => {
    const n = votes[block];
    const place = 1 + BLOCKS.filter((other) => votes[other] > n).length;
    const tied = BLOCKS.filter((other) => votes[other] === n).length > 1;
    const mean = means.get(block);
    return {
      block,
      votes: n,
      rank: tied ? `Delt ${place}. plads` : `${place}. plads`,
      meta: `${n === 1 ? '1 stemme' : `${n} stemmer`}${mean === null || mean === undefined ? '' : ` · Trin 1: ${formatMean(mean)}`}`,
    };
  });
}
