/**
 * Own devices (issue #10), bad input: over two hundred answer files that
 * cannot be used — damaged on the way, cut short, for another meeting, for
 * another device's key, for another questionnaire, from a newer app, handed
 * in twice, or not answer files at all — are each refused with their
 * message, no error escapes, and the database is byte for byte what it was.
 * Also: the facilitator says how many are invited, and progress reads
 * "1 af 4 har afleveret".
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dumpDatabase } from './safety-helpers';
import { addParticipant, chooseMode, createWorkshop, goToScoring, loadQuestionnaire } from './scoring-helpers';
import type { AnswerSet } from '../../src/domain/own-device';
import { ANSWER_CODE_PREFIX, newInvitationId, newMeetingKeys, newResponseId, sealAnswers } from '../../src/own-devices/answer-code';
import { answerFileText } from '../../src/own-devices/answer-file';
import { fromBase45, toBase45 } from '../../src/own-devices/bytes';
import { decodeInvitation } from '../../src/own-devices/invitation';
import { damagedCodes } from '../own-devices/damaged-codes';

const m1 = loadQuestionnaire('maalgruppe-1');
const m2 = loadQuestionnaire('maalgruppe-2');

function answers(questionnaire: typeof m1, name: string): AnswerSet {
  return {
    responseId: newResponseId(),
    // Version 1 of each: the invitation the test decodes says which one the meeting uses.
    questionnaire: { id: questionnaire.id, version: 1 },
    name,
    role: 'tr',
    answers: questionnaire.questions.map((_, i) => ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5),
  };
}

const outcomes = (page: Page) => page.locator('.own-devices__outcomes li');
const filesField = (page: Page) => page.getByLabel('Indlæs svarfiler (du kan vælge flere på én gang)');

test('over 200 damaged or foreign answer files are refused one by one, and the database is unchanged', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await createWorkshop(page, 'Ledergruppen Vest', /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  await addParticipant(page, 'Maria', 'Leder');
  await goToScoring(page);
  await page.getByRole('button', { name: 'Inviter deltagere til at svare på egen telefon' }).click();

  // How many are invited: a wrong number is told and not kept; a right one is, and progress counts against it.
  const expected = page.getByLabel('Antal inviterede (kan udelades)');
  await expected.fill('0');
  await expect(page.getByText('Skriv et helt tal fra 1 til 100, eller lad feltet stå tomt.')).toBeVisible();
  await expect(page.getByText('Ingen svar modtaget endnu.')).toBeVisible();
  await expected.fill('4');
  await expect(page.getByText('0 af 4 har afleveret.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Antal inviterede (kan udelades)')).toHaveValue('4');

  const link = await page.getByLabel('Link til spørgeskemaet').inputValue();
  const decoded = decodeInvitation(link.split('#/svar/')[1]!);
  if (!decoded.ok) throw new Error(`the invitation link does not decode: ${decoded.problem}`);
  const invitation = decoded.invitation;
  const file = (name: string, text: string) => {
    const path = testInfo.outputPath(name);
    writeFileSync(path, text);
    return path;
  };

  // One participant hands in properly first, so a replay of those answers is among the bad files.
  const genuine = await sealAnswers(answers(m1, 'Łukasz Wójcik'), invitation);
  const genuineFile = file('lukasz.json', answerFileText(genuine, invitation.title));
  await filesField(page).setInputFiles(genuineFile);
  await expect(outcomes(page)).toHaveText(['lukasz.json: svarene fra Łukasz Wójcik (TR) er modtaget.']);
  await expect(page.getByText('1 af 4 har afleveret.')).toBeVisible();
  const before = await dumpDatabase(page);

  const otherKeys = await newMeetingKeys();
  const otherMeeting = { ...invitation, id: newInvitationId(), publicKey: otherKeys.publicKey };
  const sameIdOtherKey = { ...invitation, publicKey: otherKeys.publicKey };
  const newer = fromBase45(genuine.slice(ANSWER_CODE_PREFIX.length))!;
  newer[0] = 2;
  const foreign: Array<[string, string, string]> = [
    ['andet-moede.json', answerFileText(await sealAnswers(answers(m1, 'Ann'), otherMeeting), 'Andet møde'), 'Svarene hører til et andet dialogmøde.'],
    ['anden-enhed.json', answerFileText(await sealAnswers(answers(m1, 'Bo'), sameIdOtherKey), invitation.title), 'Svarene er krypteret til en anden enhed og kan kun læses der.'],
    ['maalgruppe-2.json', answerFileText(await sealAnswers(answers(m2, 'Cem'), invitation), invitation.title), 'Svarene er til et andet spørgeskema eller en anden udgave af det.'],
    ['nyere.json', answerFileText(ANSWER_CODE_PREFIX + toBase45(newer), invitation.title), 'Svarene er lavet med en nyere udgave af appen.'],
    ['igen.json', answerFileText(genuine, invitation.title), 'Disse svar er allerede modtaget (Łukasz Wójcik (TR)) og tælles kun én gang.'],
    ['backup.json', '{"format":"kom-i-hus-backup","version":3,"workshops":[]}', 'Filen er ikke en svarfil fra Kom i hus.'],
    ['halv.json', answerFileText(genuine, invitation.title).slice(0, 60), 'Filen er ikke en svarfil fra Kom i hus.'],
    ['stor.json', answerFileText(genuine, 'x'.repeat(30_000)), 'Filen er ikke en svarfil fra Kom i hus.'],
    ['tom.json', '', 'Filen er ikke en svarfil fra Kom i hus.'],
    ['billede.json', '\u0089PNG\r\n\u001a\n\u0000\u0000', 'Filen er ikke en svarfil fra Kom i hus.'],
    ['kode.txt', genuine, 'Filen er ikke en svarfil fra Kom i hus.'],
  ];
  const damaged = damagedCodes(genuine, { scale: 0.66, seed: Date.now(), longest: 19_000 });
  const paths = [
    ...foreign.map(([name, text]) => file(name, text)),
    ...damaged.map((code, i) => file(`skadet-${String(i + 1).padStart(3, '0')}.json`, answerFileText(code, invitation.title))),
  ];
  expect(paths.length).toBeGreaterThanOrEqual(200);

  await filesField(page).setInputFiles(paths);
  await expect(outcomes(page)).toHaveCount(paths.length, { timeout: 60_000 });
  await expect(page.locator('.own-devices__outcomes .own-devices__ok')).toHaveCount(0);
  for (const [i, [name, , message]] of foreign.entries()) {
    await expect(outcomes(page).nth(i)).toHaveText(`${name}: ${message}${message.endsWith('appen.') ? ' Genindlæs siden, når du har net, og prøv igen.' : ''} Intet er ændret.`);
  }
  const texts = await outcomes(page).allTextContents();
  for (const [i, text] of texts.slice(foreign.length).entries()) {
    expect(text, damaged[i]!.slice(0, 80)).toMatch(new RegExp(`^skadet-${String(i + 1).padStart(3, '0')}\\.json: .+ Intet er ændret\\.$`));
  }
  await expect(page.getByText('1 af 4 har afleveret.')).toBeVisible();
  await expect(page.locator('li.picker__row')).toHaveCount(2);
  expect(await dumpDatabase(page)).toBe(before);
});
