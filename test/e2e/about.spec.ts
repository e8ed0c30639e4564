/**
 * The booklet's guidance in the app: "Om værktøjet" opened from the Forside,
 * and a step's folded "Sådan gør I" opened by keyboard. The texts checked
 * here are the booklet's own words, typed from the booklet, not read from
 * the app's content files.
 */
import type { Locator, Page } from '@playwright/test';
import { cutNetwork, expectAccessible, expect, test, visitUntilOfflineReady } from './fixtures';
import { annaAndBoMeeting } from './safety-helpers';
import { dismissOfflineNoticeWhenShown } from './scoring-helpers';
import { soloPlan } from './plan-helpers';

function howTo(page: Page): Locator {
  return page.locator('details.howto');
}

/** Tabs from the top of main to the "Sådan gør I" summary and opens it with `key`. */
async function openByKeyboard(page: Page, key: 'Enter' | 'Space'): Promise<void> {
  const summary = howTo(page).locator(':scope > summary');
  await expect(howTo(page)).not.toHaveAttribute('open', '');
  await page.locator('main').focus();
  for (let i = 0; i < 30 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await page.keyboard.press(key);
  await expect(howTo(page)).toHaveAttribute('open', '');
}

test('Om værktøjet opens from the Forside and gives the booklet’s purpose, roles, time and advice', async ({ page }) => {
  await dismissOfflineNoticeWhenShown(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogmøder' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: /^Læs om værktøjet/ }).click();

  await expect(page).toHaveURL(/#\/om$/);
  await expect(page).toHaveTitle('Om værktøjet – Kom i hus');
  await expect(page.getByRole('heading', { level: 1, name: /^Om værktøjet/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Om værktøjet' })).toHaveAttribute('aria-current', 'page');
  const main = page.getByRole('main');
  await expect(main).toContainText('For at komme i hus med sygefraværsopgaven er det nødvendigt, at I samler alle gode kræfter på jeres arbejdsplads.');
  await expect(main).toContainText('tillidsrepræsentant (TR) og Arbejdsmiljørepræsentant (AMR) får medindflydelse og tager medansvar');
  await expect(page.getByRole('heading', { level: 2, name: 'Hvem kan bruge dialogværktøjet?' })).toBeVisible();
  await expect(main).toContainText('Ledelsesgruppen eller lederen (målgruppe 1)');
  await expect(page.getByRole('heading', { level: 2, name: 'Tidsforbrug' })).toBeVisible();
  await expect(main).toContainText('skal I afsætte ca. 1½ time til processen');
  await expect(main).toContainText('skal I bruge ca. 2½ time');
  await expect(main).toContainText('Det er vigtigt, at I besvarer spørgsmålene til begge målgrupper, men det vil typisk foregå i forskellige fora.');
  await expect(main).toContainText('med et fast interval, fx en gang om året');
  await expect(page.getByRole('heading', { level: 2, name: 'Sådan bruger I dialogværktøjet' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Trin \d: / })).toHaveText([
    'Trin 1: Besvar spørgeskemaet',
    'Trin 2: Udvælg emner I vil drøfte i fællesskab',
    'Trin 3: Gå i dialog',
    'Trin 4: Lav en handleplan',
  ]);
  // The roles in the app's words, and the scale with the app's own addition said to be one.
  const roles = page.getByRole('region', { name: 'Rollerne' });
  await expect(roles.getByRole('definition')).toContainText([/^Lederen/, /^Tillidsrepræsentant/, /^Arbejdsmiljørepræsentant/, /MED-udvalg/, /^Leder, TR og AMR/]);
  const scale = page.getByRole('region', { name: 'Svarskalaen' });
  await expect(scale.getByRole('listitem')).toHaveText(['Slet ikke', 'I nogen grad', 'I middel grad', 'I høj grad', 'I meget høj grad']);
  await expect(scale).toContainText('Ved ikke / ikke relevant: Svarmuligheden står ikke i hæftet; den er appens tilføjelse.');
  await expect(page.getByRole('link', { name: '3366 5766' })).toHaveAttribute('href', 'tel:+4533665766');
  await expectAccessible(page, 'Om værktøjet');
});

test('Om værktøjet is reached by keyboard from the main navigation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogmøder' })).toBeVisible();
  const link = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Om værktøjet' });
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Om værktøjet/ })).toBeVisible();
  await expect(page.locator('main')).toBeFocused();
});

test('step 1’s “Sådan gør I” opens by keyboard with the booklet’s advice on the målgruppe and on answering beforehand', async ({ page }) => {
  await annaAndBoMeeting(page, 'Sådan gør I, Center for Ældre');
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 1: Besvar spørgeskemaet' })).toBeVisible();
  await expect(howTo(page).locator(':scope > summary')).toHaveText(/^Sådan gør I/);
  // Folded: the advice is not shown until the group asks for it.
  await expect(page.getByRole('heading', { name: 'Vælg målgruppe' })).toBeHidden();

  await openByKeyboard(page, 'Enter');
  const panel = howTo(page);
  await expect(panel.getByRole('heading', { level: 3, name: 'Vælg målgruppe' })).toBeVisible();
  await expect(panel).toContainText('skal I derfor først vælge, hvilket af de to spørgsmålssæt I vil besvare nu.');
  await expect(panel).toContainText(
    'Det kan være en fordel, at I hver især besvarer spørgsmålene som forberedelse til jeres møde, så I på selve mødet kan gå direkte i gang med dialogen.',
  );
  await expect(panel).toContainText('på en fempunktsskala fra Slet ikke til I meget høj grad');
  await expectAccessible(page, 'step 1 with “Sådan gør I” open');

  // Enter on the summary folds it again.
  await page.keyboard.press('Enter');
  await expect(panel).not.toHaveAttribute('open', '');
});

test('step 4’s “Sådan gør I” gives the booklet’s “fra ord til handling”', async ({ page }) => {
  await soloPlan(page, 'Handleplanen, Børnehuset Solsikken');
  await openByKeyboard(page, 'Space');
  const panel = howTo(page);
  await expect(panel.getByRole('heading', { level: 3, name: 'Fra ord til handling' })).toBeVisible();
  await expect(panel).toContainText('hvordan I kommer fra ord til handling – eller: hvordan I kommer helt i hus med sygefraværsopgaven på jeres arbejdsplads.');
  await expect(panel).toContainText('Der kan være noget, I kan sætte i værk med det samme, og så kan der være andet, som kræver yderligere drøftelse eller afklaring – måske i et andet regi.');
  await expectAccessible(page, 'step 4 with “Sådan gør I” open');
});

test('Om værktøjet, its styles and the guidance text work with the network gone after the first visit', async ({ page, context }) => {
  await visitUntilOfflineReady(page);
  await page.getByRole('button', { name: 'OK' }).click();
  const leaked = await cutNetwork(context);
  await page.reload();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Om værktøjet' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tidsforbrug' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('ca. 1½ time');
  // The screen's own stylesheet came from the cache too: the roles are laid out by it.
  await expect(page.locator('.about__roles dt').first()).toHaveCSS('font-weight', '700');
  expect(leaked).toEqual([]);
});
