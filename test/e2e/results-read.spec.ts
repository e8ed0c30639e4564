/**
 * Results that read at a glance (issue #12, point 2): on a laptop or a
 * projector the six building blocks' means are in the first screenful; every
 * part of a distribution strip says its answer and count, "Ved ikke" included;
 * and two blocks whose means both read "2,1" are tied – in "Lavest scorede
 * byggesten" and in step 2's tie-break – and keep Huset's order.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { expectedResults, expectResultsShown, loadQuestionnaire, type Answer } from './scoring-helpers';
import { meeting, restoreMeetings } from './restore-helpers';
import {
  BLOCKS,
  blockMeans,
  expectedRanking,
  expectRanking,
  formatMean,
  questionsOf,
  resultsToVoting,
  skipOfflineNotice,
  TITLE,
  type Block,
  type Score,
} from './vote-helpers';

const QUESTIONS = questionsOf('maalgruppe-2');
const M2 = loadQuestionnaire('maalgruppe-2');

// Målgruppe 2: 1–4 tydelig-ledelse, 5–9 faelles-ejerskab, 10–14 trivsel, 15–17 statistik, 18–20 samtaler, 21–24 tidlige-indsatser.
// Trivsel: 32 / 15 ≈ 2,133 and Ordentlig statistik: 19 / 9 ≈ 2,111 – both read "2,1". Compared at two decimals (as
// before), statistik would come first; compared as shown they tie and keep Huset's order: Trivsel first.
const ANNA: Score[] = [
  4, 4, 5, 4, //       tydelig-ledelse
  3, 3, 4, 3, 3, //    faelles-ejerskab
  2, 2, 2, 2, 2, //    trivsel
  2, 2, 2, //          statistik
  4, 5, 4, //          samtaler
  'skip', 3, 4, 3, //  tidlige-indsatser – one "Ved ikke"
];
const BO: Score[] = [
  4, 3, 4, 4,
  3, 4, 3, 3, 4,
  2, 2, 2, 2, 2,
  2, 2, 2,
  5, 5, 4,
  3, 3, 4, 4,
];
const CARL: Score[] = [
  5, 4, 4, 4,
  4, 3, 3, 3, 3,
  3, 3, 2, 2, 2,
  3, 2, 2,
  4, 4, 4,
  1, 4, 3, 3,
];
const PEOPLE = [ANNA, BO, CARL];

/** The group's answers (restored: typing them in is Trin 1's tests), then "Jeres besvarelser". */
async function openGroupResults(page: Page) {
  await skipOfflineNotice(page);
  const people = [
    { name: 'Anna', role: 'leder', answers: ANNA },
    { name: 'Bo', role: 'tr', answers: BO },
    { name: 'Carl', role: 'amr', answers: CARL },
  ] as const;
  await restoreMeetings(page, [meeting({ id: 'valby', title: 'Trioen i Valby', questionnaire: 'maalgruppe-2', questions: QUESTIONS, people, step: 'results' })]);
  await page.goto('/#/moede/valby/resultater');
  await expect(page.getByRole('heading', { level: 1, name: 'Jeres besvarelser' })).toBeVisible();
}

test('the block means are in the first screenful, every strip part says answer and count, and means shown alike tie everywhere', async ({ page }) => {
  test.setTimeout(120_000);
  await openGroupResults(page);

  // ------------------------------------------------ the six bars above the fold
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    const bars = page.locator('li.bar');
    await expect(bars).toHaveCount(6);
    for (const block of BLOCKS) {
      const box = await page.locator(`li.bar[data-block="${block}"] .bar__track`).boundingBox();
      expect(box, `bar of ${block} at ${viewport.width}×${viewport.height}`).not.toBeNull();
      expect(box!.y + box!.height, `bottom of ${block}'s bar at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(viewport.height);
    }
  }
  await expectAccessible(page, 'Jeres besvarelser at 1920×1080');

  // ------------------------------------------------ the numbers, computed from the answers above
  const means = blockMeans(QUESTIONS, PEOPLE);
  expect(formatMean(means.get('trivsel')!)).toBe('2,1');
  expect(formatMean(means.get('statistik')!)).toBe('2,1');
  expect(means.get('statistik')!).toBeLessThan(means.get('trivsel')!);
  for (const block of BLOCKS) {
    await expect(page.locator(`li.bar[data-block="${block}"] .bar__value`), `mean in the bar of ${block}`).toHaveText(formatMean(means.get(block)!));
  }
  // Block lines, strips (now "value: count" parts, "Ved ikke" its own) and question lines, all from the answers.
  await expectResultsShown(page, expectedResults(M2, PEOPLE as Answer[][]));

  // The mean is said once on screen: in the bar; the line under it says range and count, and a screen reader hears it all.
  const trivsel = page.locator('li.bar[data-block="trivsel"]');
  await expect(trivsel.locator('.bar__range')).toHaveText('laveste 2, højeste 3 · 3 deltagere har svaret');
  await expect(trivsel.locator('.bar__text .visually-hidden')).toHaveText('Gennemsnit 2,1 · ');
  await expect(page.locator('.bar__range', { hasText: 'Gennemsnit' })).toHaveCount(0);

  // Question 21: Anna said "Ved ikke"; Bo 3, Carl 1 → parts "1: 1", "3: 1", "Ved ikke: 1".
  const q21 = page.locator('li.question-result[data-question="21"]');
  await expect(q21.locator('.strip__part')).toHaveText(['1: 1', '3: 1', 'Ved ikke: 1']);
  await expect(q21.locator('.strip__part.swatch--skip')).toBeVisible();
  await expect(q21.getByRole('img')).toHaveAttribute('aria-label', /, Ved ikke \/ ikke relevant 1$/);
  // Every part of every strip has its label written in it (not colour alone), and the legend names "Ved ikke".
  const unlabelled = await page.locator('.strip__part').evaluateAll((parts) => parts.filter((p) => !/^(\d|Ved ikke): \d+$/.test(p.textContent ?? '')).length);
  expect(unlabelled).toBe(0);
  await expect(page.getByRole('list', { name: 'Fordeling af svar' }).getByRole('listitem')).toHaveText([
    '1 = Slet ikke',
    '2 = I nogen grad',
    '3 = I middel grad',
    '4 = I høj grad',
    '5 = I meget høj grad',
    'Ved ikke = Ved ikke / ikke relevant',
  ]);

  // ------------------------------------------------ "2,1" and "2,1" are a tie, in Huset's order
  const lowest = page.locator('.highlight-list').first().locator('li');
  await expect(lowest).toHaveText([`${TITLE.trivsel} – Gennemsnit 2,1`, `${TITLE.statistik} – Gennemsnit 2,1`]);

  // ------------------------------------------------ step 2: equal votes, the tie-break by score ties too
  await resultsToVoting(page);
  await page.getByRole('radio', { name: 'Vi tæller krydser på tavlen og taster tallene ind' }).check();
  const votes: Record<Block, number> = { trivsel: 1, statistik: 1, samtaler: 1, 'tidlige-indsatser': 1, 'faelles-ejerskab': 1, 'tydelig-ledelse': 1 };
  for (const block of BLOCKS) {
    await page.getByRole('spinbutton', { name: `Antal krydser ved ${TITLE[block]}`, exact: true }).fill(String(votes[block]));
  }
  const expected = expectedRanking(votes, means);
  expect(expected.slice(0, 2).map((r) => r.block)).toEqual(['trivsel', 'statistik']);
  await expectRanking(page, expected);
  await expect(page.locator('li.ranking__row[data-element="statistik"] .ranking__meta')).toHaveText('1 stemme · Trin 1: 2,1');
});
