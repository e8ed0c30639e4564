/**
 * "Offline: after the first visit, every step including PDF export works
 * with the network off." One first visit online; then every request is cut
 * (the context is offline AND every request that still reaches Playwright's
 * network layer is aborted and recorded) and the whole flow is run: set-up,
 * two participants' answers in a facilitated meeting, the result, ballots,
 * a chosen block, a note in step 3, a plan item in step 4 and its PDF —
 * jsPDF is loaded lazily, so it must come from the service worker's precache.
 */
import type { Page } from '@playwright/test';
import { allowTime, cutNetwork, expect, expectAccessible, test, visitUntilOfflineReady } from './fixtures';
import { annaAndBoMeeting, downloadFrom, storedWorkshop } from './safety-helpers';
import { answerAll, expectedResults, expectResultsShown, loadQuestionnaire, pattern } from './scoring-helpers';
import {
  blockMeans,
  expectedRanking,
  expectRanking,
  resultsToVoting,
  TITLE,
  type Block,
} from './vote-helpers';

const m2 = loadQuestionnaire('maalgruppe-2');
// Målgruppe 2: Tydelig ledelse 1–4 | Fælles ejerskab 5–9 | Trivsel 10–14 | Statistik 15–17 | Samtaler 18–20 | Tidlige indsatser 21–24
const ANNA = pattern('4 4 3 4   3 3 4 3 3   2 3 3 - 2   4 5 4   2 2 3   3 4 3 3', m2.questions.length);
const BO = pattern('2 1 2 3   4 4 5 4 4   3 3 2 3 3   1 2 2   5 3 3   - 3 4 2', m2.questions.length);

const NOTE = 'Vi skal holde samtalerne, også når der er travlt.';
const WHAT = 'Fast skabelon til fraværssamtaler';
const WHO = 'Anna og Bo';

async function vote(page: Page, label: string, blocks: Block[]) {
  await page.getByRole('button', { name: `Afgiv stemmer for ${label}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Stemmer fra ${label}` })).toBeVisible();
  for (const [i, block] of blocks.entries()) {
    await page.getByRole('button', { name: TITLE[block], exact: true }).click();
    await expect(page.locator('.ballot__count')).toHaveText(`${i + 1} af 2 stemmer brugt`);
  }
  await page.getByRole('button', { name: 'Færdig med at stemme' }).click();
  await expect(page.locator('li.picker__row').filter({ hasText: label }).locator('.picker__status')).toHaveText('Har stemt');
}

test('with every request cut after the first visit, the whole flow runs, down to the PDF of the action plan', async ({ page, context }) => {
  allowTime(90_000);

  // ------------------------------------------------ the one visit with a network
  await visitUntilOfflineReady(page);
  await page.getByRole('button', { name: 'OK' }).click();

  // ------------------------------------------------ cut everything
  const leaked = await cutNetwork(context);
  // Which responses the service worker served; checked for the lazy PDF chunk below.
  const fromWorker = new Map<string, boolean>();
  page.on('response', (response) => fromWorker.set(response.url(), response.fromServiceWorker()));

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogmøder' })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine), 'the page knows it is offline').toBe(false);

  // ------------------------------------------------ set-up
  const id = await annaAndBoMeeting(page, 'Trioen uden net');

  // ------------------------------------------------ step 1: the facilitator enters both people's answers
  await page.getByRole('button', { name: 'Indtast svar for Anna (leder)' }).click();
  await answerAll(page, m2, ANNA, { fresh: true });
  await page.getByRole('button', { name: 'Indtast svar for Bo (TR)' }).click();
  await answerAll(page, m2, BO, { fresh: true });
  await expect(page.locator('.picker__status')).toHaveText(['Færdig', 'Færdig']);
  await page.getByRole('button', { name: 'Se jeres besvarelser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jeres besvarelser' })).toBeVisible();
  await expectResultsShown(page, expectedResults(m2, [ANNA, BO]));

  // ------------------------------------------------ step 2: ballots
  await resultsToVoting(page);
  await expect(page.getByRole('radio', { name: 'Hver deltager stemmer på denne enhed' })).toBeChecked();
  await vote(page, 'Anna (leder)', ['samtaler', 'statistik']);
  await vote(page, 'Bo (TR)', ['samtaler', 'trivsel']);
  await page.getByRole('button', { name: 'Vis resultatet' }).click();
  const votes: Record<Block, number> = { samtaler: 2, statistik: 1, trivsel: 1, 'tidlige-indsatser': 0, 'faelles-ejerskab': 0, 'tydelig-ledelse': 0 };
  await expectRanking(page, expectedRanking(votes, blockMeans(m2.questions, [ANNA, BO])));
  await page.getByRole('checkbox', { name: `Tag ${TITLE.samtaler} med i dialogen` }).check();
  await page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' }).click();

  // ------------------------------------------------ step 3: a note
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 3: Gå i dialog' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: TITLE.samtaler })).toBeVisible();
  const improve = page.getByLabel('Hvad kunne I gøre bedre?');
  await improve.fill(NOTE);
  await improve.blur();
  await expect.poll(async () => (await storedWorkshop(page, id)).dialogue.samtaler?.notes.improve, { message: 'the note is stored' }).toBe(NOTE);
  // The one chosen block is the last: it leads on to step 4.
  await page.getByRole('button', { name: 'Videre til Trin 4: Lav en handleplan' }).click();

  // ------------------------------------------------ step 4: a plan item, then the PDF
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 4: Lav en handleplan' })).toBeVisible();
  const section = page.locator('section.plan-block').filter({ has: page.getByRole('heading', { level: 3, name: TITLE.samtaler }) });
  await section.getByRole('button', { name: 'Tilføj punkt' }).click();
  await section.getByLabel('Hvad vil vi gøre?').fill(WHAT);
  await section.getByLabel('Hvem gør hvad?').fill(WHO);
  await section.getByLabel('Hvem gør hvad?').blur();
  await expect
    .poll(async () => (await storedWorkshop(page, id)).plan.items.map((i) => [i.block, i.what, i.who]), { message: 'the plan item is stored' })
    .toEqual([['samtaler', WHAT, WHO]]);
  await expectAccessible(page, 'Trin 4 offline');

  const pdfFailed = page.getByText("PDF'en kunne ikke laves. Prøv igen.");
  const pdf = await downloadFrom(page, () => page.getByRole('button', { name: 'Hent handleplan som PDF' }).click()).catch(async (error: Error) => {
    throw new Error(`no PDF was downloaded offline${(await pdfFailed.isVisible()) ? ' — the app says "PDF\'en kunne ikke laves. Prøv igen."' : ''}: ${error.message}`);
  });
  expect(await pdf.download.failure(), 'the PDF download').toBeNull();
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1'), 'a PDF file').toBe('%PDF-');
  expect(pdf.bytes.length).toBeGreaterThan(2000);
  expect(pdf.bytes.subarray(-1024).toString('latin1'), 'a complete PDF').toContain('%%EOF');
  await expect(page.getByRole('status').filter({ hasText: "PDF'en er hentet:" })).toContainText(pdf.name);
  await expect(pdfFailed).toHaveCount(0);
  const jspdf = [...fromWorker.entries()].filter(([url]) => /jspdf/i.test(url));
  expect(jspdf.length, 'the lazy jsPDF chunk was fetched').toBeGreaterThan(0);
  for (const [url, served] of jspdf) expect(served, `${url} came from the service worker`).toBe(true);

  // ------------------------------------------------ still offline: a reload keeps it all
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 4: Lav en handleplan' })).toBeVisible();
  await expect(section.getByLabel('Hvad vil vi gøre?')).toHaveValue(WHAT);
  await expect(section.getByLabel('Hvem gør hvad?')).toHaveValue(WHO);
  await page.getByRole('link', { name: 'Trin 3: Dialog' }).click();
  await expect(page.getByLabel('Hvad kunne I gøre bedre?')).toHaveValue(NOTE);

  const stored = await storedWorkshop(page, id);
  expect(Object.keys(stored.answers[stored.participants[0]!.id] ?? {})).toHaveLength(m2.questions.length);
  expect(Object.keys(stored.answers[stored.participants[1]!.id] ?? {})).toHaveLength(m2.questions.length);
  expect(stored.voting.chosen).toEqual(['samtaler']);
  expect(leaked, 'requests that reached the network layer while offline').toEqual([]);
});
