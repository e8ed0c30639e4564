/**
 * Solo mode speaks to one person (issue #12 point 6): one leader alone, on a
 * phone, from the set-up to the PDF. No dot-vote in step 2 but a choice of
 * 1–3 building blocks that becomes the dialogue's agenda; no spread, no
 * "uenighed", no "Delt 1. plads", no counts of people; "du"/"din"/"min" on
 * every screen and in the PDF. Each screen's own words (not the booklet's
 * quoted texts: the questions, Huset's descriptions, the folded advice and
 * the inspiration) are searched for a word that speaks to a group.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, reloadWhenSaved, test } from './fixtures';
import { downloadPdf, letSavesSettle, openPlanStep, pdfRawText, squash, stepNav } from './plan-helpers';
import { pattern } from './scoring-helpers';
import { answerAll, chooseMode, createWorkshop, goToScoring, questionsOf, SHORT_TITLE, TITLE, type Block, type Score } from './vote-helpers';

const QUESTIONS = questionsOf('maalgruppe-1');
// Målgruppe 1: Tydelig ledelse 1–6 | Fælles ejerskab 7–9 | Trivsel 10–13 | Statistik 14–17 | Samtaler 18–25 | Tidlige indsatser 26–28
const ANSWERS = pattern('3 4 - 2 5 4   2 2 3   4 - 5 3   1 2 - 2   3 3 4 4 5 - 2 3   4 5 5', QUESTIONS.length) as Score[];
// Block means: Statistik 5/3 = 1,7 · Fælles ejerskab 7/3 = 2,3 · Samtaler 24/7 = 3,4 · Tydelig ledelse 18/5 = 3,6 · Trivsel 12/3 = 4,0 · Tidlige indsatser 14/3 = 4,7
const LOWEST_FIRST: Block[] = ['statistik', 'faelles-ejerskab', 'samtaler', 'tydelig-ledelse', 'trivsel', 'tidlige-indsatser'];
const MEANS: Record<Block, string> = {
  statistik: '1,7',
  'faelles-ejerskab': '2,3',
  samtaler: '3,4',
  'tydelig-ledelse': '3,6',
  trivsel: '4,0',
  'tidlige-indsatser': '4,7',
};

/** Words that speak to a group or count people, as whole words (the booklet's scale "I nogen grad" … is taken out first). */
const GROUP_WORDS =
  /(?<!\p{L})(I|jer|jeres|Jeres|vi|Vi|vores|Vores|os|gruppen|Gruppen|stemme|stemmer|Stemmer|stem|Delt|uenige?|Uenighed|spredning|deltager|deltagere|Deltagere|Alle har stemt)(?!\p{L})/gu;
const SCALE_LABELS = /I (nogen|middel|høj|meget høj) grad|I hvor høj grad/g;

function groupWords(text: string): string[] {
  return [...text.replace(SCALE_LABELS, '').matchAll(GROUP_WORDS)].map((m) => {
    const at = m.index ?? 0;
    return `"${m[0]}" in …${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}…`;
  });
}

/** The screen's own words: main without the booklet's quoted texts (questions, Huset's descriptions, advice, inspiration). */
async function ownWords(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const quoted = '.howto .guidance, .inspiration, .inspiration__item, .original, .question legend, .question-result__text, .block__description, .lead-in';
    const skip = new Set(main.querySelectorAll(quoted));
    const parts: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let inside = false;
      for (let el = node.parentElement; el && el !== main; el = el.parentElement) if (skip.has(el)) inside = true;
      if (!inside) parts.push(node.textContent ?? '');
    }
    // Labels and names of controls too (an aria-label is read out like text).
    for (const el of main.querySelectorAll('[aria-label]')) parts.push(el.getAttribute('aria-label') ?? '');
    return parts.join(' ');
  });
}

async function expectSingular(page: Page, screen: string) {
  expect(groupWords(await ownWords(page)), `words to a group on ${screen}`).toEqual([]);
}

const chooser = (page: Page) => page.getByRole('group', { name: 'Vælg 1–3 byggesten, du vil arbejde med' });
const blockBox = (page: Page, block: Block) => chooser(page).locator(`li[data-block="${block}"]`).getByRole('checkbox');

test.use({ viewport: { width: 390, height: 844 } });

test('alone from the set-up to the PDF: a choice of 1–3 blocks instead of a vote, and "du"/"min" on every screen and in the PDF', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await createWorkshop(page, 'Lederen i Valby', /Målgruppe 1/);
  await chooseMode(page, 'Alene – selvevaluering');
  await expect(page.getByRole('button', { name: 'Fjern leder', exact: true })).toBeVisible();
  // No votes to set up alone.
  await expect(page.getByLabel('Stemmer pr. deltager i trin 2')).toHaveCount(0);
  await expect(stepNav(page).getByRole('link', { name: 'Dine svar', exact: true })).toBeVisible();
  await expect(stepNav(page).getByRole('link', { name: 'Jeres besvarelser' })).toHaveCount(0);

  // ---- Trin 1 and the result
  await goToScoring(page);
  await expectSingular(page, 'Trin 1');
  await answerAll(page, QUESTIONS, ANSWERS);
  await expect(page.getByRole('heading', { level: 1, name: 'Din selvevaluering' })).toBeVisible();
  await expect(stepNav(page).getByRole('link', { name: 'Dine svar', exact: true })).toHaveAttribute('aria-current', 'step');
  // The range of your own answers, no count of people; per question your answer, no distribution or spread.
  await expect(page.locator('li.bar[data-block="tydelig-ledelse"] .bar__text')).toHaveText('Gennemsnit 3,6 · dit laveste svar 2, dit højeste 5');
  await expect(page.locator('li.question-result[data-question="1"] .question-result__numbers')).toHaveText('Dit svar: 3 – I middel grad');
  await expect(page.locator('li.question-result[data-question="3"] .question-result__numbers')).toHaveText('Dit svar: Ved ikke / ikke relevant');
  await expect(page.locator('.strip')).toHaveCount(0);
  await expect(page.getByText('Her oplever du selv, at opgaven løftes mindst', { exact: false })).toBeVisible();
  await expectSingular(page, 'Din selvevaluering');
  await expectAccessible(page, 'Din selvevaluering');

  // ---- Trin 2: no ballot, no ranking – choose 1–3 blocks, lowest score first
  await page.getByRole('button', { name: 'Videre til Trin 2: Udvælg emner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 2: Udvælg emner', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Vælg 1–3 byggesten, du vil arbejde med' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Færdig med at stemme' })).toHaveCount(0);
  await expect(page.getByText(/Delt \d+\. plads|stemme/)).toHaveCount(0);
  await expect(chooser(page).locator('li')).toHaveText(LOWEST_FIRST.map((b) => `${TITLE[b]}Dit gennemsnit i trin 1: ${MEANS[b]}`));
  const toDialogue = page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' });
  await expect(toDialogue).toBeDisabled();
  await expectSingular(page, 'Trin 2');
  await expectAccessible(page, 'Trin 2 alone, nothing chosen');

  // Ticked in another order than the list's; a fourth cannot be ticked until one is taken off.
  for (const block of ['samtaler', 'statistik', 'faelles-ejerskab'] as const) await blockBox(page, block).check();
  await expect(page.getByRole('status').filter({ hasText: 'Du har valgt 3 byggesten, og det er det højeste.' })).toBeVisible();
  await expect(blockBox(page, 'tydelig-ledelse')).toBeDisabled();
  await expectAccessible(page, 'Trin 2 alone, three chosen');
  await blockBox(page, 'faelles-ejerskab').uncheck();
  await expect(page.getByRole('status').filter({ hasText: 'Du har valgt 2 byggesten. Du kan vælge op til 3.' })).toBeVisible();
  await blockBox(page, 'tydelig-ledelse').check();
  await expect(blockBox(page, 'faelles-ejerskab')).toBeDisabled();
  // It is kept.
  await reloadWhenSaved(page);
  for (const block of ['statistik', 'samtaler', 'tydelig-ledelse'] as const) await expect(blockBox(page, block)).toBeChecked();
  await expect(blockBox(page, 'faelles-ejerskab')).not.toBeChecked();
  await toDialogue.click();

  // ---- Trin 3: the chosen blocks, in the list's order, in the singular
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 3: Gå i dialog' })).toBeVisible();
  const tabs = page.getByRole('navigation', { name: 'Byggesten i dialogen' }).getByRole('button');
  await expect(tabs).toHaveText(['1. Statistik', '2. Samtaler', '3. Tydelig ledelse']);
  expect(SHORT_TITLE.statistik).toBe('Statistik');
  await expect(page.getByRole('heading', { level: 2, name: TITLE.statistik })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Sådan scorede du' })).toBeVisible();
  await expect(page.getByText('Gennemsnit 1,7 · dit laveste svar 1, dit højeste 2')).toBeVisible();
  await expect(page.locator('li.question-result[data-question="14"] .question-result__numbers')).toHaveText('Dit svar: 1 – Slet ikke');
  await expect(page.getByLabel('Hvad kunne I gøre bedre?')).toHaveCount(0);
  await page.getByLabel('Hvad kunne du gøre bedre?').fill('Se fraværstallene hver måned.');
  await page.getByLabel('Nyt forslag').fill('Fraværstal på hvert personalemøde');
  await page.getByRole('button', { name: 'Tilføj forslag' }).click();
  await expect(page.getByLabel('Forslag 1', { exact: true })).toHaveValue('Fraværstal på hvert personalemøde');
  await expectSingular(page, 'Trin 3');
  await expectAccessible(page, 'Trin 3 alone');
  await letSavesSettle(page);

  // ---- Trin 4
  await openPlanStep(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Mine prioriteringer' })).toBeVisible();
  await expect(page.getByText('De byggesten, du har valgt')).toBeVisible();
  const item = page.getByRole('group', { name: 'Punkt 1', exact: true });
  await expect(item.getByRole('textbox', { name: 'Hvad vil jeg gøre?', exact: true })).toHaveValue('Fraværstal på hvert personalemøde');
  await page.getByLabel('Den effekt, jeg håber på').fill('Færre lange sygemeldinger.');
  await page.getByLabel('Sådan kan jeg se, at det virker').fill('Fraværsprocenten falder.');
  await expectSingular(page, 'Trin 4');
  await letSavesSettle(page);

  // ---- the PDF
  const { path } = await downloadPdf(page, testInfo, 'alene', { notes: true });
  const pdf = squash(pdfRawText(path));
  expect(pdf).toMatch(/^Min handleplan /);
  expect(pdf).toContain('Udfyldt af leder');
  expect(pdf).toContain('Dine svar (Trin 1) Gennemsnittet af dine svar pr. byggesten');
  expect(pdf).toContain(`Dine valg (Trin 2) • ${TITLE.statistik} • ${TITLE.samtaler} • ${TITLE['tydelig-ledelse']}`);
  expect(pdf).toContain('Hvad kunne du gøre bedre? Se fraværstallene hver måned.');
  expect(pdf).toContain('Mine prioriteringer (Trin 4)');
  expect(pdf).toContain('Hvad vil jeg gøre?');
  expect(pdf).toContain('Hvilken effekt håber jeg det får');
  expect(pdf).toContain('Den effekt, jeg håber på Færre lange sygemeldinger.');
  expect(pdf).toContain('Hvornår følger jeg op og planlægger næste skridt?');
  // The booklet's title says "alle gode kræfter"; that is its name, not a word to a group.
  expect(groupWords(pdf), 'words to a group in the PDF').toEqual([]);

  // ---- the print view
  await page.goto(page.url().replace(/handleplan$/, 'udskriv'));
  await expect(page.getByRole('heading', { level: 1, name: 'Min handleplan – Lederen i Valby' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Dine valg (Trin 2)' })).toBeVisible();
  await expectSingular(page, 'the print view');
});

test('alone in English: step 2 is a choice, the plan and the PDF say "I" and "my"', async ({ page }, testInfo) => {
  await createWorkshop(page, 'The leader in Valby', /Målgruppe 1/);
  await chooseMode(page, 'Alene – selvevaluering');
  await expect(page.getByRole('button', { name: 'Fjern leder', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const steps = page.getByRole('navigation', { name: 'Steps in the meeting' });
  await steps.getByRole('link', { name: /^Step 2/ }).click();
  const chooser = page.getByRole('group', { name: 'Choose 1–3 building blocks to work on' });
  await chooser.locator('li[data-block="samtaler"]').getByRole('checkbox').check();
  await expect(page.getByRole('status').filter({ hasText: 'You have chosen 1 building block. You can choose up to 3.' })).toBeVisible();
  await expectAccessible(page, 'step 2 alone in English');
  await steps.getByRole('link', { name: 'Step 4: Action plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'My priorities' })).toBeVisible();
  await page.getByRole('button', { name: 'Add item' }).first().click();
  await page.getByRole('textbox', { name: 'What will I do?' }).fill('Absence figures at every staff meeting');
  await page.getByLabel('The effect I hope for').fill('Fewer long absences.');
  await letSavesSettle(page);

  const panel = page.getByRole('region', { name: 'Take the action plan with you' });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    panel.getByRole('button', { name: 'Download the action plan as a PDF', exact: true }).click(),
  ]);
  const path = testInfo.outputPath('my-action-plan.pdf');
  await download.saveAs(path);
  const pdf = squash(pdfRawText(path));
  expect(pdf).toMatch(/^My action plan /);
  expect(pdf).toContain('Your choices (Step 2) • Systematic conversations');
  expect(pdf).toContain('My priorities (Step 4)');
  expect(pdf).toContain('What will I do?');
  expect(pdf).toContain('The effect I hope for Fewer long absences.');
  expect(pdf).not.toMatch(/\b(we|We|our|Our|votes?|Joint|Participants)\b/);
});
