/**
 * "Vis på storskærm" (issue #12, point 1): the presenter view opens in a
 * window of its own for the projector, one thing per screen in type that
 * reads from 8 metres, with the same numbers as the normal screens; ← and →
 * change screens, Esc closes it and gives the focus back to the button; and it
 * follows the meeting as the facilitator moves on in the normal window. On a
 * shared tablet mid-round it shows no answers.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { loadQuestionnaire, pattern } from './scoring-helpers';
import { meeting, restoreMeetings } from './restore-helpers';
import { resultsToVoting, skipOfflineNotice, TITLE, type Block } from './vote-helpers';

test.use({ viewport: { width: 1920, height: 1080 } });

const m2 = loadQuestionnaire('maalgruppe-2');
const ANNA = pattern('4 4 3 4   3 3 4 3 3   2 3 3 - 2   4 5 4   2 2 3   3 4 3 3', m2.questions.length);
const BO = pattern('2 1 2 3   4 4 5 4 4   3 3 2 3 3   1 2 2   5 3 3   - 3 4 2', m2.questions.length);
const BLOCKS: Block[] = ['trivsel', 'statistik', 'samtaler', 'tidlige-indsatser', 'faelles-ejerskab', 'tydelig-ledelse'];

const presenterButton = (page: Page) => page.getByRole('button', { name: 'Vis på storskærm', exact: true });
const slideTitle = (popup: Page) => popup.getByRole('heading', { level: 1 });

async function fontPx(locator: Locator): Promise<number> {
  return locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

/** Uncaught errors in each presenter window, which a test expects to stay empty. */
const errorsIn = new WeakMap<Page, string[]>();

async function openPresenter(page: Page): Promise<Page> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), presenterButton(page).click()]);
  const errors: string[] = [];
  errorsIn.set(popup, errors);
  popup.on('pageerror', (error) => errors.push(error.message));
  await expect(popup).toHaveURL(/#\/moede\/[^/]+\/storskaerm$/);
  return popup;
}

/** Anna and Bo have answered (restored: the answering itself is Trin 1's tests), and the results are on screen. */
async function groupWithResults(page: Page): Promise<void> {
  await skipOfflineNotice(page);
  const people = [
    { name: 'Anna', role: 'leder', answers: ANNA },
    { name: 'Bo', role: 'tr', answers: BO },
  ] as const;
  await restoreMeetings(page, [meeting({ id: 'aertebjerg', title: 'Børnehuset Ærtebjerg', questionnaire: 'maalgruppe-2', questions: m2.questions, people, step: 'results' })]);
  await page.goto('/#/moede/aertebjerg/resultater');
  await expect(page.getByRole('heading', { level: 1, name: 'Jeres besvarelser' })).toBeVisible();
}

test('the presenter view shows the results in large type, moves with ← and →, follows the meeting through steps 2–4, and Esc gives the focus back', async ({ page }) => {
  test.setTimeout(120_000);
  await groupWithResults(page);
  const means = new Map<Block, string>();
  for (const block of BLOCKS) means.set(block, (await page.locator(`.bar[data-block="${block}"] .bar__value`).textContent()) ?? '');
  expect([...means.values()].every((m) => /^\d,\d$/.test(m))).toBe(true);

  const popup = await openPresenter(page);
  // It starts where the meeting is: the six blocks.
  await expect(slideTitle(popup)).toHaveText('Jeres besvarelser');
  for (const block of BLOCKS) {
    const card = popup.locator(`.slide-block[data-block="${block}"]`);
    await expect(card).toContainText(TITLE[block]);
    await expect(card.locator('.slide-block__mean')).toHaveText(means.get(block) ?? 'missing');
  }
  // Read from 8 metres: body text at least 32 px at 1920×1080, the numbers larger still.
  const body = await fontPx(popup.locator('.slide-block__range').first());
  const blockTitle = await fontPx(popup.locator('.slide-block__title').first());
  const number = await fontPx(popup.locator('.slide-block__mean').first());
  expect(body).toBeGreaterThanOrEqual(32);
  expect(blockTitle).toBeGreaterThanOrEqual(32);
  expect(number).toBeGreaterThan(body * 1.5);
  expect(await fontPx(popup.getByText('← og → skifter skærm · Esc lukker'))).toBeGreaterThanOrEqual(32);
  await expect(popup.getByRole('status')).toHaveText('Skærm 1 af 5');
  await expectAccessible(popup, 'presenter: blocks');

  await popup.keyboard.press('ArrowRight');
  await expect(slideTitle(popup)).toHaveText('Gode steder at starte dialogen');
  await expect(popup.getByRole('heading', { level: 2, name: 'Lavest scorede byggesten' })).toBeVisible();
  await expect(popup.getByRole('heading', { level: 2, name: 'Hvor I er mest uenige' })).toBeVisible();
  expect(await fontPx(popup.locator('.slide-list__question').first())).toBeGreaterThanOrEqual(32);
  await expectAccessible(popup, 'presenter: openers');
  await popup.keyboard.press('ArrowRight');
  await expect(slideTitle(popup)).toHaveText('Jeres prioritering');
  await expect(popup.getByText('Stemmerne vises her, når I viser resultatet på Trin 2.')).toBeVisible();
  await popup.keyboard.press('ArrowLeft');
  await expect(slideTitle(popup)).toHaveText('Gode steder at starte dialogen');
  await popup.keyboard.press('ArrowLeft');
  await popup.keyboard.press('ArrowLeft');
  await expect(slideTitle(popup)).toHaveText('Jeres besvarelser');

  // The facilitator moves on in the normal window: the presenter follows.
  await resultsToVoting(page);
  await expect(slideTitle(popup)).toHaveText('Jeres prioritering');
  await expect(popup.getByRole('status')).toHaveText('Skærm 3 af 5');
  for (const [who, blocks] of [['Anna (leder)', ['samtaler', 'statistik']], ['Bo (TR)', ['samtaler', 'trivsel']]] as const) {
    await page.getByRole('button', { name: `Afgiv stemmer for ${who}` }).click();
    for (const block of blocks) await page.getByRole('button', { name: TITLE[block], exact: true }).click();
    await page.getByRole('button', { name: 'Færdig med at stemme' }).click();
  }
  // Still hidden in the presenter view until the facilitator reveals it.
  await expect(popup.getByText('Stemmerne vises her, når I viser resultatet på Trin 2.')).toBeVisible();
  await page.getByRole('button', { name: 'Vis resultatet' }).click();
  const rows = popup.locator('.slide-ranking__row');
  await expect(rows.first()).toContainText(TITLE.samtaler);
  await expect(rows.first()).toContainText('2 stemmer');
  await expect(rows).toHaveCount(3);
  expect(await fontPx(popup.locator('.slide-ranking__label').first())).toBeGreaterThanOrEqual(32);
  await expectAccessible(popup, 'presenter: ranking');

  await page.getByRole('checkbox', { name: `Tag ${TITLE.samtaler} med i dialogen` }).check();
  await page.getByRole('checkbox', { name: `Tag ${TITLE.statistik} med i dialogen` }).check();
  await expect(rows.filter({ hasText: 'Med i dialogen' })).toHaveCount(2);
  await page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 3: Gå i dialog' })).toBeVisible();
  await expect(slideTitle(popup)).toHaveText(TITLE.samtaler);
  await expect(popup.getByText('Trin 3: Dialog · Byggesten 1 af 2')).toBeVisible();
  await expect(popup.locator('.slide-prompts > li')).toHaveCount(6);
  // The same time-box as the normal view's.
  await expect(popup.locator('.slide-clock .slide-number')).toHaveText((await page.locator('.timer__clock').textContent()) ?? 'missing');
  await expect(popup.getByText('Ikke startet')).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(popup.getByText('Tiden går')).toBeVisible();
  await expectAccessible(popup, 'presenter: dialogue');
  await page.getByRole('button', { name: 'Næste byggesten' }).click();
  await expect(slideTitle(popup)).toHaveText(TITLE.statistik);
  await expect(popup.getByRole('status')).toHaveText('Skærm 5 af 6');

  await page.getByLabel('Nyt forslag').fill('Fraværstal på hvert MED-møde');
  await page.getByRole('button', { name: 'Tilføj forslag' }).click();
  await page.getByRole('checkbox', { name: 'Til handleplan' }).check();
  await page.getByRole('button', { name: 'Videre til Trin 4: Lav en handleplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 4: Lav en handleplan' })).toBeVisible();
  await expect(popup.getByRole('heading', { level: 2, name: TITLE.statistik })).toBeVisible();
  await expect(popup.locator('.slide-plan__what')).toHaveText('Fraværstal på hvert MED-møde');
  await expectAccessible(popup, 'presenter: plan');
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByRole('status')).toHaveText('Skærm 6 af 6');

  // Esc leaves: the window closes and the focus is back on the button that opened it.
  await expect(presenterButton(page)).not.toBeFocused();
  expect(errorsIn.get(popup), 'uncaught errors in the presenter window').toEqual([]);
  const closed = popup.waitForEvent('close');
  // The window closes on the key press itself, so the press may not see its own end.
  await popup.keyboard.press('Escape').catch((error: unknown) => {
    if (!popup.isClosed()) throw error;
  });
  await closed;
  await expect(presenterButton(page)).toBeFocused();
});

test('on a shared tablet mid-round the presenter view shows no answers, until the results are opened', async ({ page }) => {
  test.setTimeout(90_000);
  // Anna has answered on the shared tablet (restored), Bo has not.
  await skipOfflineNotice(page);
  const people = [
    { name: 'Anna', role: 'leder', answers: ANNA },
    { name: 'Bo', role: 'tr' },
  ] as const;
  await restoreMeetings(page, [meeting({ id: 'sundby', title: 'Trioen i Sundby', questionnaire: 'maalgruppe-2', questions: m2.questions, people, step: 'score', mode: 'shared-device' })]);
  await page.goto('/#/moede/sundby/besvar');
  await expect(page.getByRole('heading', { name: 'Giv tabletten videre til Bo (TR)' })).toBeVisible();
  const popup = await openPresenter(page);
  await expect(slideTitle(popup)).toHaveText('Svarene er skjult, mens I svarer');
  await expect(popup.getByText('1 af 2 deltagere har svaret færdig.')).toBeVisible();
  await popup.keyboard.press('ArrowRight');
  await expect(slideTitle(popup)).toHaveText('Svarene er skjult, mens I svarer');
  await expect(popup.locator('.slide-block')).toHaveCount(0);
  await expectAccessible(popup, 'presenter: gate');

  await page.getByRole('navigation', { name: 'Trin i dialogmødet' }).getByRole('link', { name: 'Jeres besvarelser' }).click();
  await page.getByRole('button', { name: 'Vis resultaterne nu' }).click();
  await expect(slideTitle(popup)).toHaveText('Jeres besvarelser');
  await expect(popup.locator('.slide-block')).toHaveCount(6);
  expect(errorsIn.get(popup), 'uncaught errors in the presenter window').toEqual([]);
});
