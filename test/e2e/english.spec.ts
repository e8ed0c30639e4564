/**
 * The whole flow in English (issue #14): the header's switch, remembered on
 * the device; a facilitated meeting of two from the set-up through step 1's
 * results, the whiteboard tally, a dialogue note and proposal, to an action
 * plan downloaded as a PDF and read back with pdftotext; the Danish original
 * one tap away; and back to Danish with every answer kept, since answers are
 * stored by question id, whatever the language they were given in.
 *
 * The expected words come from the English catalogue and content files as a
 * user reads them, and the expected numbers are computed here from the
 * answers the test gives.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { allowTime, expect, expectAccessible, test } from './fixtures';
import { letSavesSettle, pdfLayoutText, pdfRawText, squash } from './plan-helpers';
import { skipOfflineNotice } from './vote-helpers';

interface ContentQuestion {
  id: string;
  number: number;
  block: string;
  text: string;
}

function content<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../../questionnaires/${path}.json`, import.meta.url), 'utf8')) as T;
}

const ENGLISH = content<{ questions: ContentQuestion[] }>('en/maalgruppe-1').questions;
const DANISH = content<{ questions: ContentQuestion[] }>('maalgruppe-1').questions;
const BLOCK = Object.fromEntries(content<{ blocks: Array<{ id: string; title: string }> }>('en/huset').blocks.map((b) => [b.id, b.title])) as Record<string, string>;
const DIALOG = content<{ scale: Array<{ label: string }>; dialoguePrompts: Array<{ id: string; text: string }>; planTemplate: { what: string; who: string } }>('en/dialog');

const WORKPLACE = 'Home care Ærø, Øster Åby';
const SOREN = 'Søren Ågård';
const AASE = 'Åse Øberg';
const NOTE = 'We forget to follow up on what we agree – especially before the summer.';
const PROPOSAL = 'A checklist for absence conversations – also for part-time sick leave';
const EFFECT = 'Fewer long absences, and people on sick leave feel seen.';

/** Answers every question on the open form with one scale step, block by block, then "Done". */
async function answerAll(page: Page, scaleStep: number) {
  const label = DIALOG.scale[scaleStep - 1]!.label;
  let done = 0;
  const blocks = [...new Set(ENGLISH.map((q) => q.block))];
  for (const [i, block] of blocks.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: BLOCK[block], exact: true })).toBeVisible();
    for (const q of ENGLISH.filter((question) => question.block === block)) {
      await page.locator(`#question-${q.id}`).getByRole('radio', { name: label, exact: true }).check();
      done++;
    }
    await expect(page.locator('#score-progress')).toHaveText(`${done} of ${ENGLISH.length} answered`);
    if (i < blocks.length - 1) await page.getByRole('button', { name: 'Next building block', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Done', exact: true }).click();
}

test('the whole flow in English, to a PDF in English, and back to Danish with every answer kept', async ({ page }, testInfo) => {
  allowTime(150_000);
  await skipOfflineNotice(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogmøder' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  // The switch names the language it switches to, in that language.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogue meetings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Home – Kom i hus');
  await expect(page.getByRole('button', { name: 'Dansk', exact: true })).toHaveAttribute('lang', 'da');
  // Remembered on the device: a reload stays in English.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogue meetings' })).toBeVisible();

  // ---- New meeting: the date field is day/month/year, whatever the browser's language (da-DK here).
  await page.getByLabel('Workplace or unit').fill(WORKPLACE);
  const date = page.getByLabel('Date', { exact: true });
  await expect(date).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await date.fill('3/12/2026');
  await page.getByRole('radio', { name: /Target group 1/ }).check();
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set-up' })).toBeVisible();
  await expect(page.getByText('Unofficial translation. The Danish original is the official text.')).toBeVisible();
  await expect(page.locator('.eyebrow')).toHaveText(`${WORKPLACE} · 3 December 2026`);

  await page.getByRole('radio', { name: /^Meeting with a facilitator/ }).check();
  for (const [n, name, role, label] of [
    [1, SOREN, 'Leader', `${SOREN} (leader)`],
    [2, AASE, 'Union rep (TR)', `${AASE} (union rep)`],
  ] as const) {
    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByLabel(`Name of participant ${n} (optional)`, { exact: true }).fill(name);
    await page.getByLabel(`Role of participant ${n}`, { exact: true }).selectOption({ label: role });
    await expect(page.getByRole('button', { name: `Remove ${label}`, exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Go to Step 1: Answer the questionnaire' }).click();

  // ---- Step 1: the questions in English, the Danish original one tap away.
  await page.getByRole('button', { name: `Enter answers for ${SOREN} (leader)` }).click();
  const first = page.locator(`#question-${ENGLISH[0]!.id}`);
  await expect(first.locator('legend')).toContainText(ENGLISH[0]!.text);
  const original = first.locator('details.original');
  await expect(original.locator('p')).toBeHidden();
  await original.getByText('Danish original', { exact: true }).click();
  await expect(original.locator('p')).toHaveText(DANISH[0]!.text);
  await expect(original.locator('p')).toHaveAttribute('lang', 'da');
  await expectAccessible(page, 'step 1 in English, with a Danish original open');
  await answerAll(page, 3);
  await page.getByRole('button', { name: `Enter answers for ${AASE} (union rep)` }).click();
  await answerAll(page, 4);
  await page.getByRole('button', { name: 'See your answers' }).click();

  // Every block's mean is (3 + 4) / 2, written the English way.
  await expect(page.getByRole('heading', { level: 1, name: 'Your answers' })).toBeVisible();
  await expect(page.getByText('2 of 2 participants have finished answering.')).toBeVisible();
  await expect(page.getByText(/^Average 3\.5 · lowest 3, highest 4 · 2 participants have answered$/)).toHaveCount(6);

  // ---- Step 2: crosses on the whiteboard.
  await page.getByRole('button', { name: 'On to Step 2: Choose topics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Step 2/ })).toBeVisible();
  await page.getByRole('radio', { name: 'We count the crosses on the board and type in the numbers' }).check();
  await page.getByRole('spinbutton', { name: `Number of crosses by ${BLOCK.samtaler}`, exact: true }).fill('3');
  await page.getByRole('spinbutton', { name: `Number of crosses by ${BLOCK.statistik}`, exact: true }).fill('1');
  await expect(page.getByText('4 crosses in total. Expected 4 (2 participants × 2 votes).')).toBeVisible();
  await page.getByRole('checkbox', { name: `Take ${BLOCK.samtaler} into the dialogue` }).check();
  await page.getByRole('button', { name: 'On to Step 3: Start the dialogue' }).click();

  // ---- Step 3: a note on one of the booklet's prompts, and a proposal for the plan.
  await expect(page.getByRole('heading', { level: 2, name: BLOCK.samtaler })).toBeVisible();
  const improve = DIALOG.dialoguePrompts.find((p) => p.id === 'improve')!.text;
  await page.getByLabel(improve).fill(NOTE);
  await page.getByLabel('New proposal').fill(PROPOSAL);
  await page.getByRole('button', { name: 'Add proposal' }).click();
  await expect(page.getByLabel('Proposal 1', { exact: true })).toHaveValue(PROPOSAL);
  await letSavesSettle(page);

  // ---- Step 4: the proposal is an item; a date in English format; the follow-up.
  await page.getByRole('navigation', { name: 'Steps in the meeting' }).getByRole('link', { name: 'Step 4: Action plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Step 4: Make an action plan' })).toBeVisible();
  const item = page.getByRole('group', { name: 'Item 1', exact: true });
  await expect(item.getByRole('textbox', { name: DIALOG.planTemplate.what, exact: true })).toHaveValue(PROPOSAL);
  await item.getByRole('combobox', { name: DIALOG.planTemplate.who, exact: true }).fill(`${SOREN} (leader)`);
  const itemDate = item.getByLabel('Date (optional)', { exact: true });
  await itemDate.fill('1.3.2027');
  await itemDate.blur();
  // Written back the English way once the field is left.
  await expect(itemDate).toHaveValue('01/03/2027');
  await page.locator('#plan-effect').fill(EFFECT);
  const followUp = page.getByLabel('Date for follow-up', { exact: true });
  await followUp.fill('31/02/2027');
  await followUp.blur();
  await expect(page.getByText('Enter a valid date.')).toBeVisible();
  await followUp.fill('15/01/2027');
  await expect(page.getByText('Enter a valid date.')).toHaveCount(0);
  await letSavesSettle(page);
  await expectAccessible(page, 'step 4 in English');

  // ---- The PDF, in English.
  const panel = page.getByRole('region', { name: 'Take the action plan with you' });
  await panel.getByRole('checkbox', { name: 'Include notes from the dialogue (step 3)' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    panel.getByRole('button', { name: 'Download the action plan as a PDF', exact: true }).click(),
  ]);
  const fileName = download.suggestedFilename();
  expect(fileName).toBe(`Action plan – ${WORKPLACE} – 2026-12-03.pdf`);
  await expect(panel.getByRole('status')).toContainText(`The PDF has been downloaded: ${fileName}`);
  const path = testInfo.outputPath('action-plan-en.pdf');
  await download.saveAs(path);
  const layout = pdfLayoutText(path);
  const raw = squash(pdfRawText(path));
  expect(layout).toContain('Action plan');
  expect(layout).toContain(WORKPLACE);
  expect(layout).toContain('3 December 2026');
  expect(layout).toContain(`${SOREN} (leader) and ${AASE} (union rep)`);
  expect(layout).toMatch(new RegExp(`${BLOCK.samtaler} +3\\.5\\n`));
  expect(raw).toContain(`1st place ${BLOCK.samtaler} Chosen for the dialogue in step 3 3 votes`);
  expect(raw).toContain(squash(PROPOSAL));
  expect(raw).toContain('1 March 2027');
  expect(raw).toContain(squash(NOTE));
  expect(raw).toContain(squash(EFFECT));
  expect(layout).toContain('15 January 2027');
  expect(layout).toContain('Page 1 of');
  expect(raw).not.toMatch(/Handleplan|Side \d+ af|stemmer|Deltagere/);

  // The calendar file is named in English too.
  const [calendar] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download dates for the calendar (.ics)' }).click()]);
  expect(calendar.suggestedFilename()).toMatch(new RegExp(`^Action plan – ${WORKPLACE} – \\d{4}-\\d{2}-\\d{2}\\.ics$`));

  // ---- Back to Danish: the same meeting, every answer and text kept.
  await page.getByRole('button', { name: 'Dansk', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 4: Lav en handleplan' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByLabel('Dato for opfølgning', { exact: true })).toHaveValue('15.01.2027');
  await expect(page.getByText('Unofficial translation. The Danish original is the official text.')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Trin i dialogmødet' }).getByRole('link', { name: 'Jeres besvarelser' }).click();
  await expect(page.getByText('2 af 2 deltagere har svaret færdig.')).toBeVisible();
  await expect(page.getByText(/^Gennemsnit 3,5 · laveste 3, højeste 4 · 2 deltagere har svaret$/)).toHaveCount(6);
});
