/**
 * Own devices (issue #10), the participant's phone on its own: answers kept
 * through a reload with no network partway through; after handing in, the
 * answers can be read ("Se dine svar") and the code hides itself after a
 * minute; answers can be deleted while still being given, and from "Mine
 * besvarelser", each asked twice. The invitations are made here as the
 * facilitator's device makes them (own-devices-files.spec.ts takes the link
 * from the facilitator's screen).
 */
import type { Page } from '@playwright/test';
import { cutNetwork, expect, expectAccessible, test, visitUntilOfflineReady } from './fixtures';
import { answerQuestions, blocksOf, dismissOfflineNoticeNow, expectAnswersChecked, expectBlockShown, loadQuestionnaire, pattern, progressText, SCALE, SKIP } from './scoring-helpers';
import { newInvitationId, newMeetingKeys } from '../../src/own-devices/answer-code';
import { encodeInvitation } from '../../src/own-devices/invitation';

const m1 = loadQuestionnaire('maalgruppe-1');
const TOTAL = m1.questions.length;
const ANSWERS = pattern('2 1 - 3 2 2   5 4 4   4 - 4 5   1 1 - 2   2 3 3 1 2 - 3 2   5 4 -', TOTAL);
const blocks = blocksOf(m1);

async function link(title: string): Promise<string> {
  const keys = await newMeetingKeys();
  return `/#/svar/${encodeInvitation({ id: newInvitationId(), questionnaire: { id: m1.id, version: 1 }, title, date: '2026-12-03', publicKey: keys.publicKey })}`;
}

async function answerBlock(page: Page, g: number, doneBefore: number): Promise<number> {
  const group = blocks[g]!;
  await expectBlockShown(page, group.block);
  const done = doneBefore + group.questions.length;
  await answerQuestions(page, group.questions, group.questions.map((q) => ANSWERS[m1.questions.indexOf(q)]!), done, TOTAL);
  return done;
}

const heading = (page: Page, title: string) => page.getByRole('heading', { level: 1, name: `Svar på spørgeskemaet til ${title}` });

test('a participant reloads with no network partway and goes on; reads what they handed in; the code hides after a minute', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await visitUntilOfflineReady(page);
  await dismissOfflineNoticeNow(page);
  await page.goto(await link('Ledergruppen Nord'));
  await expect(heading(page, 'Ledergruppen Nord')).toBeVisible();
  await page.getByRole('button', { name: 'Begynd at svare' }).click();
  let done = await answerBlock(page, 0, 0);
  await page.getByRole('button', { name: 'Næste byggesten', exact: true }).click();
  await answerQuestions(page, blocks[1]!.questions.slice(0, 1), [ANSWERS[m1.questions.indexOf(blocks[1]!.questions[0]!)]!], done + 1, TOTAL);

  // No network, and the page is loaded again (a phone that dropped the tab): the answers are all there.
  await cutNetwork(context);
  await page.reload();
  await expect(heading(page, 'Ledergruppen Nord')).toBeVisible();
  await expect(progressText(page)).toHaveText(`${done + 1} af ${TOTAL} besvaret`);
  // It opens where the participant left off, the answer given there checked; the block before is as answered.
  const second = blocks[1]!.questions;
  await expectBlockShown(page, blocks[1]!.block);
  await expectAnswersChecked(page, second.slice(0, 1), [ANSWERS[m1.questions.indexOf(second[0]!)]!]);
  await page.getByRole('button', { name: 'Forrige byggesten', exact: true }).click();
  await expectAnswersChecked(page, blocks[0]!.questions, blocks[0]!.questions.map((q) => ANSWERS[m1.questions.indexOf(q)]!));
  await page.getByRole('button', { name: 'Næste byggesten', exact: true }).click();
  done = done + second.length;
  await answerQuestions(page, second.slice(1), second.slice(1).map((q) => ANSWERS[m1.questions.indexOf(q)]!), done, TOTAL);
  for (let g = 2; g < blocks.length; g++) {
    await page.getByRole('button', { name: 'Næste byggesten', exact: true }).click();
    done = await answerBlock(page, g, done);
  }
  await page.getByRole('button', { name: 'Færdig', exact: true }).click();
  await page.getByRole('button', { name: 'Aflever dine svar' }).click();
  await expect(page.getByRole('heading', { name: 'Dine svar er klar til mødelederen' })).toBeVisible();

  // "Se dine svar": every question with its answer, to read.
  const yours = page.locator('details.participant__answers');
  await yours.getByText('Se dine svar').click();
  const items = yours.getByRole('listitem');
  await expect(items).toHaveCount(TOTAL);
  for (const [i, q] of m1.questions.entries()) {
    const a = ANSWERS[i]!;
    await expect(items.nth(i)).toHaveText(`${q.text} ${a === 'skip' ? SKIP : `${a} – ${SCALE[a - 1]}`}`);
  }
  await expect(yours.getByRole('radio')).toHaveCount(0);
  await expectAccessible(page, 'participant: handed in, answers shown');

  // "Vis min kode" on a phone: the whole code comes into view, above any notice at the window's foot
  // (a code partly covered does not scan); shown for a minute, then hidden by itself.
  await page.setViewportSize({ width: 390, height: 664 });
  const code = page.getByRole('img', { name: 'QR-kode med dine krypterede svar' });
  await page.getByRole('button', { name: 'Vis min kode' }).click();
  await expect(code).toBeVisible();
  const whollyInView = () =>
    code.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const notices = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--notices-height')) || 0;
      return box.top >= 0 && box.bottom <= innerHeight - notices;
    });
  await expect.poll(whollyInView).toBe(true);
  await page.clock.fastForward(59_000);
  await expect(code).toBeVisible();
  await page.clock.fastForward(2_000);
  await expect(code).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vis min kode' })).toBeVisible();
});

test('answers are deleted while still being given, and from "Mine besvarelser", each only when asked twice', async ({ page }) => {
  await page.goto(await link('Ledergruppen Nord'));
  await page.getByRole('button', { name: 'Begynd at svare' }).click();
  await answerQuestions(page, blocks[0]!.questions.slice(0, 1), [3], 1, TOTAL);
  await page.goto(await link('MED-udvalget Syd'));
  await page.getByRole('button', { name: 'Begynd at svare' }).click();
  await answerQuestions(page, blocks[0]!.questions.slice(0, 2), [4, 5], 2, TOTAL);

  // While answering: "Slet mine svar fra telefonen", then "Ja, slet mine svar".
  await page.getByText('Slet mine svar fra telefonen').click();
  await expect(page.getByText('Du har ikke afleveret dem endnu. Det kan ikke fortrydes.')).toBeVisible();
  await page.getByRole('button', { name: 'Slet mine svar', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Ja, slet mine svar' })).toBeFocused();
  await expectAccessible(page, 'participant: asked before deleting answers in progress');
  await expect(progressText(page)).toHaveText(`2 af ${TOTAL} besvaret`);
  await page.getByRole('button', { name: 'Ja, slet mine svar' }).click();
  await expect(page.getByRole('button', { name: 'Begynd at svare' })).toBeVisible();

  // "Mine besvarelser": the other one, with its own delete.
  await page.getByRole('link', { name: 'Mine besvarelser' }).click();
  const entries = page.locator('.participant__list > li');
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText('Ledergruppen Nord');
  await expect(entries).toContainText('I gang: 1 besvaret');
  await entries.getByText('Slet mine svar fra telefonen').click();
  await expect(entries).toContainText('Du har ikke afleveret dem endnu. Det kan ikke fortrydes.');
  await entries.getByRole('button', { name: 'Slet mine svar', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Ja, slet mine svar' })).toBeFocused();
  await expectAccessible(page, 'Mine besvarelser: asked before deleting');
  await page.getByRole('button', { name: 'Ja, slet mine svar' }).click();
  await expect(entries).toHaveCount(0);
  await expect(page.getByText('Der er ingen besvarelser på denne telefon.')).toBeVisible();
});
