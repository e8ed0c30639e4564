/**
 * Step 3 keeps everything the group writes: the "Til handleplan" mark on a
 * proposal can be taken off and put back, and a note typed just before the
 * page goes away (reload, closed tab) is not lost.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openDialogue, TITLE } from './vote-helpers';

const saveFailed = (page: Page) => page.getByText('Det seneste kunne ikke gemmes på enheden.', { exact: false });

test('"Til handleplan" can be taken off a proposal and put back, and both are saved', async ({ page }) => {
  await openDialogue(page);
  await page.getByLabel('Nyt forslag').fill('Tjekliste til sygefraværssamtaler');
  await page.getByRole('button', { name: 'Tilføj forslag' }).click();
  const toPlan = page.getByRole('checkbox', { name: 'Til handleplan' });
  await expect(toPlan).toBeChecked();

  await toPlan.click();
  // The save is asynchronous; give a failure the moment it needs to show (it stays until the next good save).
  await page.waitForTimeout(500);
  await expect.soft(toPlan, 'unchecked on screen').not.toBeChecked({ timeout: 2000 });
  await expect.soft(saveFailed(page), 'no "could not be saved" message after unchecking').toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Forslag 1', { exact: true })).toHaveValue('Tjekliste til sygefraværssamtaler');
  await expect(toPlan, 'unchecked after a reload').not.toBeChecked({ timeout: 5000 });

  await toPlan.click();
  await page.waitForTimeout(500);
  await expect(toPlan).toBeChecked();
  await expect(saveFailed(page)).toHaveCount(0);
  await page.reload();
  await expect(toPlan, 'checked again after a reload').toBeChecked();
});

test('a note typed just before a reload is still there afterwards', async ({ page }) => {
  await openDialogue(page);
  const improve = page.getByLabel('Hvad kunne du gøre bedre?');
  await improve.fill('Samtalerne skal holdes til tiden.');
  // No pause: the draft journal has the text as the page goes, and the field writes it when it is shown again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: TITLE.samtaler })).toBeVisible();
  await expect(improve).toHaveValue('Samtalerne skal holdes til tiden.', { timeout: 5000 });
});
