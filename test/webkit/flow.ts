/**
 * The steps of a meeting as a user takes them in WebKit: the same labels and
 * the same expected numbers as the Chromium helpers (test/e2e/*-helpers.ts),
 * whose pure parts (answers, expected results and ranking) are imported.
 */
import { expect } from 'vitest';
import { blocksOf, BLOCK_TITLES, expectedResults, SCALE, SKIP, type Answer, type Question, type Questionnaire } from '../e2e/expected-results';
import type { Browser } from './browser';
import type { Element } from './webdriver';

export type Role = 'Leder' | 'TR' | 'AMR' | 'MED-medlem' | 'Andet';

/** The one-time "Klar til brug uden net" toast, once the worker is installed: waited for and put away with "OK". */
export async function dismissOfflineNotice(b: Browser): Promise<void> {
  await b.expectText('Klar til brug uden net.', 30_000);
  await b.tapButton('OK');
  await b.waitFor('the toast gone', async () => !(await b.hasText('Klar til brug uden net.')));
}

/** On the Forside: "Nyt dialogmøde" on 3 December 2026; ends on the Opsætning screen. */
export async function createWorkshop(b: Browser, title: string, målgruppe: RegExp): Promise<void> {
  await b.expectHeading('Dialogmøder');
  await b.type('Arbejdsplads eller enhed', title);
  await b.type('Dato', '03.12.2026');
  await b.tap('radio', målgruppe);
  await b.tapButton('Opret dialogmøde');
  await b.expectHeading('Opsætning');
}

export async function chooseMode(b: Browser, mode: 'Møde med facilitator' | 'Én delt tablet' | 'Alene – selvevaluering'): Promise<void> {
  const radio = await b.get('radio', new RegExp(`^${mode}`));
  await b.session.click(radio);
  await b.waitFor(`${mode} chosen`, () => b.checked(radio));
}

export async function addParticipant(b: Browser, name: string, role: Role, stored: string): Promise<void> {
  const before = (await b.all('field', /^Navn på deltager \d+ \(valgfrit\)$/)).length;
  await b.tapButton('Tilføj deltager');
  const n = before + 1;
  await b.type(`Navn på deltager ${n} (valgfrit)`, name);
  await b.choose(`Rolle for deltager ${n}`, role);
  // The remove button is labelled from the stored participant: both saves are done.
  await b.expectShown('button', `Fjern ${stored}`);
}

/** The radio of one answer in a question's fieldset. */
async function tapAnswer(b: Browser, question: Question, answer: Answer): Promise<void> {
  const label = answer === 'skip' ? SKIP : SCALE[answer - 1];
  const [radio] = await b.run<Element[]>(
    `const set = document.getElementById('question-' + arguments[0]); return set ? findAll('radio', { text: arguments[1] }, set) : [];`,
    question.id,
    label,
  );
  if (!radio) throw new Error(`no radio ${label} for question ${question.number}`);
  await b.session.click(radio);
}

export async function progress(b: Browser): Promise<string> {
  return (await b.texts('#score-progress'))[0] ?? '';
}

export async function expectProgress(b: Browser, done: number, total: number): Promise<void> {
  let shown = '';
  await b.waitFor(`${done} af ${total} besvaret`, async () => (shown = await progress(b)) === `${done} af ${total} besvaret`).catch(async (error: Error) => {
    const unanswered = await b.run<string[]>('return [...document.querySelectorAll("fieldset[id^=question-]")].filter((f) => !f.querySelector("input:checked")).map((f) => f.id);').catch(() => []);
    throw new Error(`${error.message}; the screen says "${shown}", unanswered on it: ${unanswered.join(', ')}`);
  });
}

/** Answers these questions (all on the screen) and waits until the progress line counts `doneAfter`. */
export async function answerQuestions(b: Browser, questionnaire: Questionnaire, questions: Question[], answers: Answer[], doneAfter: number): Promise<void> {
  for (const q of questions) await tapAnswer(b, q, answers[questionnaire.questions.indexOf(q)]!);
  await expectProgress(b, doneAfter, questionnaire.questions.length);
}

export async function expectBlockShown(b: Browser, block: string): Promise<void> {
  await b.expectShown('h2', BLOCK_TITLES[block]);
}

/**
 * "Næste byggesten": the form moves focus to the next block's heading and scrolls it to the top
 * (answer-form.tsx) after the block has rendered. A person taps the first answer after that; a
 * WebDriver tap sent before would land where the answer was before the scroll (WebDriver, unlike
 * Playwright, does not wait for the target to hold still), so the tap waits for the move.
 */
export async function nextBlock(b: Browser, block: string): Promise<void> {
  await b.tapButton('Næste byggesten');
  await b.waitFor(`focus on the heading of ${block}`, () => b.run<boolean>('const h = document.activeElement; return !!h && h.tagName === "H2" && nameOf(h) === arguments[0];', BLOCK_TITLES[block]));
}

/** The answers checked on the screen, by question id ('skip' for "Ved ikke"), for these questions. */
export async function checkedAnswers(b: Browser, questions: Question[]): Promise<Array<Answer | undefined>> {
  const labels = await b.run<Array<string | null>>(
    `return arguments[0].map((id) => { const r = document.querySelector('#question-' + id + ' input:checked'); return r ? nameOf(r) : null; });`,
    questions.map((q) => q.id),
  );
  return labels.map((label) => (label === null ? undefined : label === SKIP ? 'skip' : ((SCALE.indexOf(label as (typeof SCALE)[number]) + 1) as Answer)));
}

/** Answers the whole questionnaire from the first block and presses "Færdig"; each block must start empty when `fresh`. */
export async function answerAll(b: Browser, questionnaire: Questionnaire, answers: Answer[], options: { fresh?: boolean; startDone?: number } = {}): Promise<void> {
  const groups = blocksOf(questionnaire);
  let done = options.startDone ?? 0;
  for (const [g, group] of groups.entries()) {
    await expectBlockShown(b, group.block);
    if (options.fresh) expect(await checkedAnswers(b, group.questions), `nothing pre-selected in ${group.block}`).toEqual(group.questions.map(() => undefined));
    done += group.questions.length;
    await answerQuestions(b, questionnaire, group.questions, answers, done);
    const next = groups[g + 1];
    if (next) await nextBlock(b, next.block);
  }
  await b.tapButton('Færdig');
}

/** The result screen shows exactly the block lines and question lines computed from the answers. */
export async function expectResultsShown(b: Browser, questionnaire: Questionnaire, people: Answer[][]): Promise<void> {
  const expected = expectedResults(questionnaire, people);
  await b.expectShown('li.bar', undefined, expected.blocks.length);
  const shown = await b.run<{ blocks: Array<[string, string]>; questions: Array<[string, string]> }>(
    `return {
      blocks: [...document.querySelectorAll('li.bar')].map((li) => [li.dataset.block, squash(li.querySelector('.bar__text').textContent)]),
      questions: [...document.querySelectorAll('li.question-result')].map((li) => [li.dataset.question, squash(li.querySelector('.question-result__numbers').textContent)]),
    };`,
  );
  expect(shown.blocks).toEqual(expected.blocks.map((block) => [block.block, block.line]));
  expect(shown.questions).toEqual(expected.questions.map((q) => [String(q.question.number), q.line]));
}
