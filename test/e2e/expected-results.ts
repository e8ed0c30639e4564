/**
 * The questionnaires, answer patterns and the expected step-1 result numbers,
 * computed here from the questionnaire JSON and the answers a test gave —
 * independently of the app's own scoring code. Pure: no Playwright, so the
 * WebKit suite (test/webkit/) uses the same expectations as the Chromium one.
 */
import { readFileSync } from 'node:fs';

export type Answer = 1 | 2 | 3 | 4 | 5 | 'skip';

export interface Question {
  id: string;
  number: number;
  block: string;
  text: string;
}

export interface Questionnaire {
  id: string;
  title: string;
  questions: Question[];
}

export const SCALE = ['Slet ikke', 'I nogen grad', 'I middel grad', 'I høj grad', 'I meget høj grad'] as const;
export const SKIP = 'Ved ikke / ikke relevant';

export const BLOCK_TITLES: Record<string, string> = {
  trivsel: 'Trivsel, arbejdsmiljø, social kapital og arbejdsfællesskaber',
  statistik: 'Ordentlig statistik',
  samtaler: 'Systematiske samtaler',
  'tidlige-indsatser': 'Tidlige indsatser',
  'faelles-ejerskab': 'Fælles ejerskab',
  'tydelig-ledelse': 'Tydelig ledelse',
};

export function loadQuestionnaire(id: 'maalgruppe-1' | 'maalgruppe-2'): Questionnaire {
  return JSON.parse(readFileSync(new URL(`../../questionnaires/${id}.json`, import.meta.url), 'utf8')) as Questionnaire;
}

/** The questionnaire's building blocks in the order it asks them (the order of the answering screens). */
export function blocksOf(questionnaire: Questionnaire): Array<{ block: string; questions: Question[] }> {
  const groups: Array<{ block: string; questions: Question[] }> = [];
  for (const q of questionnaire.questions) {
    const last = groups[groups.length - 1];
    if (last?.block === q.block) last.questions.push(q);
    else groups.push({ block: q.block, questions: [q] });
  }
  return groups;
}

/** "3 4 - 5 …" → [3, 4, 'skip', 5, …]; '-' is "Ved ikke / ikke relevant". */
export function pattern(text: string, length: number): Answer[] {
  const answers = text
    .trim()
    .split(/\s+/)
    .map((token): Answer => {
      if (token === '-') return 'skip';
      const n = Number(token);
      if (![1, 2, 3, 4, 5].includes(n)) throw new Error(`bad answer token ${token}`);
      return n as Answer;
    });
  if (answers.length !== length) throw new Error(`pattern has ${answers.length} answers, expected ${length}`);
  return answers;
}

/** A mean with one decimal and a Danish decimal comma, rounded half up, computed exactly from sum/n. */
export function formatMean(sum: number, n: number): string {
  const tenths = Math.floor((20 * sum + n) / (2 * n));
  return `${Math.floor(tenths / 10)},${tenths % 10}`;
}

export interface ExpectedQuestion {
  question: Question;
  distribution: number[];
  answered: number;
  skipped: number;
  line: string;
  ariaLabel: string;
  /** The strip's parts as written in them: "2: 3" (answer: count), lowest first, then "Ved ikke: 1". */
  parts: string[];
  spread: number | null;
}

export interface ExpectedBlock {
  block: string;
  sum: number;
  answered: number;
  line: string;
}

/** Expected per-question and per-block results for everyone's answers (undefined = not answered). */
export function expectedResults(questionnaire: Questionnaire, people: Array<Array<Answer | undefined>>): { questions: ExpectedQuestion[]; blocks: ExpectedBlock[] } {
  const questions = questionnaire.questions.map((question, qi): ExpectedQuestion => {
    const values = people.map((answers) => answers[qi]);
    const numbers = values.filter((v): v is 1 | 2 | 3 | 4 | 5 => typeof v === 'number');
    const skipped = values.filter((v) => v === 'skip').length;
    const distribution = [1, 2, 3, 4, 5].map((value) => numbers.filter((n) => n === value).length);
    const ariaLabel = `Fordeling af svar: ${SCALE.map((label, i) => `${label} ${distribution[i]}`).join(', ')}${skipped ? `, ${SKIP} ${skipped}` : ''}`;
    const parts = [...distribution.flatMap((n, i) => (n > 0 ? [`${i + 1}: ${n}`] : [])), ...(skipped ? [`Ved ikke: ${skipped}`] : [])];
    if (numbers.length === 0) {
      return { question, distribution, answered: 0, skipped, spread: null, ariaLabel, parts, line: skipped ? `Ingen svar på skalaen · ${skipped} ved ikke` : 'Ingen svar' };
    }
    const sum = numbers.reduce((a, b) => a + b, 0);
    const spread = Math.max(...numbers) - Math.min(...numbers);
    const line = `Gennemsnit ${formatMean(sum, numbers.length)} · spredning ${spread} point · ${numbers.length} svar${skipped ? ` · ${skipped} ved ikke` : ''}`;
    return { question, distribution, answered: numbers.length, skipped, spread, ariaLabel, parts, line };
  });

  const blocks = blocksOf(questionnaire).map(({ block, questions: qs }): ExpectedBlock => {
    const indices = qs.map((q) => questionnaire.questions.indexOf(q));
    const all: number[] = [];
    let respondents = 0;
    for (const answers of people) {
      const mine = indices.map((i) => answers[i]).filter((v): v is 1 | 2 | 3 | 4 | 5 => typeof v === 'number');
      if (mine.length > 0) respondents += 1;
      all.push(...mine);
    }
    if (all.length === 0) return { block, sum: 0, answered: 0, line: 'Ingen svar' };
    const sum = all.reduce((a, b) => a + b, 0);
    const line = `Gennemsnit ${formatMean(sum, all.length)} · laveste ${Math.min(...all)}, højeste ${Math.max(...all)} · ${respondents === 1 ? '1 deltager' : `${respondents} deltagere`} har svaret`;
    return { block, sum, answered: all.length, line };
  });
  return { questions, blocks };
}

/** The block(s) with the lowest mean; means that read the same (one decimal, as formatMean shows them) count as a tie. */
export function lowestBlocks(blocks: ExpectedBlock[]): ExpectedBlock[] {
  const scored = blocks.filter((b) => b.answered > 0);
  const key = (b: ExpectedBlock) => formatMean(b.sum, b.answered);
  const min = scored.map(key).sort()[0];
  return scored.filter((b) => key(b) === min);
}
