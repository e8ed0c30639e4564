/**
 * Trin 2 in a large group: the MED committee puts crosses on a whiteboard and
 * the facilitator types the counts in. The sum is checked against
 * participants × votes (a warning only), the ranking follows the typed
 * counts, and the counts survive a reload.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, reloadWhenSaved, test } from './fixtures';
import {
  answerAll,
  BLOCKS,
  blockMeans,
  chooseMode,
  createWorkshop,
  expectedRanking,
  expectRanking,
  goToScoring,
  questionsOf,
  resultsToVoting,
  TITLE,
  type Block,
  type Score,
} from './vote-helpers';

const QUESTIONS = questionsOf('maalgruppe-2');
// The one participant who answers in step 1 (the other eleven answer later).
const LEDER: Score[] = [
  4, 4, 3, 4,       // tydelig-ledelse   3,75
  2, 2, 3, 2, 2,    // faelles-ejerskab  2,2
  3, 3, 4, 3, 3,    // trivsel           3,2
  3, 3, 3,          // statistik         3,0
  4, 4, 5,          // samtaler          4,3
  2, 3, 2, 3,       // tidlige-indsatser 2,5
];
const PARTICIPANTS = 12;

const countInput = (page: Page, block: Block) => page.getByRole('spinbutton', { name: `Antal krydser ved ${TITLE[block]}`, exact: true });
const totalLine = (page: Page) => page.getByText(/^I alt \d+ krydser\./);
const mismatch = (page: Page) => page.getByText('Tallene passer ikke med antal deltagere × stemmer. Tjek tavlen – I kan godt gå videre alligevel.');

async function expectCounts(page: Page, counts: Record<Block, number | ''>) {
  for (const block of BLOCKS) await expect(countInput(page, block), `count for ${block}`).toHaveValue(String(counts[block]));
}

test('a group of 12 types in the whiteboard tally: the sum is checked, the ranking follows the counts, and a reload keeps them', async ({ page }) => {
  await createWorkshop(page, 'MED-udvalget, Center for Ældre', /Målgruppe 2/);
  await chooseMode(page, 'Møde med facilitator');
  const names = page.getByLabel(/^Navn på deltager \d+ \(valgfrit\)$/);
  for (let n = 1; n <= PARTICIPANTS; n++) {
    await page.getByRole('button', { name: 'Tilføj deltager' }).click();
    await expect(names).toHaveCount(n);
  }
  // The first is the leader, the other eleven "MED-medlem 1" … "MED-medlem 11" (Målgruppe 2's usual role, #12 point 7).
  await expect(page.getByRole('button', { name: 'Fjern MED-medlem 11', exact: true })).toBeVisible();
  await goToScoring(page);

  // Step 1: only the leader's answers are typed in; the rest answer later.
  await page.getByRole('button', { name: 'Indtast svar for leder', exact: true }).click();
  await answerAll(page, QUESTIONS, LEDER);
  await page.getByRole('button', { name: 'Se jeres besvarelser' }).click();
  await page.getByRole('button', { name: 'Se besvarelserne alligevel' }).click();
  await expect(page.getByText('1 af 12 deltagere har svaret færdig.')).toBeVisible();
  await resultsToVoting(page);

  // ------------------------------------------------ the whiteboard path
  const tallyMethod = page.getByRole('radio', { name: 'Vi tæller krydser på tavlen og taster tallene ind' });
  await expect(page.getByRole('radio', { name: 'Hver deltager stemmer på denne enhed' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Krydser fra tavlen' })).toHaveCount(0);
  await expectAccessible(page, 'step 2: voting options (group)');
  await tallyMethod.check();
  await expect(tallyMethod).toBeChecked();
  await expect(page.getByRole('heading', { level: 2, name: 'Krydser fra tavlen' })).toBeVisible();
  // The fields start empty (not counted yet) and nothing complains before a count is typed (issue #12).
  await expectCounts(page, { trivsel: '', statistik: '', samtaler: '', 'tidlige-indsatser': '', 'faelles-ejerskab': '', 'tydelig-ledelse': '' });
  await expect(totalLine(page)).toHaveText('I alt 0 krydser. Forventet 24 (12 deltagere × 2 stemmer).');
  await expect(mismatch(page)).toHaveCount(0);
  await expect(page.getByText('Skriv et helt tal (0 eller derover).')).toHaveCount(0);
  await expectAccessible(page, 'step 2: whiteboard tally');

  // The facilitator types the six counts by keyboard alone: select, type, Tab to the next.
  const board: Record<Block, number> = { trivsel: 7, statistik: 1, samtaler: 5, 'tidlige-indsatser': 3, 'faelles-ejerskab': 6, 'tydelig-ledelse': 2 };
  await countInput(page, BLOCKS[0]).focus();
  for (const [i, block] of BLOCKS.entries()) {
    await expect(countInput(page, block)).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(String(board[block]));
    // Once a count is in, the sum is checked: 7 of 24 is a mismatch until the board is all typed in.
    if (i === 0) await expect(mismatch(page)).toBeVisible();
    if (i < BLOCKS.length - 1) await page.keyboard.press('Tab');
  }
  await expectCounts(page, board);
  await expect(totalLine(page)).toHaveText('I alt 24 krydser. Forventet 24 (12 deltagere × 2 stemmer).');
  await expect(mismatch(page)).toHaveCount(0);

  // The ranking follows the counts, with the leader's step-1 scores beside them.
  const means = blockMeans(QUESTIONS, [LEDER]);
  const ranking24 = expectedRanking(board, means);
  expect(ranking24.map((r) => [r.block, r.rank])).toEqual([
    ['trivsel', '1. plads'],
    ['faelles-ejerskab', '2. plads'],
    ['samtaler', '3. plads'],
    ['tidlige-indsatser', '4. plads'],
    ['tydelig-ledelse', '5. plads'],
    ['statistik', '6. plads'],
  ]);
  await expectRanking(page, ranking24);
  // Once counts are in, how the group votes is locked (the options fold away).
  await expect(tallyMethod).toBeHidden();
  await page.locator('summary', { hasText: 'Sådan stemmer I' }).click();
  await expect(page.getByText('Afstemningen er i gang. Nulstil den for at ændre, hvordan I stemmer.')).toBeVisible();
  await expect(tallyMethod).toBeDisabled();
  await expect(tallyMethod).toBeChecked();

  // Something that is not a count is refused with a message and not stored.
  await countInput(page, 'statistik').fill('-2');
  await expect(page.getByText('Skriv et helt tal (0 eller derover).')).toBeVisible();
  await expect(countInput(page, 'statistik')).toHaveAttribute('aria-invalid', 'true');
  await expect(totalLine(page)).toHaveText('I alt 24 krydser. Forventet 24 (12 deltagere × 2 stemmer).');
  await countInput(page, 'statistik').fill('1');
  await expect(page.getByText('Skriv et helt tal (0 eller derover).')).toHaveCount(0);

  // One cross miscounted: 23 in all. A warning, and Trivsel now shares first place with Fælles ejerskab,
  // which the leader scored lower (2,2 < 3,2), so Fælles ejerskab is listed first.
  board.trivsel = 6;
  await countInput(page, 'trivsel').fill('6');
  await expect(totalLine(page)).toHaveText('I alt 23 krydser. Forventet 24 (12 deltagere × 2 stemmer).');
  await expect(mismatch(page)).toBeVisible();
  const ranking23 = expectedRanking(board, means);
  expect(ranking23.slice(0, 2).map((r) => [r.block, r.rank, r.votes])).toEqual([
    ['faelles-ejerskab', 'Delt 1. plads', 6],
    ['trivsel', 'Delt 1. plads', 6],
  ]);
  await expectRanking(page, ranking23);
  await expectAccessible(page, 'step 2: whiteboard tally with a mismatch');

  // A reload keeps the typed numbers, the sum, the warning and the ranking.
  await reloadWhenSaved(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Krydser fra tavlen' })).toBeVisible();
  await expectCounts(page, board);
  await expect(totalLine(page)).toHaveText('I alt 23 krydser. Forventet 24 (12 deltagere × 2 stemmer).');
  await expect(mismatch(page)).toBeVisible();
  await expectRanking(page, ranking23);

  // The mismatch does not block the way on: choose a block and go to step 3.
  const toDialogue = page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' });
  await expect(toDialogue).toBeDisabled();
  await page.getByRole('checkbox', { name: `Tag ${TITLE['faelles-ejerskab']} med i dialogen` }).check();
  await expect(page.getByText('1 byggesten valgt til dialogen')).toBeVisible();
  await expect(toDialogue).toBeEnabled();
  await toDialogue.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 3: Gå i dialog' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: TITLE['faelles-ejerskab'] })).toBeVisible();
  // The dialogue shows the leader's scores for the block.
  await expect(page.getByText('Gennemsnit 2,2 · laveste 2, højeste 3 · 1 deltager har svaret')).toBeVisible();
});
