/**
 * Own devices (issue #10): answers received by file work everywhere typed-in
 * answers do. A participant's answer file (sealed here to the invitation's
 * key, as a phone seals it: own-devices-files.spec.ts walks the phone's
 * screens) is loaded; that participant then votes in Trin 2, is named in the
 * plan's PDF, and survives a backup, "delete everything" and a restore with
 * their answers (the results read the same).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, workshopIdOf } from './fixtures';
import { downloadPdf, openPlanStep } from './plan-helpers';
import { pdfRawText, squash } from './pdf-text';
import { downloadFrom, storedWorkshops } from './safety-helpers';
import { chooseMode, createWorkshop, expectedResults, expectResultsShown, goToScoring, loadQuestionnaire, pattern } from './scoring-helpers';
import { TITLE } from './vote-helpers';
import { newResponseId, sealAnswers } from '../../src/own-devices/answer-code';
import { answerFileText } from '../../src/own-devices/answer-file';
import { decodeInvitation } from '../../src/own-devices/invitation';

const m1 = loadQuestionnaire('maalgruppe-1');
const LUKASZ = pattern('2 1 - 3 2 2   5 4 4   4 - 4 5   1 1 - 2   2 3 3 1 2 - 3 2   5 4 -', m1.questions.length);
const LABEL = 'Łukasz Wójcik (TR)';

/** The answer file a phone would hand in for `link`'s invitation. */
async function answerFile(link: string, path: string): Promise<void> {
  const decoded = decodeInvitation(link.split('#/svar/')[1] ?? '');
  if (!decoded.ok) throw new Error(decoded.problem);
  const set = {
    responseId: newResponseId(),
    questionnaire: decoded.invitation.questionnaire,
    name: 'Łukasz Wójcik',
    role: 'tr' as const,
    answers: LUKASZ.map((a) => a),
  };
  writeFileSync(path, answerFileText(await sealAnswers(set, decoded.invitation), decoded.invitation.title));
}

async function seeResults(page: Page, id: string): Promise<void> {
  await page.goto(`/#/moede/${id}/resultater`);
  await expectResultsShown(page, expectedResults(m1, [LUKASZ]));
}

test('a participant whose answers came by file votes in Trin 2, is in the PDF, and comes back from a backup', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await createWorkshop(page, 'Ledergruppen Vest', /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  await page.getByRole('button', { name: 'Inviter deltagere til at svare på egen telefon' }).click();
  await goToScoring(page);
  const id = workshopIdOf(page);
  const file = testInfo.outputPath('lukasz.json');
  await answerFile(await page.getByLabel('Link til spørgeskemaet').inputValue(), file);
  await page.getByLabel('Indlæs svarfiler (du kan vælge flere på én gang)').setInputFiles(file);
  await expect(page.locator('.own-devices__outcomes li')).toHaveText([`lukasz.json: svarene fra ${LABEL} er modtaget.`]);
  await seeResults(page, id);

  // Trin 2: a voter like any other.
  await page.getByRole('button', { name: 'Videre til Trin 2: Udvælg emner' }).click();
  await expect(page.locator('.vote-progress')).toHaveText('0 af 1 har stemt');
  await page.getByRole('button', { name: `Afgiv stemmer for ${LABEL}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Stemmer fra ${LABEL}` })).toBeVisible();
  for (const block of ['trivsel', 'samtaler'] as const) {
    await page.getByRole('button', { name: TITLE[block], exact: true }).click();
    await expect(page.getByRole('button', { name: TITLE[block], exact: true })).toHaveAttribute('aria-pressed', 'true');
  }
  await page.getByRole('button', { name: 'Færdig med at stemme', exact: true }).click();
  await expect(page.locator('.vote-progress')).toHaveText('1 af 1 har stemt');
  await page.getByRole('button', { name: 'Vis resultatet' }).click();
  await expect(page.locator('li.ranking__row[data-element="trivsel"] .ranking__meta')).toContainText('1 stemme');

  // The plan's PDF names them among the participants.
  await openPlanStep(page);
  const { path } = await downloadPdf(page, testInfo, 'plan');
  expect(squash(pdfRawText(path))).toContain(LABEL);

  // Backup, delete everything, restore: they and their answers are back.
  await page.getByRole('link', { name: 'Data og sikkerhed' }).click();
  const backup = await downloadFrom(page, () => page.getByRole('button', { name: 'Gem sikkerhedskopi af alt' }).click());
  await page.getByRole('button', { name: 'Slet alle dialogmøder på denne enhed' }).click();
  await page.getByRole('group', { name: 'Slet alle dialogmøder på denne enhed' }).getByRole('button', { name: 'Ja, slet alt' }).click();
  await expect.poll(async () => (await storedWorkshops(page)).length).toBe(0);
  const restore = page.getByRole('group', { name: 'Gendan fra en sikkerhedskopi' });
  await page.locator('#restore-file').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes });
  await restore.getByRole('button', { name: 'Gendan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'dialogmøde er gendannet.' })).toBeVisible();
  await seeResults(page, id);
  await page.goto(`/#/moede/${id}/besvar`);
  await expect(page.locator('li.picker__row')).toHaveText([new RegExp(LABEL.replace(/[()]/g, '\\$&'))]);
  // The invitation (and its key) came back too: the same file is known, not received twice.
  await page.getByLabel('Indlæs svarfiler (du kan vælge flere på én gang)').setInputFiles(file);
  await expect(page.locator('.own-devices__outcomes li')).toHaveText([
    `lukasz.json: Disse svar er allerede modtaget (${LABEL}) og tælles kun én gang. Intet er ændret.`,
  ]);
});
