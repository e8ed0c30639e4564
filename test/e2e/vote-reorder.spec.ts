/**
 * Reordering the ranking by keyboard: the facilitator's focus must stay on
 * the moved row, also when the row reaches the top or the bottom of the
 * list (where the button just pressed becomes disabled).
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { BLOCKS, chooseMode, createWorkshop, expectRanking, TITLE, type Block } from './vote-helpers';

/**
 * A facilitated meeting straight on the step-2 screen, counting crosses from a whiteboard: the ranking shows at
 * once, before any count is typed in. (Alone there is no ranking: solo-flow.spec.ts.)
 */
async function openRanking(page: Page) {
  await createWorkshop(page, 'Trioen i Sydhavn', /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  await page.getByRole('navigation', { name: 'Trin i dialogmødet' }).getByRole('link', { name: 'Trin 2: Udvælg emner' }).click();
  await page.getByRole('radio', { name: 'Vi tæller krydser på tavlen og taster tallene ind' }).check();
  await expect(page.getByRole('heading', { level: 2, name: 'Resultatet' })).toBeVisible();
  // No votes and no step-1 scores yet: every block shares the same place, in Huset's order.
  await expectRanking(page, BLOCKS.map((block) => ({ block, rank: 'Delt 1. plads', meta: '0 stemmer' })));
}

function swap(list: Block[], block: Block, by: -1 | 1): Block[] {
  const next = [...list];
  const i = next.indexOf(block);
  [next[i], next[i + by]] = [next[i + by]!, next[i]!];
  return next;
}

const row = (page: Page, block: Block) => page.locator(`li.ranking__row[data-element="${block}"]`);

test('a row moved to the top or the bottom by keyboard keeps the focus in that row', async ({ page }) => {
  await openRanking(page);
  await expectAccessible(page, 'step 2: whiteboard tally and result');
  let order: Block[] = [...BLOCKS];

  // Ordentlig statistik (2nd) up: it is now first, and "op" is disabled.
  const upStatistik = page.getByRole('button', { name: `Flyt ${TITLE.statistik} op` });
  await upStatistik.focus();
  await page.keyboard.press('Enter');
  order = swap(order, 'statistik', -1);
  await expectRanking(page, order.map((block) => ({ block })));
  await expect(upStatistik).toBeDisabled();
  // Where the focus should go is the row's other move button, the only one still usable.
  await expect
    .soft(row(page, 'statistik').getByRole('button', { name: `Flyt ${TITLE.statistik} ned` }), 'focus after moving a row to the top')
    .toBeFocused();

  // Fælles ejerskab (5th) down: it is now last, and "ned" is disabled.
  const downFaelles = page.getByRole('button', { name: `Flyt ${TITLE['faelles-ejerskab']} ned` });
  await downFaelles.focus();
  await page.keyboard.press('Enter');
  order = swap(order, 'faelles-ejerskab', 1);
  await expectRanking(page, order.map((block) => ({ block })));
  await expect(downFaelles).toBeDisabled();
  await expect(
    row(page, 'faelles-ejerskab').getByRole('button', { name: `Flyt ${TITLE['faelles-ejerskab']} op` }),
    'focus after moving a row to the bottom',
  ).toBeFocused();
});

test('moving a row in the middle of the list by keyboard keeps the focus on the pressed button', async ({ page }) => {
  await openRanking(page);
  let order: Block[] = [...BLOCKS];
  // Rows that stay in the middle after moving one down and back up (moving into an end is the test above).
  for (const block of BLOCKS.slice(1, 4)) {
    for (const by of [1, -1] as const) {
      const button = page.getByRole('button', { name: `Flyt ${TITLE[block]} ${by === 1 ? 'ned' : 'op'}` });
      await button.focus();
      await page.keyboard.press('Enter');
      order = swap(order, block, by);
      await expectRanking(page, order.map((b) => ({ block: b })));
      await expect.soft(button, `focus after moving ${block} ${by === 1 ? 'down' : 'up'}`).toBeFocused();
    }
  }
});
