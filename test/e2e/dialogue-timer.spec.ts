/**
 * Step 3's time-box and inspiration, on a page with Playwright's fake clock:
 * the countdown starts, pauses, gets five more minutes and says plainly when
 * the time is up; opening another block pauses the one left, and the
 * meeting's time left goes down while a block's time runs; on a phone the
 * timer sits above the prompts; the inspiration disclosure lists the block's offers.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, reloadWhenSaved, test } from './fixtures';
import { chooseAloneInStep2, chooseMode, createWorkshop, inspirationCount, TITLE } from './vote-helpers';

const BLOCK = 'tidlige-indsatser' as const;

/** A solo workshop (default budget 1½ hours) with one block chosen, on the step-3 screen. */
async function openDialogue(page: Page) {
  await createWorkshop(page, 'Lederen i Sydhavn', /Målgruppe 1/);
  await chooseMode(page, 'Alene – selvevaluering');
  await expect(page.getByRole('button', { name: 'Fjern leder', exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^1½ time/ })).toBeChecked();
  await page.getByRole('navigation', { name: 'Trin i dialogmødet' }).getByRole('link', { name: 'Trin 2: Udvælg emner' }).click();
  await chooseAloneInStep2(page, [BLOCK]);
  await page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE[BLOCK] })).toBeVisible();
}

test('the time-box starts, pauses, extends, and says when the time is up', async ({ page }) => {
  await page.clock.install();
  await openDialogue(page);
  // From here on time moves only when the test moves it.
  await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 1000));

  const timer = page.locator('section.timer');
  const clock = timer.locator('.timer__clock');
  const spoken = timer.locator('.visually-hidden');
  const timeUp = page.getByRole('alert').filter({ hasText: 'Tiden er gået for denne byggesten.' });
  const start = timer.getByRole('button', { name: 'Start', exact: true });
  const pause = timer.getByRole('button', { name: 'Pause', exact: true });
  const resume = timer.getByRole('button', { name: 'Fortsæt', exact: true });
  const extend = timer.getByRole('button', { name: '+5 minutter', exact: true });

  // 90 minutes in all: 45 % for the dialogue, 40 whole minutes for the one chosen block.
  await expect(timer.getByRole('heading', { name: 'Tid til denne byggesten' })).toBeVisible();
  await expect(timer).toContainText('40 min. pr. byggesten – ud af 90 min. i alt til mødet');
  await expect(clock).toHaveText('40:00');
  await expect(spoken).toHaveText('40:00 tilbage');
  await expect(pause).toHaveCount(0);

  // Nothing runs before Start.
  await page.clock.fastForward('05:00');
  await expect(clock).toHaveText('40:00');

  await start.click();
  await expect(pause).toBeVisible();
  // Let the page's own scheduling run (effects start after a frame), as a real tenth of a second would.
  await page.clock.runFor(100);
  await expect(start).toHaveCount(0);
  await page.clock.fastForward('10:00');
  await expect(clock).toHaveText('30:00');
  await expect(spoken).toHaveText('30:00 tilbage');

  // Paused, the clock stands still; "+5 minutter" works while paused.
  await pause.click();
  await expect(resume).toBeVisible();
  await page.clock.fastForward('10:00');
  await expect(clock).toHaveText('30:00');
  await extend.click();
  await expect(clock).toHaveText('35:00');

  // Resumed, it runs on from there — by keyboard.
  await resume.focus();
  await page.keyboard.press('Enter');
  await expect(pause).toBeVisible();
  await page.clock.runFor(100);
  await page.clock.fastForward('34:59');
  await expect(clock).toHaveText('0:01');
  await expect(timeUp).toHaveCount(0);

  // Time is up: said once in an alert, and the overtime counts up.
  await page.clock.fastForward('00:01');
  await expect(timeUp).toBeVisible();
  await expect(clock).toHaveText('+0:00');
  await page.clock.fastForward('02:00');
  await expect(clock).toHaveText('+2:00');
  await expect(spoken).toHaveText('2:00 over tiden');
  await expect(timer).toHaveClass(/timer--over/);

  // Five more minutes: 3 left, the alert is gone, and the clock still runs.
  await extend.click();
  await expect(clock).toHaveText('3:00');
  await expect(timeUp).toHaveCount(0);
  await expect(timer).not.toHaveClass(/timer--over/);
  await page.clock.fastForward('01:00');
  await expect(clock).toHaveText('2:00');
  // … and when those are used up too, the alert comes back.
  await page.clock.fastForward('03:00');
  await expect(clock).toHaveText('+1:00');
  await expect(timeUp).toBeVisible();

  // axe needs real timers: let time flow again (nothing below depends on exact seconds).
  await page.clock.resume();
  await expectAccessible(page, 'step 3: time is up');

  // "Nulstil" goes back to the block's full time, stopped.
  await timer.getByRole('button', { name: 'Nulstil', exact: true }).click();
  await expect(clock).toHaveText('40:00');
  await expect(start).toBeVisible();
  await page.clock.fastForward('05:00');
  await expect(clock).toHaveText('40:00');
});

test('the inspiration disclosure opens by keyboard and lists the block\'s items with their source', async ({ page }) => {
  await openDialogue(page);
  const expected = inspirationCount(BLOCK);
  expect(expected).toBeGreaterThanOrEqual(4);

  const summary = page.locator('details.inspiration > summary');
  await expect(summary).toHaveText(`Inspiration (${expected})`);
  const items = page.locator('details.inspiration li.inspiration__item');
  await expect(items.first()).toBeHidden();

  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details.inspiration')).toHaveAttribute('open', '');
  // A solo workshop: "dig", not "jer".
  await expect(page.getByText('Tilbud, kurser og erfaringer, der kan hjælpe dig videre med denne byggesten.')).toBeVisible();
  await expect(items).toHaveCount(expected);
  for (let i = 0; i < expected; i++) {
    const item = items.nth(i);
    await expect(item).toBeVisible();
    await expect(item.getByRole('heading', { level: 4 })).not.toBeEmpty();
    await expect(item.locator('.badge')).toHaveText(/^(Tilbud|Kursus|Inspirationskatalog|Eksempel \(2011\))$/);
    await expect(item.locator('p.hint')).toHaveText(/^Kilde: \S/);
  }
  // Fraværslinjen, Arbejdsmiljø København's phone line about absence, is among them.
  await expect(items.filter({ hasText: '3366 5766' })).not.toHaveCount(0);
  await expectAccessible(page, 'step 3: inspiration open');

  await page.keyboard.press('Enter');
  await expect(items.first()).toBeHidden();
});

test('a running time-box is paused by a visit to another block and keeps running through a reload', async ({ page }) => {
  await page.clock.install();
  await createWorkshop(page, 'Lederen på Amager', /Målgruppe 1/);
  await chooseMode(page, 'Alene – selvevaluering');
  await expect(page.getByRole('button', { name: 'Fjern leder', exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'Trin i dialogmødet' }).getByRole('link', { name: 'Trin 2: Udvælg emner' }).click();
  await chooseAloneInStep2(page, [BLOCK, 'statistik']);
  await page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 3: Gå i dialog' })).toBeVisible();
  const first = page.locator('.dialogue > h2');
  const firstTitle = await first.textContent();
  await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 1000));

  const timer = page.locator('section.timer');
  const clock = timer.locator('.timer__clock');
  // With the clock paused, the app's start-up timers run only when the test moves time:
  // a few steps of 20 ms (well under the half second that would change the clock's text).
  const reloadOnPausedClock = async () => {
    await reloadWhenSaved(page);
    await expect(async () => {
      await page.clock.runFor(20);
      await expect(timer).toBeVisible({ timeout: 50 });
    }).toPass({ intervals: [0] });
    await page.clock.runFor(100); // effects (the ticking interval) start after a frame
  };
  // 90 minutes, two blocks: 20 minutes each.
  await expect(clock).toHaveText('20:00');
  await timer.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(timer.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.clock.runFor(100);
  await page.clock.fastForward('05:00');
  await expect(clock).toHaveText('15:00');

  // The next block has its own time, not started; the first is paused meanwhile (#12 point 5: time moves with the agenda).
  await page.getByRole('button', { name: 'Næste byggesten' }).click();
  await expect(first).not.toHaveText(firstTitle ?? '');
  await expect(clock).toHaveText('20:00');
  await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await page.clock.fastForward('02:00');
  await page.getByRole('button', { name: 'Forrige byggesten' }).click();
  await expect(first).toHaveText(firstTitle ?? '');
  await expect(clock).toHaveText('15:00');
  await timer.getByRole('button', { name: 'Fortsæt', exact: true }).click();
  await expect(timer.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.clock.runFor(100);
  await page.clock.fastForward('02:00');
  await expect(clock).toHaveText('13:00');

  // A reload (or the update prompt) does not restart it.
  await reloadOnPausedClock();
  await expect(first).toHaveText(firstTitle ?? '');
  await page.clock.fastForward('03:00');
  await expect(clock).toHaveText('10:00');
  await timer.getByRole('button', { name: 'Pause', exact: true }).click();
  // As a person would: the pause has taken (the button says "Fortsæt") before time moves on and the page reloads.
  // Reloading while the write is still under way was this test's own race, not the app's (issue #18).
  await expect(timer.getByRole('button', { name: 'Fortsæt', exact: true })).toBeVisible();
  await expect(clock).toHaveText('10:00');
  await page.clock.fastForward('10:00');
  await expect(clock).toHaveText('10:00');
  await reloadOnPausedClock();
  await expect(clock).toHaveText('10:00');
  await expect(timer.getByRole('button', { name: 'Fortsæt', exact: true })).toBeVisible();

  // "Nulstil" brings back the full, stopped time — also after a reload.
  await timer.getByRole('button', { name: 'Nulstil', exact: true }).click();
  await expect(clock).toHaveText('20:00');
  await reloadOnPausedClock();
  await expect(clock).toHaveText('20:00');
  await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await page.clock.resume();
});

/** A solo workshop (1½ hours) with Systematiske samtaler and Tidlige indsatser chosen, on the step-3 screen. */
async function openTwoBlocks(page: Page, name: string) {
  await createWorkshop(page, name, /Målgruppe 1/);
  await chooseMode(page, 'Alene – selvevaluering');
  await expect(page.getByRole('button', { name: 'Fjern leder', exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'Trin i dialogmødet' }).getByRole('link', { name: 'Trin 2: Udvælg emner' }).click();
  await chooseAloneInStep2(page, ['samtaler', BLOCK]);
  await page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 3: Gå i dialog' })).toBeVisible();
}

test('time moves with the agenda: opening another block pauses the one left, and the meeting’s time left runs with the blocks', async ({ page }) => {
  await page.clock.install();
  await openTwoBlocks(page, 'Lederen i Valby');
  const heading = page.locator('.dialogue > h2');
  await expect(heading).not.toBeEmpty();
  const titleA = (await heading.textContent()) ?? '';
  await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 1000));

  const timer = page.locator('section.timer');
  const clock = timer.locator('.timer__clock');
  const start = timer.getByRole('button', { name: 'Start', exact: true });
  const pause = timer.getByRole('button', { name: 'Pause', exact: true });
  const resume = timer.getByRole('button', { name: 'Fortsæt', exact: true });
  const status = page.locator('.dialogue__paused');
  const tabs = page.getByRole('navigation', { name: 'Byggesten i dialogen' });
  // Under the step's heading: 90 minutes, two blocks of 20 – step 3 and step 4 (18 minutes) have 58 of them.
  const meeting = page.locator('h1 + .meeting-time .meeting-time__left');
  await expect(meeting).toHaveText('Mødet: 58 min. tilbage af 1½ time');
  await page.clock.fastForward('05:00');
  await expect(meeting).toHaveText('Mødet: 58 min. tilbage af 1½ time');

  // Block A runs for ten minutes; the meeting's time goes down with it.
  await start.click();
  await expect(pause).toBeVisible();
  await page.clock.runFor(100);
  await page.clock.fastForward('10:00');
  await expect(clock).toHaveText('10:00');
  await expect(meeting).toHaveText('Mødet: 48 min. tilbage af 1½ time');

  // Opening block B (its tab) pauses A at that moment, says so politely, and offers B's Start as the next thing.
  await tabs.getByRole('button', { name: /^2\./ }).click();
  // A frame passes: the paused clock holds back requestAnimationFrame, and with it the step's effects (the heading's focus).
  await page.clock.runFor(100);
  await expect(heading).not.toHaveText(titleA);
  const titleB = (await heading.textContent()) ?? '';
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText(`Tiden for ${titleA} er sat på pause. Start tiden for ${titleB}, når I er klar.`);
  await expect(clock).toHaveText('20:00');
  await expect(start).toBeVisible();
  await expect(start).toHaveClass(/button--primary/);
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(start).toBeFocused();

  // Nothing runs now: neither A's time nor the meeting's moves.
  await page.clock.fastForward('05:00');
  await expect(clock).toHaveText('20:00');
  await expect(meeting).toHaveText('Mødet: 48 min. tilbage af 1½ time');
  await expectAccessibleOnRealClock(page, 'step 3: the previous block paused');

  // Back on A: it stood still at 10:00 from the moment of the switch, ready to resume; nothing was paused this time.
  await page.getByRole('button', { name: 'Forrige byggesten' }).click();
  await expect(heading).toHaveText(titleA);
  await expect(clock).toHaveText('10:00');
  await expect(resume).toBeVisible();
  await expect(status).toBeEmpty();

  // B's time started by keyboard (heading, Tab, Enter); starting clears the status line.
  await page.getByRole('button', { name: 'Næste byggesten' }).click();
  await expect(heading).toHaveText(titleB);
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(pause).toBeVisible();
  await page.clock.runFor(100);
  await expect(status).toBeEmpty();
  await page.clock.fastForward('03:00');
  await expect(clock).toHaveText('17:00');
  await expect(meeting).toHaveText('Mødet: 45 min. tilbage af 1½ time');

  // Leaving B for A pauses B; A offers to go on where it stopped.
  await tabs.getByRole('button', { name: /^1\./ }).click();
  await expect(heading).toHaveText(titleA);
  await expect(status).toHaveText(`Tiden for ${titleB} er sat på pause. Fortsæt tiden for ${titleA}, når I er klar.`);
  await expect(resume).toBeVisible();
  await page.clock.fastForward('04:00');
  await expect(meeting).toHaveText('Mødet: 45 min. tilbage af 1½ time');
  await page.getByRole('button', { name: 'Næste byggesten' }).click();
  await expect(clock).toHaveText('17:00');
  await page.clock.resume();
});

/** axe needs real timers; the paused page clock is let go while it runs. */
async function expectAccessibleOnRealClock(page: Page, label: string) {
  await page.clock.resume();
  await expectAccessible(page, label);
  await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 1000));
}

test('on a phone the block’s timer sits above the prompts; on a wide screen it heads the side column', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDialogue(page);
  const timer = page.locator('section.timer');
  const firstPrompt = page.locator('.dialogue__main .field').first();
  await expect(firstPrompt).toBeVisible();
  const timerBox = await timer.boundingBox();
  const promptBox = await firstPrompt.boundingBox();
  expect(timerBox && promptBox && timerBox.y < promptBox.y).toBe(true);

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(async () => {
    const wideTimer = await timer.boundingBox();
    const widePrompt = await firstPrompt.boundingBox();
    expect(wideTimer && widePrompt && wideTimer.x > widePrompt.x + widePrompt.width).toBe(true);
  }).toPass();
});
