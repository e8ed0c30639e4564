/**
 * Layout polish (issue #12 point 7), measured in the browser: radio cards
 * with the radio beside the label, long labels inside their card, question 1
 * on the first screen of a phone, the whiteboard counts under each other, and
 * nothing wider than a 390 px phone on any screen.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { addParticipant, chooseMode, createWorkshop, goToScoring, TITLE } from './vote-helpers';

const PHONE = { width: 390, height: 844 };

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`no box for ${locator.toString()}`);
  return b;
}

/** Nothing sticks out sideways: the page is no wider than the window. */
async function expectNoSidewaysScroll(page: Page, screen: string) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(widths.page, `page width on ${screen} at ${widths.window} px`).toBeLessThanOrEqual(widths.window);
}

/**
 * Every radio card in `scope`: the radio is left of its text and on the same line (boxes overlap vertically),
 * and the text stays inside the card.
 */
async function expectRadioCards(scope: Locator, what: string) {
  const cards = scope.locator('label.choice');
  const n = await cards.count();
  expect(n, `radio cards in ${what}`).toBeGreaterThan(1);
  for (let i = 0; i < n; i++) {
    const card = cards.nth(i);
    const radio = await box(card.locator('input[type="radio"]'));
    const text = await box(card.locator(':scope > span').first());
    const outer = await box(card);
    const name = (await card.innerText()).split('\n')[0];
    expect(radio.x + radio.width, `radio left of its text: ${name}`).toBeLessThanOrEqual(text.x + 0.5);
    expect(radio.y < text.y + text.height && text.y < radio.y + radio.height, `radio beside its text, not above it: ${name}`).toBe(true);
    expect(text.x + text.width, `text inside its card: ${name}`).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
    // And no line of the text runs past the card (a long word wraps).
    const overflow = await card.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `nothing runs out of the card: ${name}`).toBeLessThanOrEqual(0);
  }
}

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: PHONE });

  test('set-up: radio cards have the radio beside the label, long labels wrap inside, and nothing is wider than the phone', async ({ page }) => {
    await createWorkshop(page, 'Børnehuset Ærtebjerg', /Målgruppe 2/);
    await chooseMode(page, 'Møde med facilitator');
    await expectNoSidewaysScroll(page, 'Opsætning');
    await expectRadioCards(page.getByRole('group', { name: 'Målgruppe' }), 'Målgruppe');
    await expectRadioCards(page.getByRole('group', { name: 'Hvordan bruger I værktøjet?' }), 'the mode');
    await expectRadioCards(page.getByRole('group', { name: 'Tid til hele processen' }), 'the time');
    await expectAccessible(page, 'Opsætning at 390 px');
  });

  test('the header menu, and every screen of a workshop, fit in 390 px; question 1 is on the first screen', async ({ page }) => {
    await page.goto('/#/');
    await expectNoSidewaysScroll(page, 'Forside');
    // The menu's links all lie inside the window.
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    for (const link of await menu.getByRole('link').all()) {
      const b = await box(link);
      expect(b.x + b.width, `menu link ${await link.innerText()}`).toBeLessThanOrEqual(PHONE.width);
    }
    for (const path of ['/#/huset', '/#/om', '/#/data']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page, path);
    }

    await createWorkshop(page, 'Børnehuset Ærtebjerg', /Målgruppe 2/);
    await chooseMode(page, 'Møde med facilitator');
    await addParticipant(page, 'Anna', 'Leder');
    await goToScoring(page);
    await page.getByRole('button', { name: 'Indtast svar for Anna (leder)' }).click();
    await expect(page.getByRole('heading', { level: 2, name: TITLE['tydelig-ledelse'] })).toBeVisible();
    await expectNoSidewaysScroll(page, 'Trin 1');
    // The six block buttons take one row …
    const tabs = page.getByRole('navigation', { name: 'Byggesten i spørgeskemaet' }).getByRole('button');
    await expect(tabs).toHaveCount(6);
    const tops = await Promise.all((await tabs.all()).map(async (tab) => Math.round((await box(tab)).y)));
    expect(new Set(tops).size, 'rows of block buttons').toBe(1);
    // … so question 1 is on the first screen, without scrolling.
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = await box(page.locator('fieldset.question').first().locator('legend'));
    expect(first.y + first.height, 'bottom of question 1 at the top of the page').toBeLessThanOrEqual(PHONE.height);
    // A block button out of sight scrolls into view when it gets the keyboard's focus.
    await tabs.last().focus();
    const last = await box(tabs.last());
    expect(last.x + last.width, 'the last block button, focused').toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'Trin 1 at 390 px');

    await page.getByRole('link', { name: 'Jeres besvarelser' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jeres besvarelser' })).toBeVisible();
    await expectNoSidewaysScroll(page, 'Jeres besvarelser');
    await page.getByRole('link', { name: 'Trin 2: Udvælg emner' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page, 'Trin 2');
    for (const view of ['Trin 3: Dialog', 'Trin 4: Handleplan']) {
      await page.getByRole('navigation', { name: 'Trin i dialogmødet' }).getByRole('link', { name: view }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page, view);
    }
  });
});

test.describe('the whiteboard counts', () => {
  for (const viewport of [PHONE, { width: 1024, height: 768 }]) {
    test(`stand under each other at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await createWorkshop(page, 'Trioen på tavlen', /Målgruppe 1/);
      await chooseMode(page, 'Møde med facilitator');
      await addParticipant(page, 'Anna', 'Leder');
      await addParticipant(page, 'Bo', 'TR');
      await goToScoring(page);
      await page.getByRole('link', { name: 'Jeres besvarelser' }).click();
      await page.getByRole('link', { name: 'Trin 2: Udvælg emner' }).click();
      await page.getByRole('radio', { name: 'Vi tæller krydser på tavlen og taster tallene ind' }).check();
      const inputs = page.getByRole('spinbutton', { name: /^Antal krydser ved / });
      await expect(inputs).toHaveCount(6);
      const boxes = await Promise.all((await inputs.all()).map(box));
      const xs = boxes.map((b) => Math.round(b.x));
      const widths = boxes.map((b) => Math.round(b.width));
      expect(new Set(xs).size, `left edges of the counts: ${xs.join(', ')}`).toBe(1);
      expect(new Set(widths).size, `widths of the counts: ${widths.join(', ')}`).toBe(1);
      // Each count on the line of its own label (the long Trivsel label too).
      for (const [i, input] of (await inputs.all()).entries()) {
        const label = await box(page.locator(`label[for="${await input.getAttribute('id')}"]`));
        const b = boxes[i]!;
        expect(label.x + label.width, `label ${i + 1} left of its count`).toBeLessThanOrEqual(b.x);
        expect(label.y < b.y + b.height && b.y < label.y + label.height, `label ${i + 1} beside its count`).toBe(true);
      }
      await expectNoSidewaysScroll(page, 'Trin 2, whiteboard');
      await expectAccessible(page, `whiteboard counts at ${viewport.width} px`);
    });
  }
});
