/**
 * Helpers for the Trin 1 (scoring) end-to-end tests: setting up a workshop,
 * answering one building block at a time, and the expected result numbers,
 * computed here from the questionnaire JSON and the answers the test gave —
 * independently of the app's own scoring code.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

import { blocksOf, expectedResults, formatMean, SCALE, SKIP, BLOCK_TITLES, type Answer, type Question, type Questionnaire } from './expected-results';

// The answers and the expected numbers are pure (no Playwright): the WebKit suite uses them too.
export * from './expected-results';

// ---------------------------------------------------------------- set-up

const noticeDismissed = new WeakMap<Page, boolean>();

function offlineNotice(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'Klar til brug uden net.' });
}

/**
 * The one-time "Klar til brug uden net" toast is fixed to the bottom of the
 * window and covers buttons there until it is dismissed; a user taps "OK",
 * and so does this handler whenever the toast is in the way of an action.
 */
export async function dismissOfflineNoticeWhenShown(page: Page): Promise<void> {
  noticeDismissed.set(page, false);
  await page.addLocatorHandler(offlineNotice(page), async (toast) => {
    await toast.getByRole('button', { name: 'OK' }).click();
    noticeDismissed.set(page, true);
  });
}

/** Waits for the offline toast (shown once the service worker is installed) and dismisses it, unless that happened already. */
export async function dismissOfflineNoticeNow(page: Page): Promise<void> {
  if (noticeDismissed.get(page)) return;
  await page.removeLocatorHandler(offlineNotice(page));
  await expect(offlineNotice(page)).toBeVisible({ timeout: 20_000 });
  await offlineNotice(page).getByRole('button', { name: 'OK' }).click();
  await expect(offlineNotice(page)).toHaveCount(0);
  noticeDismissed.set(page, true);
}

export async function createWorkshop(page: Page, title: string, målgruppe: RegExp): Promise<void> {
  await dismissOfflineNoticeWhenShown(page);
  await fillInNewWorkshop(page, title, målgruppe);
}

/** On the Forside: "Nyt dialogmøde" with a fixed date (3 December 2026), created; ends on the Opsætning screen. */
export async function fillInNewWorkshop(page: Page, title: string, målgruppe: RegExp): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Arbejdsplads eller enhed').fill(title);
  await page.getByLabel('Dato').fill('03.12.2026');
  await page.getByRole('radio', { name: målgruppe }).check();
  await page.getByRole('button', { name: 'Opret dialogmøde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
}

export async function chooseMode(page: Page, mode: 'Møde med facilitator' | 'Én delt tablet' | 'Alene – selvevaluering'): Promise<void> {
  const radio = page.getByRole('radio', { name: new RegExp(`^${mode}`) });
  await radio.check();
  await expect(radio).toBeChecked();
}

export function nameInputs(page: Page): Locator {
  return page.getByLabel(/^Navn på deltager \d+ \(valgfrit\)$/);
}

/**
 * Adds a participant row and fills it in; waits for the row (it appears after
 * an async save) and for the saved label. `label` is how the app will name
 * them, when that is not "<name> (<role>)" or the role alone.
 */
/** A role as the app writes it inside a sentence or a label: "leder", "andet", but "TR", "AMR", "MED-medlem". */
export function roleInText(role: 'Leder' | 'TR' | 'AMR' | 'MED-medlem' | 'Andet'): string {
  return role === 'Leder' || role === 'Andet' ? role.toLowerCase() : role;
}

export async function addParticipant(page: Page, name: string, role: 'Leder' | 'TR' | 'AMR' | 'MED-medlem' | 'Andet', label?: string): Promise<void> {
  const before = await nameInputs(page).count();
  await page.getByRole('button', { name: 'Tilføj deltager' }).click();
  await expect(nameInputs(page)).toHaveCount(before + 1);
  const n = before + 1;
  if (name) await page.getByLabel(`Navn på deltager ${n} (valgfrit)`, { exact: true }).fill(name);
  await page.getByLabel(`Rolle for deltager ${n}`, { exact: true }).selectOption({ label: role });
  // The remove button is labelled from the stored participant, so this waits for both saves.
  // A named "Andet" is the name alone.
  const stored = label ?? (name ? (role === 'Andet' ? name : `${name} (${roleInText(role)})`) : roleInText(role));
  await expect(page.getByRole('button', { name: `Fjern ${stored}`, exact: true })).toBeVisible();
}

export async function goToScoring(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Gå til Trin 1: Besvar spørgeskemaet' }).click();
}

// ---------------------------------------------------------------- answering

export function questionFieldset(page: Page, question: Question): Locator {
  return page.locator(`#question-${question.id}`);
}

/** The radio for one answer inside a question's fieldset, by its exact accessible name. */
export function answerRadio(page: Page, question: Question, answer: Answer): Locator {
  const name = answer === 'skip' ? SKIP : SCALE[answer - 1];
  return questionFieldset(page, question).getByRole('radio', { name, exact: true });
}

export async function expectBlockShown(page: Page, block: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: BLOCK_TITLES[block], exact: true })).toBeVisible();
}

export function progressText(page: Page): Locator {
  return page.locator('#score-progress');
}

/** Asserts that no answer is selected for any of these questions (all of them must be on the screen). */
export async function expectNothingChecked(page: Page, questions: Question[]): Promise<void> {
  for (const q of questions) {
    await expect(questionFieldset(page, q).getByRole('radio')).toHaveCount(6);
    await expect(questionFieldset(page, q).locator('input:checked')).toHaveCount(0);
  }
}

/** Asserts each question shows exactly the given answer as its only selected radio. */
export async function expectAnswersChecked(page: Page, questions: Question[], answers: Answer[]): Promise<void> {
  for (const [i, q] of questions.entries()) {
    const answer = answers[i];
    if (answer === undefined) throw new Error(`no answer for ${q.id}`);
    await expect(answerRadio(page, q, answer)).toBeChecked();
    await expect(questionFieldset(page, q).locator('input:checked')).toHaveCount(1);
  }
}

/**
 * Answers the given questions (all on the current screen) and waits until the
 * progress text says `doneAfter` answers are stored.
 */
export async function answerQuestions(page: Page, questions: Question[], answers: Answer[], doneAfter: number, total: number): Promise<void> {
  for (const [i, q] of questions.entries()) {
    const answer = answers[i];
    if (answer === undefined) throw new Error(`no answer for ${q.id}`);
    await answerRadio(page, q, answer).check();
  }
  await expect(progressText(page)).toHaveText(`${doneAfter} af ${total} besvaret`);
}

/**
 * Answers a whole questionnaire block by block from the first block, and
 * presses "Færdig" on the last. `answers` is indexed like questionnaire.questions.
 * `fresh` asserts that each block starts with nothing selected.
 */
export async function answerAll(page: Page, questionnaire: Questionnaire, answers: Answer[], options: { fresh?: boolean; startDone?: number } = {}): Promise<void> {
  const total = questionnaire.questions.length;
  const groups = blocksOf(questionnaire);
  let done = options.startDone ?? 0;
  for (const [g, group] of groups.entries()) {
    await expectBlockShown(page, group.block);
    if (options.fresh) await expectNothingChecked(page, group.questions);
    const slice = group.questions.map((q) => answers[questionnaire.questions.indexOf(q)] as Answer);
    done += group.questions.length;
    await answerQuestions(page, group.questions, slice, done, total);
    if (g < groups.length - 1) await page.getByRole('button', { name: 'Næste byggesten', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Færdig', exact: true }).click();
}

// ---------------------------------------------------------------- expected results

/** Asserts that the result screen shows exactly the expected block lines, distributions and question lines. */
export async function expectResultsShown(page: Page, expected: ReturnType<typeof expectedResults>): Promise<void> {
  await expect(page.locator('li.bar')).toHaveCount(expected.blocks.length);
  for (const b of expected.blocks) {
    const bar = page.locator(`li.bar[data-block="${b.block}"]`);
    await expect(bar.locator('.bar__title'), `title of block ${b.block}`).toHaveText(BLOCK_TITLES[b.block] ?? b.block);
    await expect(bar.locator('.bar__text'), `line of block ${b.block}`).toHaveText(b.line);
  }
  await expect(page.locator('li.question-result')).toHaveCount(expected.questions.length);
  for (const q of expected.questions) {
    const item = page.locator(`li.question-result[data-question="${q.question.number}"]`);
    await expect(item.locator('.question-result__text'), `text of question ${q.question.number}`).toContainText(q.question.text);
    await expect(item.getByRole('img'), `distribution of question ${q.question.number}`).toHaveAttribute('aria-label', q.ariaLabel);
    // The strip writes answer and count into each non-empty part, lowest scale step first, "Ved ikke" last.
    await expect(item.locator('.strip__part'), `strip of question ${q.question.number}`).toHaveText(q.parts);
    await expect(item.locator('.question-result__numbers'), `numbers of question ${q.question.number}`).toHaveText(q.line);
  }
  // The questions two or more steps apart are marked as disagreements.
  const disagreeing = expected.questions.filter((q) => (q.spread ?? 0) >= 2).map((q) => String(q.question.number));
  await expect(page.locator('li.question-result:has(.badge)')).toHaveCount(disagreeing.length);
  for (const n of disagreeing) await expect(page.locator(`li.question-result[data-question="${n}"] .badge`)).toHaveText('Uenighed');
}

/**
 * Alone (solo mode): each block's line is the mean and the range of the person's own answers, and each
 * question shows the one answer – no distribution, no spread, no count of people, no "Uenighed".
 */
export async function expectOwnResultsShown(page: Page, questionnaire: Questionnaire, answers: Array<Answer | undefined>): Promise<void> {
  const expected = expectedResults(questionnaire, [answers]);
  await expect(page.locator('li.bar')).toHaveCount(expected.blocks.length);
  for (const { block, questions } of blocksOf(questionnaire)) {
    const mine = questions.map((q) => answers[questionnaire.questions.indexOf(q)]).filter((v): v is 1 | 2 | 3 | 4 | 5 => typeof v === 'number');
    const sum = mine.reduce((a, b) => a + b, 0);
    const line = mine.length === 0 ? 'Ingen svar' : `Gennemsnit ${formatMean(sum, mine.length)} · dit laveste svar ${Math.min(...mine)}, dit højeste ${Math.max(...mine)}`;
    await expect(page.locator(`li.bar[data-block="${block}"] .bar__text`), `line of block ${block}`).toHaveText(line);
  }
  await expect(page.locator('li.question-result')).toHaveCount(questionnaire.questions.length);
  for (const [i, question] of questionnaire.questions.entries()) {
    const a = answers[i];
    const line = a === undefined ? 'Ikke besvaret' : a === 'skip' ? `Dit svar: ${SKIP}` : `Dit svar: ${a} – ${SCALE[a - 1]}`;
    await expect(page.locator(`li.question-result[data-question="${question.number}"] .question-result__numbers`), `question ${question.number}`).toHaveText(line);
  }
  await expect(page.locator('.strip, .legend, li.question-result .badge')).toHaveCount(0);
}
