/**
 * Trin 1 on one shared tablet: a Trio (Maria, Jens, Sofie) answers Målgruppe 2
 * in turn. The hand-over screen must hide the previous answers, a reload in the
 * middle of Jens's turn must lose nothing, and the result must be exactly what
 * the three answered.
 */
import { expectAccessible, expect, test } from './fixtures';
import {
  addParticipant,
  answerAll,
  answerQuestions,
  blocksOf,
  BLOCK_TITLES,
  chooseMode,
  createWorkshop,
  expectAnswersChecked,
  expectBlockShown,
  expectedResults,
  expectNothingChecked,
  expectResultsShown,
  goToScoring,
  loadQuestionnaire,
  lowestBlocks,
  pattern,
  progressText,
  type Answer,
} from './scoring-helpers';
import type { Page } from '@playwright/test';

const m2 = loadQuestionnaire('maalgruppe-2');
const TOTAL = m2.questions.length; // 24
const groups = blocksOf(m2);

// Blocks of Målgruppe 2:  Tydelig ledelse 1–4 | Fælles ejerskab 5–9 | Trivsel 10–14 | Statistik 15–17 | Samtaler 18–20 | Tidlige indsatser 21–24
// '-' is "Ved ikke / ikke relevant". Question 16 is skipped by all three; Maria skips all of Ordentlig statistik.
const MARIA = pattern('4 5 4 3   3 4 - 4 3   2 3 3 2 1   - - -   3 4 2   5 4 4 3', TOTAL);
const JENS = pattern('2 3 1 2   5 5 4 5 4   3 - 4 2 2   1 - 2   4 4 5   2 1 - 1', TOTAL);
const SOFIE = pattern('5 5 4 5   4 3 4 - 4   4 4 5 3 3   2 - 1   2 3 4   4 4 4 4', TOTAL);

/** The hand-over screen for `label`: nothing of anyone's answers on it. */
async function expectHandover(page: Page, label: string, button: 'start' | 'fortsæt' | 'ret mine svar') {
  await expect(page.getByRole('heading', { level: 1, name: `Giv tabletten videre til ${label}`, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: `Jeg er ${label} – ${button}`, exact: true })).toBeVisible();
  // No scale, no selected answer, no progress and no question text of the previous person.
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.locator('input:checked')).toHaveCount(0);
  await expect(page.locator('fieldset.question')).toHaveCount(0);
  await expect(page.getByText(/besvaret$/)).toHaveCount(0);
  await expect(page.getByText(m2.questions[0]?.text ?? '?')).toHaveCount(0);
}

test('a Trio answers on one shared tablet: hidden hand-overs, a reload mid-turn, and the exact result', async ({ page }) => {
  await createWorkshop(page, 'Trioen i Børnehuset Ærtebjerg', /Målgruppe 2/);
  await chooseMode(page, 'Én delt tablet');
  await addParticipant(page, 'Maria', 'TR');
  await addParticipant(page, 'Jens', 'AMR');
  await addParticipant(page, 'Sofie', 'Leder');
  await expectAccessible(page, 'Opsætning, shared tablet with three participants');
  await goToScoring(page);

  // --- Maria
  await expectHandover(page, 'Maria (TR)', 'start');
  await expectAccessible(page, 'hand-over to Maria');
  await page.getByRole('button', { name: 'Jeg er Maria (TR) – start' }).click();
  await expect(page.getByText('Du svarer som Maria (TR)')).toBeVisible();
  await expect(progressText(page)).toHaveText(`0 af ${TOTAL} besvaret`);
  await expect(page.getByRole('navigation', { name: 'Byggesten i spørgeskemaet' }).getByRole('button')).toHaveCount(groups.length);
  await expectAccessible(page, 'questionnaire, first block');
  await answerAll(page, m2, MARIA, { fresh: true });

  // --- hand-over to Jens shows nothing of Maria's
  await expectHandover(page, 'Jens (AMR)', 'start');
  await expectAccessible(page, 'hand-over to Jens');
  await page.getByRole('button', { name: 'Jeg er Jens (AMR) – start' }).click();
  await expect(page.getByText('Du svarer som Jens (AMR)')).toBeVisible();
  await expect(progressText(page)).toHaveText(`0 af ${TOTAL} besvaret`);

  // Jens answers the first two blocks and two questions of the third, with nothing of Maria's pre-selected.
  const [ledelse, ejerskab, trivsel] = groups;
  if (!ledelse || !ejerskab || !trivsel) throw new Error('Målgruppe 2 has fewer than three blocks');
  const jensOf = (qs: typeof m2.questions) => qs.map((q) => JENS[m2.questions.indexOf(q)] as Answer);
  await expectBlockShown(page, ledelse.block);
  await expectNothingChecked(page, ledelse.questions);
  await answerQuestions(page, ledelse.questions, jensOf(ledelse.questions), 4, TOTAL);
  await page.getByRole('button', { name: 'Næste byggesten' }).click();
  await expectBlockShown(page, ejerskab.block);
  await expectNothingChecked(page, ejerskab.questions);
  await answerQuestions(page, ejerskab.questions, jensOf(ejerskab.questions), 9, TOTAL);
  await page.getByRole('button', { name: 'Næste byggesten' }).click();
  await expectBlockShown(page, trivsel.block);
  await expectNothingChecked(page, trivsel.questions);
  const firstTwo = trivsel.questions.slice(0, 2);
  await answerQuestions(page, firstTwo, jensOf(firstTwo), 11, TOTAL);

  // --- reload in the middle of Jens's turn: the hand-over comes back, then the same block with everything in place
  await page.reload();
  await expectHandover(page, 'Jens (AMR)', 'fortsæt');
  await page.getByRole('button', { name: 'Jeg er Jens (AMR) – fortsæt' }).click();
  await expectBlockShown(page, trivsel.block);
  await expect(page.getByRole('heading', { level: 2, name: BLOCK_TITLES['trivsel'] })).toBeVisible();
  await expect(progressText(page)).toHaveText(`11 af ${TOTAL} besvaret`);
  await expectAnswersChecked(page, firstTwo, jensOf(firstTwo));
  await expectNothingChecked(page, trivsel.questions.slice(2));
  await expect(page.getByRole('navigation', { name: 'Byggesten i spørgeskemaet' }).getByRole('button')).toHaveText([/4\/4$/, /5\/5$/, /2\/5$/, /0\/3$/, /0\/3$/, /0\/4$/]);
  // The earlier blocks kept their answers too.
  await page.getByRole('button', { name: 'Forrige byggesten' }).click();
  await expectBlockShown(page, ejerskab.block);
  await expectAnswersChecked(page, ejerskab.questions, jensOf(ejerskab.questions));
  await page.getByRole('button', { name: 'Næste byggesten' }).click();
  await expectBlockShown(page, trivsel.block);
  await expectAccessible(page, 'questionnaire after a reload');

  // Jens finishes from where he was.
  const rest = trivsel.questions.slice(2);
  await answerQuestions(page, rest, jensOf(rest), 14, TOTAL);
  let done = 14;
  for (const group of groups.slice(3)) {
    await page.getByRole('button', { name: 'Næste byggesten' }).click();
    await expectBlockShown(page, group.block);
    await expectNothingChecked(page, group.questions);
    done += group.questions.length;
    await answerQuestions(page, group.questions, jensOf(group.questions), done, TOTAL);
  }
  await page.getByRole('button', { name: 'Færdig', exact: true }).click();

  // --- Sofie
  await expectHandover(page, 'Sofie (leder)', 'start');
  await page.getByRole('button', { name: 'Jeg er Sofie (leder) – start' }).click();
  await expect(page.getByText('Du svarer som Sofie (leder)')).toBeVisible();
  await answerAll(page, m2, SOFIE, { fresh: true });

  await expect(page.getByRole('heading', { level: 1, name: 'Alle deltagere har svaret' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expectAccessible(page, 'all participants have answered');
  await page.getByRole('button', { name: 'Se jeres besvarelser' }).click();

  // --- results: computed here from the three patterns
  await expect(page.getByRole('heading', { level: 1, name: 'Jeres besvarelser' })).toBeVisible();
  await expect(page.getByText('3 af 3 deltagere har svaret færdig.')).toBeVisible();
  const expected = expectedResults(m2, [MARIA, JENS, SOFIE]);
  // Sanity of the fixture itself: question 16 has only skips; Ordentlig statistik has two respondents.
  expect(expected.questions[15]?.line).toBe('Ingen svar på skalaen · 3 ved ikke');
  expect(expected.blocks.find((b) => b.block === 'statistik')?.line).toMatch(/2 deltagere har svaret$/);
  await expectResultsShown(page, expected);
  const lowest = lowestBlocks(expected.blocks);
  await expect(page.getByRole('heading', { level: 3, name: 'Lavest scorede byggesten' }).locator('xpath=..').locator('li')).toHaveText(
    lowest.map((b) => `${BLOCK_TITLES[b.block]} – Gennemsnit ${b.line.match(/^Gennemsnit (\S+)/)?.[1]}`),
  );
  await expectAccessible(page, 'Jeres besvarelser');
});

// Issue #12, point 3: a fair shared tablet.
test('a fair tablet: no hidden-answers line before anyone answered, no way to the results mid-round, and "Ret mine svar" through the hand-over', async ({ page }) => {
  await createWorkshop(page, 'Trioen i Valby', /Målgruppe 2/);
  await chooseMode(page, 'Én delt tablet');
  await addParticipant(page, 'Maria', 'TR');
  await addParticipant(page, 'Jens', 'AMR');
  await goToScoring(page);

  // The first hand-over has nobody's answers to hide, so it does not claim to.
  await expectHandover(page, 'Maria (TR)', 'start');
  await expect(page.getByText('Tryk på knappen, når du har tabletten.', { exact: true })).toBeVisible();
  await expect(page.getByText(/forrige deltager/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Jeg er Maria (TR) – start' }).click();
  await answerAll(page, m2, MARIA, { fresh: true });

  // Jens's turn: his hand-over hides Maria's answers and offers no way to the results.
  await expectHandover(page, 'Jens (AMR)', 'start');
  await expect(page.getByText('Svarene fra den forrige deltager er skjult. Tryk på knappen, når du har tabletten.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Se jeres besvarelser/ })).toHaveCount(0);
  // Nor does the step navigation: the results and steps 2–4 show a gate that says how many have answered.
  const steps = page.getByRole('navigation', { name: 'Trin i dialogmødet' });
  const gate = page.getByRole('heading', { level: 1, name: 'Svarene er skjult, mens I svarer' });
  for (const link of ['Jeres besvarelser', 'Trin 2: Udvælg emner', 'Trin 3: Dialog']) {
    await steps.getByRole('link', { name: link }).click();
    await expect(gate).toBeVisible();
    await expect(page.getByText('1 af 2 deltagere har svaret færdig.')).toBeVisible();
    await expect(page.locator('li.bar')).toHaveCount(0);
  }
  await expectAccessible(page, 'the gate before the results');
  // A deliberate "Vis resultaterne nu" opens them, until the group goes back to answering; where the meeting resumes is unchanged.
  await steps.getByRole('link', { name: 'Jeres besvarelser' }).click();
  await page.getByRole('button', { name: 'Vis resultaterne nu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jeres besvarelser' })).toBeVisible();
  await expect(page.locator('li.bar')).toHaveCount(6);
  await steps.getByRole('link', { name: 'Trin 1: Besvar' }).click();
  await expectHandover(page, 'Jens (AMR)', 'start');
  await steps.getByRole('link', { name: 'Jeres besvarelser' }).click();
  await expect(gate).toBeVisible();
  await page.reload();
  await expect(gate).toBeVisible();
  await steps.getByRole('link', { name: 'Trin 1: Besvar' }).click();
  await expectHandover(page, 'Jens (AMR)', 'start');

  // Maria wants to change an answer: she takes the tablet back through the hand-over.
  await page.getByText('Har du svaret færdig og vil rette dine svar?').click();
  await page.getByRole('button', { name: 'Ret svarene for Maria (TR)' }).click();
  await expectHandover(page, 'Maria (TR)', 'ret mine svar');
  await expectAccessible(page, 'hand-over back to Maria');
  await page.getByRole('button', { name: 'Jeg er Maria (TR) – ret mine svar' }).click();
  await expect(page.getByText('Du svarer som Maria (TR)')).toBeVisible();
  await expect(progressText(page)).toHaveText(`${TOTAL} af ${TOTAL} besvaret`);
  // Her own answers, and only hers, are on the form; she changes question 1 from 4 to 2.
  const first = m2.questions[0]!;
  await expect(page.locator(`#question-${first.id}`).getByRole('radio', { name: 'I høj grad', exact: true })).toBeChecked();
  await page.locator(`#question-${first.id}`).getByRole('radio', { name: 'I nogen grad', exact: true }).check();
  await page.getByRole('navigation', { name: 'Byggesten i spørgeskemaet' }).getByRole('button').last().click();
  await page.getByRole('button', { name: 'Færdig', exact: true }).click();

  // Back to Jens, whose turn it still is; Maria's change is kept.
  await expectHandover(page, 'Jens (AMR)', 'start');
  await page.getByRole('button', { name: 'Jeg er Jens (AMR) – start' }).click();
  await answerAll(page, m2, JENS, { fresh: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Alle deltagere har svaret' })).toBeVisible();
  await page.getByText('Har du svaret færdig og vil rette dine svar?').click();
  await page.getByRole('button', { name: 'Ret svarene for Maria (TR)' }).click();
  await page.getByRole('button', { name: 'Jeg er Maria (TR) – ret mine svar' }).click();
  await expect(page.locator(`#question-${first.id}`).getByRole('radio', { name: 'I nogen grad', exact: true })).toBeChecked();
});
