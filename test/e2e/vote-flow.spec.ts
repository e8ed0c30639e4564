/**
 * Trin 2 from the votes to the dialogue without friction (issue #12, point 4):
 * the facilitator sees how many have voted, a ballot with votes left asks
 * before it is finished, the reveal suggests the top blocks that fit the
 * meeting's time (a tie at the cut is named, not broken) and writes nothing
 * until the facilitator takes it, the reset says what it clears and hands the
 * focus back, and a group without participants is never told "Alle har stemt".
 * (Empty whiteboard fields: vote-whiteboard.spec.ts; the tablet's hand-over: vote-shared-tablet.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, reloadWhenSaved, test } from './fixtures';
import { addParticipant, chooseMode, createWorkshop, TITLE, type Block } from './vote-helpers';

async function toStep2(page: Page) {
  await page.getByRole('navigation', { name: 'Trin i dialogmødet' }).getByRole('link', { name: 'Trin 2: Udvælg emner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 2: Udvælg emner I vil drøfte i fællesskab' })).toBeVisible();
}

const toggle = (page: Page, block: Block) => page.getByRole('button', { name: TITLE[block], exact: true });
const progress = (page: Page) => page.locator('.vote-progress');
const doneButton = (page: Page) => page.getByRole('button', { name: 'Færdig med at stemme', exact: true });
const choose = (page: Page, block: Block) => page.getByRole('checkbox', { name: `Tag ${TITLE[block]} med i dialogen` });

async function openBallot(page: Page, label: string) {
  await page.getByRole('button', { name: `Afgiv stemmer for ${label}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Stemmer fra ${label}` })).toBeVisible();
}

async function vote(page: Page, block: Block) {
  await toggle(page, block).click();
  await expect(toggle(page, block)).toHaveAttribute('aria-pressed', 'true');
}

test('a group votes on 15 minutes: progress, a warning for votes left, a suggestion that fits the time and names the tie, and a reset that says what it clears', async ({ page }) => {
  await createWorkshop(page, 'Trioen i Sundby', /Målgruppe 2/);
  await chooseMode(page, 'Møde med facilitator');
  await addParticipant(page, 'Anna', 'Leder');
  await addParticipant(page, 'Bo', 'TR');
  await addParticipant(page, 'Cai', 'AMR');
  // 15 minutes leave time for 2 blocks of at least 5 minutes each (timebox.ts blocksThatFit).
  await page.getByRole('radio', { name: 'Andet antal minutter' }).check();
  await page.getByRole('spinbutton', { name: 'Minutter' }).fill('15');
  await page.getByRole('spinbutton', { name: 'Minutter' }).blur();
  await toStep2(page);

  // ------------------------------------------------ 1. live progress beside the voters
  await expect(progress(page)).toHaveText('0 af 3 har stemt');

  // ------------------------------------------------ 2. votes left: ask first; Annuller gives the focus back
  await openBallot(page, 'Anna (leder)');
  await vote(page, 'trivsel');
  await doneButton(page).click();
  const question = page.getByRole('group', { name: 'Du har 1 stemme tilbage. Vil du stoppe alligevel?' });
  await expect(question).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ja, jeg er færdig' })).toBeFocused();
  await expectAccessible(page, 'step 2: ballot asks before finishing with a vote left');
  await page.getByRole('button', { name: 'Annuller' }).click();
  await expect(question).toHaveCount(0);
  await expect(doneButton(page)).toBeFocused();
  // With the ballot full there is nothing to ask.
  await vote(page, 'samtaler');
  await doneButton(page).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Deltagernes stemmer' })).toBeVisible();
  await expect(progress(page)).toHaveText('1 af 3 har stemt');

  await openBallot(page, 'Bo (TR)');
  await vote(page, 'trivsel');
  await vote(page, 'tidlige-indsatser');
  await doneButton(page).click();
  await expect(progress(page)).toHaveText('2 af 3 har stemt');

  // Cai stops with a vote left, by keyboard: Enter on "Færdig", Enter on "Ja, jeg er færdig".
  await openBallot(page, 'Cai (AMR)');
  await vote(page, 'trivsel');
  await doneButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Ja, jeg er færdig' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Deltagernes stemmer' })).toBeVisible();
  // A full ballot is what "har stemt" means: Cai still has a vote, so the round is not complete.
  await expect(progress(page)).toHaveText('2 af 3 har stemt');
  await expect(page.getByText('Mangler at stemme: Cai (AMR).')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Alle har stemt' })).toHaveCount(0);

  // ------------------------------------------------ 3. the suggestion after the reveal
  await page.getByRole('button', { name: 'Vis resultatet' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Resultatet' })).toBeVisible();
  // Trivsel 3 votes; Samtaler and Tidlige indsatser 1 each share 2nd place, and only one more fits.
  const suggestion = page.getByRole('group', { name: 'Forslag til dialogen' });
  await expect(suggestion).toContainText('Med 15 min. til mødet er der tid til 2 byggesten i dialogen.');
  await expect(suggestion).toContainText(`Flest stemmer: ${TITLE.trivsel}.`);
  await expect(suggestion).toContainText(`${TITLE.samtaler} og ${TITLE['tidlige-indsatser']} står lige – vælg selv.`);
  await expectAccessible(page, 'step 2: result with the suggestion');
  // Nothing is written by the reveal: no block is chosen, not even after a reload.
  const toDialogue = page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' });
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(toDialogue).toBeDisabled();
  await reloadWhenSaved(page);
  await expect(suggestion).toBeVisible();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);

  // Taking the suggestion chooses the untied top block; the focus goes to the result.
  await suggestion.getByRole('button', { name: 'Tag forslaget med i dialogen' }).click();
  await expect(choose(page, 'trivsel')).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(page.getByText('1 byggesten valgt til dialogen')).toBeVisible();
  await expect(suggestion).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Resultatet' })).toBeFocused();
  // The facilitator settles the tie.
  await choose(page, 'tidlige-indsatser').check();
  await expect(page.getByText('2 byggesten valgt til dialogen')).toBeVisible();
  await expect(toDialogue).toBeEnabled();

  // ------------------------------------------------ 5. the reset says what it clears; the focus goes to the options
  await page.locator('summary', { hasText: 'Sådan stemmer I' }).click();
  await page.getByRole('button', { name: 'Nulstil afstemningen' }).click();
  await expect(
    page.getByText(
      'Alle stemmer slettes, og de byggesten, I har valgt til dialogen, er ikke længere valgt. Jeres noter fra dialogen og handleplanen bliver. Vil I starte forfra?',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Ja, nulstil' }).click();
  await expect(page.locator('summary', { hasText: 'Sådan stemmer I' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'De seks byggesten' })).toBeEnabled();
  await expect(progress(page)).toHaveText('0 af 3 har stemt');
  await expect(page.getByRole('checkbox', { name: /med i dialogen$/ })).toHaveCount(0);
  await expectAccessible(page, 'step 2: after the reset');
});

test('a group with no participants is not told "Alle har stemt" but sent to Opsætning', async ({ page }) => {
  await createWorkshop(page, 'MED-udvalget uden deltagere', /Målgruppe 2/);
  await chooseMode(page, 'Møde med facilitator');
  await toStep2(page);
  await expect(page.getByText('Der er ingen deltagere endnu, så ingen kan stemme. Tilføj dem under Opsætning.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Alle har stemt' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vis resultatet' })).toHaveCount(0);
  await expect(progress(page)).toHaveCount(0);
  await expectAccessible(page, 'step 2: no participants');
  await page.getByRole('link', { name: 'Gå til Opsætning' }).click();
  await expect(page).toHaveURL(/#\/moede\/[^/]+\/opsaetning$/);
});
