import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectAccessible, launchProfile, reloadWhenSaved, test } from './fixtures';
import type { Page } from '@playwright/test';

async function createWorkshop(page: Page, title: string, målgruppe: RegExp) {
  await page.getByLabel('Arbejdsplads eller enhed').fill(title);
  await page.getByLabel('Dato').fill('03.12.2026');
  await page.getByRole('radio', { name: målgruppe }).check();
  await page.getByRole('button', { name: 'Opret dialogmøde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  await expect(page.getByLabel('Arbejdsplads eller enhed')).toHaveValue(title);
}

test('a new workshop opens, and is still on the Forside after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Opret dialogmøde' }).click();
  await expect(page.getByText('Skriv navnet på arbejdspladsen eller enheden.')).toBeVisible();
  await expect(page.getByLabel('Arbejdsplads eller enhed')).toBeFocused();
  await expectAccessible(page, 'Forside with a validation message');

  await createWorkshop(page, 'Børnehuset Ærtebjerg', /Målgruppe 2/);
  await expect(page.getByRole('radio', { name: /Målgruppe 2/ })).toBeChecked();
  await expectAccessible(page, 'Opsætning');

  await reloadWhenSaved(page);
  await expect(page.getByLabel('Arbejdsplads eller enhed')).toHaveValue('Børnehuset Ærtebjerg');
  await page.getByRole('link', { name: 'Forside' }).click();
  const row = page.getByRole('listitem').filter({ hasText: 'Børnehuset Ærtebjerg' });
  await expect(row).toContainText('3. december 2026');
  await expect(row).toContainText('MED / Trio / arbejdsmiljøgruppe');
  await expect(row).toContainText('Opsætning');
});

test('deleting a workshop asks first, and "Annuller" keeps it', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, 'Ledergruppen Øst', /Målgruppe 1/);
  await page.getByRole('link', { name: 'Forside' }).click();
  await page.getByRole('button', { name: 'Slet Ledergruppen Øst' }).click();
  await expect(page.getByText('Vil I slette »Ledergruppen Øst«?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuller' })).toBeFocused();
  await expectAccessible(page, 'delete confirmation');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Ledergruppen Øst' })).toBeVisible();

  await page.getByRole('button', { name: 'Slet Ledergruppen Øst' }).click();
  await page.getByRole('button', { name: 'Ja, slet' }).click();
  await expect(page.getByText('»Ledergruppen Øst« er slettet.')).toBeAttached();
  await page.reload();
  await expect(page.getByText('Der er ingen dialogmøder endnu.')).toBeVisible();
});

test('a workshop survives closing the browser and reopening the same profile', async ({ baseURL, launchOptions }) => {
  const profile = mkdtempSync(join(tmpdir(), 'kom-i-hus-profile-'));
  const launch = () => launchProfile(profile, { launchOptions, baseURL });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto('/');
    await createWorkshop(page, 'Trioen på Strandvejen', /Målgruppe 2/);
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto('/');
    await again.getByRole('link', { name: 'Trioen på Strandvejen' }).click();
    await expect(again.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
    await expect(again.getByLabel('Arbejdsplads eller enhed')).toHaveValue('Trioen på Strandvejen');
    await expect(again.getByRole('radio', { name: /Målgruppe 2/ })).toBeChecked();
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
