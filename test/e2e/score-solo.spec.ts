/**
 * Trin 1 alone ("Alene – selvevaluering") with Målgruppe 1: one participant,
 * straight into the questions, "Færdig" straight to "Din selvevaluering".
 * Also: answering by keyboard only.
 */
import { expectAccessible, expect, test } from './fixtures';
import {
  answerAll,
  answerQuestions,
  blocksOf,
  BLOCK_TITLES,
  chooseMode,
  createWorkshop,
  dismissOfflineNoticeNow,
  expectAnswersChecked,
  expectBlockShown,
  expectOwnResultsShown,
  goToScoring,
  loadQuestionnaire,
  nameInputs,
  pattern,
  progressText,
  SCALE,
  SKIP,
  type Answer,
} from './scoring-helpers';
import type { Page } from '@playwright/test';

const m1 = loadQuestionnaire('maalgruppe-1');
const TOTAL = m1.questions.length; // 28
const groups = blocksOf(m1);

// Blocks of Målgruppe 1: Tydelig ledelse 1–6 | Fælles ejerskab 7–9 | Trivsel 10–13 | Statistik 14–17 | Samtaler 18–25 | Tidlige indsatser 26–28
const SOLO = pattern('3 4 - 2 5 4   2 2 3   4 - 5 3   1 2 - 2   3 3 4 4 5 - 2 3   4 5 5', TOTAL);

async function startSolo(page: Page, title: string) {
  await createWorkshop(page, title, /Målgruppe 1/);
  await chooseMode(page, 'Alene – selvevaluering');
  // Alone means one participant, created for you as a leader; no way to add a second.
  await expect(nameInputs(page)).toHaveCount(1);
  await expect(page.getByLabel('Rolle for deltager 1', { exact: true })).toHaveValue('leder');
  await expect(page.getByRole('button', { name: 'Tilføj deltager' })).toHaveCount(0);
  await expectAccessible(page, 'Opsætning, alone');
  await goToScoring(page);
  await expect(page.getByText('Du svarer som leder', { exact: true })).toBeVisible();
  await expect(progressText(page)).toHaveText(`0 af ${TOTAL} besvaret`);
  // No hand-over and no participant list when alone.
  await expect(page.getByRole('heading', { name: /Giv tabletten videre/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Indtast svar for/ })).toHaveCount(0);
}

test('alone: one leader answers all 28 questions and "Færdig" opens "Din selvevaluering"', async ({ page }) => {
  await startSolo(page, 'Centerleder, Center for Ældre');
  await expectAccessible(page, 'questionnaire, alone');
  await answerAll(page, m1, SOLO, { fresh: true });

  await expect(page.getByRole('heading', { level: 1, name: 'Din selvevaluering' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dine svar', exact: true })).toHaveAttribute('aria-current', 'step');
  // Alone: no anonymous switch, no disagreement panel, and the lowest blocks are "yours".
  await expect(page.getByRole('checkbox', { name: /Skjul navne/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Hvor I er mest uenige' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: 'Dine lavest scorede byggesten' })).toBeVisible();

  // A few block means, worked out by hand: 3+4+2+5+4 = 18/5; 2+2+3 = 7/3; 1+2+2 = 5/3 (14–17, one skip); 3+3+4+4+5+2+3 = 24/7.
  await expect(page.locator('li.bar[data-block="tydelig-ledelse"] .bar__text')).toHaveText('Gennemsnit 3,6 · dit laveste svar 2, dit højeste 5');
  await expect(page.locator('li.bar[data-block="faelles-ejerskab"] .bar__text')).toHaveText('Gennemsnit 2,3 · dit laveste svar 2, dit højeste 3');
  await expect(page.locator('li.bar[data-block="statistik"] .bar__text')).toHaveText('Gennemsnit 1,7 · dit laveste svar 1, dit højeste 2');
  await expect(page.locator('li.bar[data-block="samtaler"] .bar__text')).toHaveText('Gennemsnit 3,4 · dit laveste svar 2, dit højeste 5');
  await expect(page.locator('li.bar[data-block="statistik"] .bar__value')).toHaveText('1,7');
  await expect(page.locator('.highlight-list li')).toHaveText([`${BLOCK_TITLES['statistik']} – Gennemsnit 1,7`]);
  // A skipped question is "ved ikke", never a zero; alone, each question shows the answer, not a distribution.
  await expect(page.locator('li.question-result[data-question="3"] .question-result__numbers')).toHaveText('Dit svar: Ved ikke / ikke relevant');

  // And every block's number on the screen, computed from the answers.
  await expectOwnResultsShown(page, m1, SOLO);
  await expectAccessible(page, 'Din selvevaluering');

  // It stays the result after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Din selvevaluering' })).toBeVisible();
  await expect(page.locator('li.bar[data-block="statistik"] .bar__text')).toHaveText('Gennemsnit 1,7 · dit laveste svar 1, dit højeste 2');
});

/** The radio that has keyboard focus now, as "question id: answer label". */
async function focusedAnswer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return `not a radio: ${el?.tagName ?? 'none'} ${el?.textContent?.trim() ?? ''}`;
    const question = el.closest('fieldset')?.id.replace('question-', '') ?? '?';
    return `${question}: ${el.closest('label')?.querySelector('.scale__label')?.textContent ?? '?'}`;
  });
}

/**
 * Answers the question whose first radio has focus, by keyboard only: Space
 * picks "Slet ikke", arrow right moves (and selects) up the scale, arrow left
 * from the first option wraps round to "Ved ikke / ikke relevant".
 */
async function answerByKeyboard(page: Page, questionId: string, answer: Answer, doneAfter: number) {
  expect(await focusedAnswer(page)).toBe(`${questionId}: ${SCALE[0]}`);
  if (answer === 'skip') await page.keyboard.press('ArrowLeft');
  else if (answer === 1) await page.keyboard.press('Space');
  else for (let i = 1; i < answer; i += 1) await page.keyboard.press('ArrowRight');
  const label = answer === 'skip' ? SKIP : SCALE[answer - 1];
  expect(await focusedAnswer(page)).toBe(`${questionId}: ${label}`);
  // Like a person reading the next question, wait until the answer is stored before moving on
  // (moving on at machine speed is the next test).
  await expect(page.locator(`#question-${questionId}`).getByRole('radio', { name: label, exact: true })).toBeChecked();
  await expect(progressText(page)).toHaveText(`${doneAfter} af ${TOTAL} besvaret`);
}

test('keyboard only: Tab into the questions, answer two blocks with Space and arrows, and move on with the keyboard', async ({ page }) => {
  await startSolo(page, 'Tastaturet, Center for Ældre');
  await dismissOfflineNoticeNow(page);
  const [ledelse, ejerskab, trivsel] = groups;
  if (!ledelse || !ejerskab || !trivsel) throw new Error('Målgruppe 1 has fewer than three blocks');

  // From the top of the screen, Tab through the step links and block buttons to the first answer.
  await page.locator('main').focus();
  let tabs = 0;
  while ((await focusedAnswer(page)) !== `${ledelse.questions[0]?.id}: ${SCALE[0]}` && tabs < 20) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  expect(tabs, 'Tab presses from the top of main to the first answer').toBeLessThan(20);

  const ledelseAnswers: Answer[] = [1, 3, 'skip', 5, 2, 4];
  for (const [i, q] of ledelse.questions.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await answerByKeyboard(page, q.id, ledelseAnswers[i] as Answer, i + 1);
  }
  await expect(progressText(page)).toHaveText(`6 af ${TOTAL} besvaret`);
  await expectAnswersChecked(page, ledelse.questions, ledelseAnswers);

  // After the last question, Tab reaches "Næste byggesten" (no "Forrige" on the first block); Enter moves on.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Næste byggesten' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectBlockShown(page, ejerskab.block);
  // Focus moves to the new block's heading, so the next Tab starts at its first question.
  await expect(page.getByRole('heading', { level: 2, name: BLOCK_TITLES[ejerskab.block] })).toBeFocused();

  const ejerskabAnswers: Answer[] = [4, 4, 2];
  for (const [i, q] of ejerskab.questions.entries()) {
    await page.keyboard.press('Tab');
    await answerByKeyboard(page, q.id, ejerskabAnswers[i] as Answer, 6 + i + 1);
  }
  await expect(progressText(page)).toHaveText(`9 af ${TOTAL} besvaret`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Forrige byggesten' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Næste byggesten' })).toBeFocused();
  await page.keyboard.press('Space');
  await expectBlockShown(page, trivsel.block);
  await expect(page.getByRole('heading', { level: 2, name: BLOCK_TITLES[trivsel.block] })).toBeFocused();
  await expectAccessible(page, 'questionnaire after keyboard answers');

  // Back by keyboard: the keyboard answers are still selected.
  await page.keyboard.press('Tab'); // first answer of the third block
  await page.keyboard.press('Shift+Tab'); // the heading is not in the tab order, so back out to the block buttons
  const blockButtons = page.getByRole('navigation', { name: 'Byggesten i spørgeskemaet' }).getByRole('button');
  await expect(blockButtons.last()).toBeFocused();
  for (let i = 0; i < groups.length - 2; i += 1) await page.keyboard.press('Shift+Tab');
  await expect(blockButtons.nth(1)).toBeFocused();
  await expect(blockButtons.nth(1)).toHaveAccessibleName('Fælles ejerskab 3/3');
  await page.keyboard.press('Enter');
  await expectBlockShown(page, ejerskab.block);
  await expectAnswersChecked(page, ejerskab.questions, ejerskabAnswers);

  // The rest by pointer, then the result reflects the keyboard answers: 1+3+5+2+4 = 15/5 and 4+4+2 = 10/3.
  const rest = SOLO.slice(9);
  const all = [...ledelseAnswers, ...ejerskabAnswers, ...rest];
  await page.getByRole('button', { name: 'Næste byggesten' }).click();
  let done = 9;
  for (const [g, group] of groups.slice(2).entries()) {
    await expectBlockShown(page, group.block);
    done += group.questions.length;
    await answerQuestions(page, group.questions, group.questions.map((q) => all[m1.questions.indexOf(q)] as Answer), done, TOTAL);
    if (g < groups.length - 3) await page.getByRole('button', { name: 'Næste byggesten' }).click();
  }
  await page.getByRole('button', { name: 'Færdig' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Din selvevaluering' })).toBeVisible();
  await expect(page.locator('li.bar[data-block="tydelig-ledelse"] .bar__text')).toHaveText('Gennemsnit 3,0 · dit laveste svar 1, dit højeste 5');
  await expect(page.locator('li.bar[data-block="faelles-ejerskab"] .bar__text')).toHaveText('Gennemsnit 3,3 · dit laveste svar 2, dit højeste 4');
  await expectOwnResultsShown(page, m1, all);
});

/**
 * Answering at typing speed: Space/arrow on one question, Tab, arrow on the next, …
 * What is on the screen must never go back on what the person chose, and Tab
 * must always reach the next question. (Every change event is a choice by the
 * user; the page records, for every question, the last choice and any moment
 * the radios show something else.)
 */
test('answering quickly by keyboard: a chosen answer is never undone on screen, and Tab always reaches the next question', async ({ page }) => {
  await startSolo(page, 'Hurtige fingre, Center for Ældre');
  await dismissOfflineNoticeNow(page);
  await page.evaluate(() => {
    const chosen = new Map<string, number>();
    const undone: string[] = [];
    (window as unknown as { __undone: string[] }).__undone = undone;
    const radiosOf = (name: string) => [...document.getElementsByName(name)] as HTMLInputElement[];
    document.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type === 'radio') chosen.set(input.name, radiosOf(input.name).indexOf(input));
    }, true);
    const watch = () => {
      for (const [name, index] of chosen) {
        const radios = radiosOf(name);
        if (radios.length === 0) continue; // another block is on screen
        const shown = radios.findIndex((r) => r.checked);
        if (shown !== index) undone.push(`${name}: chose option ${index + 1}, screen showed ${shown === -1 ? 'nothing' : `option ${shown + 1}`}`);
      }
    };
    setInterval(watch, 0);
  });

  const trapped: string[] = [];
  for (const [g, group] of groups.entries()) {
    // Each block starts on its heading; Tab into the first question.
    if (g > 0) await expect(page.getByRole('heading', { level: 2, name: BLOCK_TITLES[group.block] })).toBeFocused();
    else await page.getByRole('heading', { level: 2, name: BLOCK_TITLES[group.block] }).focus();
    for (const [i, q] of group.questions.entries()) {
      await page.keyboard.press('Tab');
      const at = await focusedAnswer(page);
      if (!at.startsWith(`${q.id}:`)) {
        trapped.push(`Tab before question ${q.number} stayed at ${at}`);
        await page.locator(`#question-${q.id}`).getByRole('radio').first().focus();
      }
      // Alternate the answers: 2, 3, 2, 3, …
      await page.keyboard.press('ArrowRight');
      if (i % 2 === 1) await page.keyboard.press('ArrowRight');
    }
    await expect(progressText(page)).toHaveText(`${groups.slice(0, g + 1).reduce((n, x) => n + x.questions.length, 0)} af ${TOTAL} besvaret`);
    if (g < groups.length - 1) await page.getByRole('button', { name: 'Næste byggesten' }).press('Enter');
  }
  const undone = await page.evaluate(() => [...new Set((window as unknown as { __undone: string[] }).__undone)]);
  expect({ undone, trapped }).toEqual({ undone: [], trapped: [] });
});
