/**
 * Trin 1 in a meeting with a facilitator (Målgruppe 1): the facilitator types
 * in answers per participant from the list, marks someone as answering later,
 * leaves someone half done, and the result says who is missing — by name, or
 * not at all in the anonymous view. Plus the set-up checks and removing a
 * participant who has answered.
 */
import { expectAccessible, expect, test } from './fixtures';
import {
  addParticipant,
  answerAll,
  answerQuestions,
  blocksOf,
  chooseMode,
  createWorkshop,
  expectBlockShown,
  expectedResults,
  expectResultsShown,
  dismissOfflineNoticeNow,
  goToScoring,
  loadQuestionnaire,
  pattern,
  progressText,
  type Answer,
} from './scoring-helpers';
import type { Page } from '@playwright/test';

const m1 = loadQuestionnaire('maalgruppe-1');
const TOTAL = m1.questions.length; // 28
const groups = blocksOf(m1);

// Blocks of Målgruppe 1: Tydelig ledelse 1–6 | Fælles ejerskab 7–9 | Trivsel 10–13 | Statistik 14–17 | Samtaler 18–25 | Tidlige indsatser 26–28
const MARIA = pattern('4 4 3 5 4 4   3 3 4   2 2 3 2   3 4 3 4   4 4 5 3 4 4 3 4   2 3 3', TOTAL);
const AHMED = pattern('2 1 - 3 2 2   5 4 4   4 - 4 5   1 1 - 2   2 3 3 1 2 - 3 2   5 4 -', TOTAL);
/** Peter answers the first block and two questions of the second, then stops. */
const PETER_DONE = pattern('5 5 2 4 5 5   1 2', 8);
const PETER: Array<Answer | undefined> = [...PETER_DONE, ...Array<undefined>(TOTAL - PETER_DONE.length).fill(undefined)];
const NOBODY: Array<Answer | undefined> = [];

function problems(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'Før I kan gå videre:' });
}

function pickerRow(page: Page, label: string) {
  return page.locator('li.picker__row').filter({ has: page.getByText(label, { exact: true }) });
}

test('set-up checks: no participants, and two participants with the same name', async ({ page }) => {
  await createWorkshop(page, 'Ledergruppen, Center for Ældre', /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');

  await goToScoring(page);
  await expect(problems(page)).toBeVisible();
  await expect(problems(page).getByRole('listitem')).toHaveText(['Tilføj mindst én deltager.']);
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  await expectAccessible(page, 'Opsætning with "Tilføj mindst én deltager."');

  await addParticipant(page, 'Maria', 'Leder');
  await addParticipant(page, 'maria', 'TR');
  // Names are compared without case; the list of problems follows the participants as they change.
  const duplicate = 'Navnet »Maria« står flere gange. Giv deltagerne forskellige navne, fx med et efternavn.';
  await expect(problems(page).getByRole('listitem')).toHaveText([duplicate]);
  await goToScoring(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  await expect(problems(page).getByRole('listitem')).toHaveText([duplicate]);
  await expectAccessible(page, 'Opsætning with a duplicate name');

  await page.getByLabel('Navn på deltager 2 (valgfrit)', { exact: true }).fill('Maria Hansen');
  await expect(page.getByRole('button', { name: 'Fjern Maria Hansen (TR)' })).toBeVisible();
  await expect(problems(page)).toHaveCount(0);
  await goToScoring(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 1: Besvar spørgeskemaet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Indtast svar for Maria (leder)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Indtast svar for Maria Hansen (TR)' })).toBeVisible();
});

// The set-up screen means to move focus to the list of problems (so a keyboard or screen-reader user lands on
// what to fix), and does so from the second press on; this checks the very first press.
test('a new participant takes the group’s usual role, and a named "Andet" is the name alone', async ({ page }) => {
  await createWorkshop(page, 'Ledergruppen i Valby', /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  for (const n of [1, 2, 3]) {
    await page.getByRole('button', { name: 'Tilføj deltager' }).click();
    // Målgruppe 1 is a leadership group: everyone starts as a leader.
    await expect(page.getByLabel(`Rolle for deltager ${n}`, { exact: true })).toHaveValue('leder');
  }
  await page.getByLabel('Navn på deltager 3 (valgfrit)', { exact: true }).fill('Kim');
  await page.getByLabel('Rolle for deltager 3', { exact: true }).selectOption({ label: 'Andet' });
  await expect(page.getByRole('button', { name: 'Fjern Kim', exact: true })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('(andet)');
});

test('the first press on "Gå til Trin 1" with a problem moves focus to the list of problems', async ({ page }) => {
  await createWorkshop(page, 'Ledergruppen Nord', /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  // The one-time "Klar til brug uden net" toast is put away first: its "OK" would take the focus.
  await dismissOfflineNoticeNow(page);
  await page.getByRole('button', { name: 'Gå til Trin 1: Besvar spørgeskemaet' }).focus();
  await page.keyboard.press('Enter');
  await expect(problems(page)).toBeVisible();
  await expect(problems(page)).toBeFocused();
});

test('a facilitator enters answers for two, marks one "Svarer senere", leaves one half done, and sees the result', async ({ page }) => {
  await createWorkshop(page, 'Ledergruppen, Center for Ældre', /Målgruppe 1/);
  // Put away the one-time offline toast now, so its "OK" never takes the focus the checks below look for.
  await dismissOfflineNoticeNow(page);
  await chooseMode(page, 'Møde med facilitator');
  await addParticipant(page, 'Maria', 'Leder');
  await addParticipant(page, 'Ahmed', 'MED-medlem');
  await addParticipant(page, 'Lone', 'AMR');
  await addParticipant(page, 'Peter', 'TR');
  await expectAccessible(page, 'Opsætning, group of four');
  await goToScoring(page);

  // The facilitator's list: everyone not started yet.
  await expect(page.getByRole('heading', { level: 2, name: 'Deltagernes svar' })).toBeVisible();
  await expect(page.locator('li.picker__row')).toHaveCount(4);
  await expect(page.locator('.picker__status')).toHaveText(['Ikke begyndt', 'Ikke begyndt', 'Ikke begyndt', 'Ikke begyndt']);
  await expectAccessible(page, 'participant list');

  // Maria, then Ahmed, all 28 each.
  await page.getByRole('button', { name: 'Indtast svar for Maria (leder)' }).click();
  await expect(page.getByText('Du svarer som Maria (leder)')).toBeVisible();
  await expectAccessible(page, 'questionnaire for Maria');
  await answerAll(page, m1, MARIA, { fresh: true });
  await expect(pickerRow(page, 'Maria (leder)').locator('.picker__status')).toHaveText('Færdig');

  await page.getByRole('button', { name: 'Indtast svar for Ahmed (MED-medlem)' }).click();
  await expect(page.getByText('Du svarer som Ahmed (MED-medlem)')).toBeVisible();
  await answerAll(page, m1, AHMED, { fresh: true });
  await expect(pickerRow(page, 'Ahmed (MED-medlem)').locator('.picker__status')).toHaveText('Færdig');

  // Lone answers later.
  await page.getByRole('checkbox', { name: 'Svarer senere: Lone (AMR)' }).check();
  await expect(pickerRow(page, 'Lone (AMR)').locator('.picker__status')).toHaveText('Svarer senere');

  // Peter: eight answers, then the facilitator jumps to the last block and stops.
  await page.getByRole('button', { name: 'Indtast svar for Peter (TR)' }).click();
  const [ledelse, ejerskab] = groups;
  const last = groups[groups.length - 1];
  if (!ledelse || !ejerskab || !last) throw new Error('Målgruppe 1 has too few blocks');
  await expectBlockShown(page, ledelse.block);
  await answerQuestions(page, ledelse.questions, PETER_DONE.slice(0, 6), 6, TOTAL);
  await page.getByRole('button', { name: 'Næste byggesten' }).click();
  await expectBlockShown(page, ejerskab.block);
  await answerQuestions(page, ejerskab.questions.slice(0, 2), PETER_DONE.slice(6), 8, TOTAL);
  await page.getByRole('navigation', { name: 'Byggesten i spørgeskemaet' }).getByRole('button', { name: /^Tidlige indsatser/ }).click();
  await expectBlockShown(page, last.block);
  await expect(page.getByText('20 spørgsmål er ikke besvaret endnu. Du kan godt afslutte og vende tilbage.')).toBeVisible();
  await page.getByRole('button', { name: 'Færdig' }).click();
  await expect(pickerRow(page, 'Peter (TR)').locator('.picker__status')).toHaveText('8 af 28');
  await expect(page.getByRole('button', { name: 'Fortsæt med Peter (TR)' })).toBeVisible();
  await expect(page.locator('.picker__status')).toHaveText(['Færdig', 'Færdig', 'Svarer senere', '8 af 28']);
  await expectAccessible(page, 'participant list with everyone handled');

  // To the result: a warning names the two who have not finished.
  await page.getByRole('button', { name: 'Se jeres besvarelser' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Ikke alle har svaret færdig' });
  await expect(warning).toHaveText(/Ikke alle har svaret færdig: Lone \(AMR\) og Peter \(TR\)\. Resultaterne viser kun de svar, der er givet\./);
  await expect(warning).toBeFocused();
  await expectAccessible(page, 'missing-answers warning');
  await page.getByRole('button', { name: 'Se besvarelserne alligevel' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Jeres besvarelser' })).toBeVisible();
  const participation = page.locator('.participation');
  await expect(participation).toHaveText('2 af 4 deltagere har svaret færdig. Mangler: Lone (AMR) og Peter (TR).');
  await expectResultsShown(page, expectedResults(m1, [MARIA, AHMED, NOBODY, PETER]));
  // Tydelig ledelse by hand: Maria 4+4+3+5+4+4, Ahmed 2+1+3+2+2 (one skip), Peter 5+5+2+4+5+5 = 24+10+26 = 60 / 17.
  await expect(page.locator('li.bar[data-block="tydelig-ledelse"] .bar__text')).toHaveText('Gennemsnit 3,5 · laveste 1, højeste 5 · 3 deltagere har svaret');
  // Samtaler: only Maria and Ahmed.
  await expect(page.locator('li.bar[data-block="samtaler"] .bar__text')).toHaveText(/· 2 deltagere har svaret$/);
  await expectAccessible(page, 'Jeres besvarelser with names');

  // The anonymous view: the names of those missing disappear from the screen.
  const anonymous = page.getByRole('checkbox', { name: 'Skjul navne (anonym visning til fælles skærm)' });
  await anonymous.check();
  await expect(participation).toHaveText('2 af 4 deltagere har svaret færdig. 2 deltagere mangler.');
  for (const name of ['Maria', 'Ahmed', 'Lone', 'Peter']) await expect(page.locator('body')).not.toContainText(name);
  await expectAccessible(page, 'Jeres besvarelser, anonymous');
  await page.reload();
  await expect(anonymous).toBeChecked();
  await expect(participation).toHaveText('2 af 4 deltagere har svaret færdig. 2 deltagere mangler.');
  for (const name of ['Lone', 'Peter']) await expect(page.locator('body')).not.toContainText(name);
  // Step 1's list of participants keeps the view: numbers, no names and no roles (issue #17).
  const steps = page.getByRole('navigation', { name: 'Trin i dialogmødet' });
  await steps.getByRole('link', { name: 'Trin 1: Besvar' }).click();
  // Step 1 resumes with Peter, who is half done: he is participant 4 on screen.
  await expect(page.getByText('Du svarer som Deltager 4', { exact: true })).toBeVisible();
  for (const name of ['Maria', 'Ahmed', 'Lone', 'Peter', '(leder)', '(TR)', '(AMR)']) await expect(page.locator('main')).not.toContainText(name);
  await expectAccessible(page, 'Trin 1, anonymous');
  await steps.getByRole('link', { name: 'Jeres besvarelser' }).click();
  await anonymous.uncheck();
  await expect(participation).toHaveText('2 af 4 deltagere har svaret færdig. Mangler: Lone (AMR) og Peter (TR).');

  // Removing someone who has answered asks first; "Annuller" keeps them and their answers.
  await page.getByRole('link', { name: 'Opsætning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  await page.getByRole('button', { name: 'Fjern Peter (TR)' }).click();
  const confirm = page.getByRole('group', { name: 'Fjern Peter (TR)' });
  await expect(confirm).toContainText('Peter (TR) har allerede svaret. Vil I fjerne deltageren og deltagerens svar?');
  await expect(confirm.getByRole('button', { name: 'Annuller' })).toBeFocused();
  await expectAccessible(page, 'remove confirmation');
  await confirm.getByRole('button', { name: 'Annuller' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByLabel('Navn på deltager 4 (valgfrit)', { exact: true })).toHaveValue('Peter');

  // Lone has no answers: she goes at once, without a question.
  await page.getByRole('button', { name: 'Fjern Lone (AMR)' }).click();
  await expect(page.getByRole('button', { name: 'Ja, fjern' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Fjern Lone (AMR)' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Lone (AMR) er fjernet.' })).toBeAttached();

  await page.getByRole('button', { name: 'Fjern Peter (TR)' }).click();
  await page.getByRole('group', { name: 'Fjern Peter (TR)' }).getByRole('button', { name: 'Ja, fjern' }).click();
  await expect(page.getByRole('button', { name: 'Fjern Peter (TR)' })).toHaveCount(0);
  await expect(page.getByLabel(/^Navn på deltager \d+ \(valgfrit\)$/)).toHaveCount(2);

  // The result no longer counts Peter's answers.
  await page.getByRole('link', { name: 'Jeres besvarelser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jeres besvarelser' })).toBeVisible();
  await expect(participation).toHaveText('2 af 2 deltagere har svaret færdig.');
  await expectResultsShown(page, expectedResults(m1, [MARIA, AHMED]));
  await expect(page.locator('li.bar[data-block="tydelig-ledelse"] .bar__text')).toHaveText('Gennemsnit 3,1 · laveste 1, højeste 5 · 2 deltagere har svaret');
  await expect(progressText(page)).toHaveCount(0);
});
