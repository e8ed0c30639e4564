/**
 * Issue #17, "Nothing lost, even then": two tabs on one workshop, drafts
 * after deletion, and a paste that does not fit. Each of these failed on the
 * code before the session store.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { letSavesSettle } from './plan-helpers';
import { openDialogue } from './vote-helpers';

const NOTE = 'Hvad kunne du gøre bedre?';

function note(page: Page) {
  return page.getByLabel(NOTE, { exact: true });
}

/** Everything the app keeps outside IndexedDB, as one string. */
function webStorage(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
}

test("a note another tab added to is not overwritten by this tab, still focused on it", async ({ page, context }) => {
  await openDialogue(page, 'To faner');
  await note(page).fill('Noten');
  await letSavesSettle(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await note(other).fill('Noten. En sætning fra den anden fane.');
  await letSavesSettle(other);

  // This tab never left the field; it types on.
  await note(page).focus();
  await expect(note(page)).toHaveValue('Noten. En sætning fra den anden fane.');
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await letSavesSettle(page);
  await other.reload();
  await expect(note(other)).toHaveValue('Noten. En sætning fra den anden fane.!');
  await other.close();
});

test('two tabs each keep their own unsent "Nyt forslag"', async ({ page, context }) => {
  await openDialogue(page, 'To forslag');
  await page.getByLabel('Nyt forslag').fill('Forslag skrevet i fane A');
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByLabel('Nyt forslag').fill('Forslag skrevet i fane B');
  await page.reload();
  await expect(page.getByLabel('Nyt forslag')).toHaveValue('Forslag skrevet i fane A');
  await other.reload();
  await expect(other.getByLabel('Nyt forslag')).toHaveValue('Forslag skrevet i fane B');
  await other.close();
});

/** A new meeting with a proposal typed into "Nyt forslag" but not added: a draft in web storage. */
async function leaveUnsentProposal(page: Page, title: string, text: string): Promise<void> {
  await openDialogue(page, title);
  await page.getByLabel('Nyt forslag').fill(text);
  expect(await webStorage(page)).toContain(text);
}

test('"Slet alle dialogmøder" leaves no draft behind, and deleting one workshop removes its drafts', async ({ page }) => {
  await leaveUnsentProposal(page, 'Det hemmelige møde', 'Et hemmeligt udkast');

  // One workshop, deleted from the Forside.
  await page.getByRole('link', { name: 'Forside' }).click();
  await page.getByRole('button', { name: 'Slet Det hemmelige møde' }).click();
  await page.getByRole('button', { name: 'Ja, slet' }).click();
  await expect(page.getByText('»Det hemmelige møde« er slettet.')).toBeVisible();
  expect(await webStorage(page)).not.toContain('Et hemmeligt udkast');

  // All workshops, from "Data og sikkerhed".
  await leaveUnsentProposal(page, 'Det andet møde', 'Endnu et udkast');
  await page.getByRole('link', { name: 'Data og sikkerhed' }).click();
  await page.getByRole('button', { name: 'Slet alle dialogmøder på denne enhed' }).click();
  await page.getByRole('button', { name: 'Ja, slet alt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Alle dialogmøder er slettet fra enheden.' })).toHaveCount(1);
  expect(await webStorage(page)).not.toContain('Endnu et udkast');
});

test('pasting 25,000 characters into a note says that 5,000 were cut', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDialogue(page, 'Lang tekst');
  const text = 'Lang tekst om fravær. '.repeat(1200).slice(0, 25_000);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await note(page).focus();
  await page.keyboard.press('ControlOrMeta+v');
  await expect(page.getByText('Teksten var for lang. De første 20.000 tegn er gemt; de sidste 5.000 tegn kom ikke med.')).toBeVisible();
  await expect(note(page)).toHaveValue(text.slice(0, 20_000));
  await letSavesSettle(page);
  await page.reload();
  await expect(note(page)).toHaveValue(text.slice(0, 20_000));
});
