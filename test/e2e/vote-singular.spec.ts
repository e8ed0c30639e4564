/**
 * Trin 2 with 1 vote per person: every count that meets a noun must read as
 * correct singular Danish ("1 stemme", "1 kryds", "1 deltager"), and no
 * screen may say "alle 1 stemmer" or "1 krydser".
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addParticipant, BLOCKS, chooseMode, createWorkshop, TITLE, type Block } from './vote-helpers';

/** Plural nouns after the number 1: what the app must never write. */
const WRONG_SINGULAR = /(^|[^\d.,])1 (stemmer|krydser|deltagere|punkter|dialogmøder)\b|alle 1 /;

async function expectNoWrongSingular(page: Page, where: string) {
  const text = await page.locator('main').innerText();
  expect(text, `${where}: plural after 1`).not.toMatch(WRONG_SINGULAR);
}

async function oneVoteEach(page: Page) {
  await page.getByRole('combobox', { name: 'Stemmer pr. deltager i trin 2', exact: true }).selectOption('1');
  await expect(page.getByRole('combobox', { name: 'Stemmer pr. deltager i trin 2', exact: true })).toHaveValue('1');
}

async function toStep2(page: Page) {
  await page.getByRole('navigation', { name: 'Trin i dialogmødet' }).getByRole('link', { name: 'Trin 2: Udvælg emner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 2: Udvælg emner I vil drøfte i fællesskab' })).toBeVisible();
}

const toggle = (page: Page, block: Block) => page.getByRole('button', { name: TITLE[block], exact: true });

test('two people on one tablet with 1 vote each: the ballot, the refusal and the result speak singular Danish', async ({ page }) => {
  await createWorkshop(page, 'Trioen på Nørrebro', /Målgruppe 2/);
  await chooseMode(page, 'Én delt tablet');
  await addParticipant(page, 'Anna', 'Leder');
  await addParticipant(page, 'Bo', 'TR');
  await oneVoteEach(page);
  await toStep2(page);
  await page.getByRole('button', { name: 'Start afstemningen' }).click();

  for (const [who, block] of [['Anna (leder)', 'samtaler'], ['Bo (TR)', 'statistik']] as const) {
    await expect(page.getByRole('heading', { level: 1, name: `Giv tabletten videre til ${who}`, exact: true })).toBeVisible();
    await page.getByRole('button', { name: `Jeg er ${who} – stem`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Stemmer fra ${who}`, exact: true })).toBeVisible();
    await expect(page.locator('.ballot__count')).toHaveText('0 af 1 stemme brugt');
    await toggle(page, block).click();
    await expect(page.locator('.ballot__count')).toHaveText('1 af 1 stemme brugt');
    // A second vote is refused in the singular: there is only the one.
    await toggle(page, 'trivsel').click();
    await expect(page.getByRole('alert')).toHaveText('Du har brugt din stemme. Fjern den for at flytte den.');
    await expect(toggle(page, 'trivsel')).toHaveAttribute('aria-pressed', 'false');
    await expectNoWrongSingular(page, `ballot of ${who}`);
    await page.getByRole('button', { name: 'Færdig med at stemme' }).click();
  }

  await expect(page.getByRole('heading', { level: 2, name: 'Alle har stemt' })).toBeVisible();
  await page.getByRole('button', { name: 'Vis resultatet' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Resultatet' })).toBeVisible();
  for (const block of ['samtaler', 'statistik'] as const) {
    const row = page.locator(`li.ranking__row[data-element="${block}"]`);
    await expect(row.locator('.ranking__rank')).toHaveText('Delt 1. plads');
    await expect(row.locator('.ranking__meta')).toHaveText('1 stemme');
  }
  await page.getByRole('checkbox', { name: `Tag ${TITLE.samtaler} med i dialogen` }).check();
  await expect(page.getByText('1 byggesten valgt til dialogen', { exact: true })).toBeVisible();
  await expectNoWrongSingular(page, 'result');
});

test('a meeting of one with 1 vote on the whiteboard: "1 kryds", "1 deltager × 1 stemme"', async ({ page }) => {
  await createWorkshop(page, 'Lederen på Vesterbro', /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  await addParticipant(page, '', 'Leder');
  await oneVoteEach(page);
  await toStep2(page);
  await page.getByRole('radio', { name: 'Vi tæller krydser på tavlen og taster tallene ind' }).check();
  await expect(page.getByRole('heading', { level: 2, name: 'Krydser fra tavlen' })).toBeVisible();
  const total = page.getByText(/^I alt \d+ kryds/);
  await expect(total).toHaveText('I alt 0 krydser. Forventet 1 (1 deltager × 1 stemme).');

  const input = page.getByRole('spinbutton', { name: `Antal krydser ved ${TITLE['tidlige-indsatser']}`, exact: true });
  await input.fill('1');
  await input.blur();
  await expect(total).toHaveText('I alt 1 kryds. Forventet 1 (1 deltager × 1 stemme).');
  await expect(page.locator('li.ranking__row[data-element="tidlige-indsatser"] .ranking__meta')).toHaveText('1 stemme');
  for (const block of BLOCKS.filter((b) => b !== 'tidlige-indsatser')) {
    await expect(page.locator(`li.ranking__row[data-element="${block}"] .ranking__meta`)).toHaveText('0 stemmer');
  }
  await expectNoWrongSingular(page, 'whiteboard tally');
});
