/**
 * Own devices (issue #10), by file: the facilitator invites, three
 * participants answer on their own "phones" (separate browser contexts, one
 * of them offline), each hands in a file, and the facilitator loads all three
 * plus one of them a second time. The same answers count once and are told
 * so; the results then hold everyone's answers.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { cutNetwork, expect, expectAccessible, test } from './fixtures';
import { downloadFrom } from './safety-helpers';
import {
  addParticipant,
  answerAll,
  chooseMode,
  createWorkshop,
  dismissOfflineNoticeNow,
  expectedResults,
  expectResultsShown,
  goToScoring,
  loadQuestionnaire,
  pattern,
  type Answer,
} from './scoring-helpers';

const m1 = loadQuestionnaire('maalgruppe-1');
const TOTAL = m1.questions.length;
const MARIA = pattern('4 4 3 5 4 4   3 3 4   2 2 3 2   3 4 3 4   4 4 5 3 4 4 3 4   2 3 3', TOTAL);
const LUKASZ = pattern('2 1 - 3 2 2   5 4 4   4 - 4 5   1 1 - 2   2 3 3 1 2 - 3 2   5 4 -', TOTAL);
const NONAME = pattern('3 3 3 3 3 3   3 3 3   3 3 3 3   3 3 3 3   3 3 3 3 3 3 3 3   3 3 3', TOTAL);
const SUKRU = pattern('5 5 5 4 4 4   1 2 1   2 2 2 2   - - - -   5 4 3 2 1 5 4 3   2 1 1', TOTAL);

/** A participant's phone: its own browser context, the link opened, answers given and handed in as a file. */
async function answerOnOwnPhone(
  browser: Browser,
  link: string,
  who: { name: string; role: string | null; answers: Answer[]; offline?: boolean; keepOrDelete?: 'delete' },
  file: string,
): Promise<void> {
  const context = await browser.newContext({ acceptDownloads: true });
  const phone = await context.newPage();
  try {
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(link);
    await expect(phone.getByRole('heading', { level: 1, name: 'Svar på spørgeskemaet til Ledergruppen Nord' })).toBeVisible();
    await dismissOfflineNoticeNow(phone).catch(() => undefined);
    await expect(phone.getByText(/kun mødelederens enhed kan læse dem/)).toBeVisible();
    await expectAccessible(phone, 'participant: start');
    if (who.offline) await cutNetwork(context);
    if (who.name) await phone.getByLabel('Dit navn (kan udelades)').fill(who.name);
    if (who.role) await phone.getByLabel('Din rolle (kan udelades)').selectOption({ label: who.role });
    await phone.getByRole('button', { name: 'Begynd at svare' }).click();
    await answerAll(phone, m1, who.answers, { fresh: true });
    await expect(phone.getByRole('heading', { name: 'Klar til at aflevere?' })).toBeVisible();
    await expectAccessible(phone, 'participant: review');
    await phone.getByRole('button', { name: 'Aflever dine svar' }).click();
    await expect(phone.getByRole('heading', { name: 'Dine svar er klar til mødelederen' })).toBeVisible();
    await expect(phone.locator('.participant__privacy')).toHaveText(
      `Koden og filen er krypteret, så kun mødelederens enhed kan læse dine svar – ikke de andre deltagere og ingen server. Dit navn står kun i dem, hvis du har skrevet det.`,
    );
    await phone.getByRole('button', { name: 'Vis min kode' }).click();
    await expect(phone.getByRole('img', { name: 'QR-kode med dine krypterede svar' })).toBeVisible();
    await expectAccessible(phone, 'participant: code shown');
    const { bytes, name } = await downloadFrom(phone, () => phone.getByRole('button', { name: 'Gem som fil' }).click());
    expect(name).toMatch(/\.json$/);
    const text = bytes.toString('utf8');
    // The file carries the encrypted code, never the answers or the name in the open.
    expect(text).toContain('"format": "kom-i-hus-svar"');
    if (who.name) expect(text).not.toContain(who.name);
    writeFileSync(file, bytes);
    if (who.keepOrDelete === 'delete') await findAndDelete(phone);
  } finally {
    await context.close();
  }
}

/** From the phone's Forside to "Mine besvarelser", back to the handed-in answers, and deleting them. */
async function findAndDelete(phone: Page): Promise<void> {
  await phone.goto('/#/');
  await phone.getByRole('link', { name: 'Mine besvarelser på denne telefon (1)' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Mine besvarelser' })).toBeVisible();
  await expect(phone.locator('.participant__list li')).toContainText(['Ledergruppen Nord']);
  await expect(phone.locator('.participant__list li')).toContainText(['Afleveret']);
  await expectAccessible(phone, 'participant: Mine besvarelser');
  await phone.getByRole('link', { name: 'Ledergruppen Nord' }).click();
  await expect(phone.getByRole('heading', { name: 'Dine svar er klar til mødelederen' })).toBeVisible();
  await phone.getByText('Slet mine svar fra telefonen').click();
  await phone.getByRole('button', { name: 'Slet mine svar', exact: true }).click();
  await phone.getByRole('button', { name: 'Ja, slet mine svar' }).click();
  await expect(phone.getByRole('button', { name: 'Begynd at svare' })).toBeVisible();
  await phone.goto('/#/');
  await expect(phone.getByRole('heading', { level: 1, name: 'Dialogmøder' })).toBeVisible();
  await expect(phone.getByRole('link', { name: /Mine besvarelser/ })).toHaveCount(0);
}

function outcomes(page: Page) {
  return page.locator('.own-devices__outcomes li');
}

test('three participants answer on their own phones and hand in files; one file given twice counts once', async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  await createWorkshop(page, 'Ledergruppen Nord', /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  await addParticipant(page, 'Maria', 'Leder');
  await goToScoring(page);

  await page.getByRole('button', { name: 'Inviter deltagere til at svare på egen telefon' }).click();
  await expect(page.getByRole('img', { name: 'QR-kode til spørgeskemaet for Ledergruppen Nord' })).toBeVisible();
  await expect(page.getByText('Ingen svar modtaget endnu.')).toBeVisible();
  await expectAccessible(page, 'step 1 with the invitation');
  const link = await page.getByLabel('Link til spørgeskemaet').inputValue();
  expect(link).toMatch(/#\/svar\/[A-Za-z0-9_-]+$/);

  // Maria's answers are typed in by the facilitator, as before.
  await page.locator('li.picker__row').filter({ hasText: 'Maria' }).getByRole('button', { name: /Indtast svar for Maria/ }).click();
  await answerAll(page, m1, MARIA);

  const files = [testInfo.outputPath('lukasz.json'), testInfo.outputPath('noname.json'), testInfo.outputPath('sukru.json')];
  await answerOnOwnPhone(browser, link, { name: 'Łukasz Wójcik', role: 'TR', answers: LUKASZ }, files[0]!);
  await answerOnOwnPhone(browser, link, { name: '', role: null, answers: NONAME, offline: true }, files[1]!);
  await answerOnOwnPhone(browser, link, { name: 'Şükrü Yılmaz', role: 'AMR', answers: SUKRU, keepOrDelete: 'delete' }, files[2]!);

  await page.getByLabel('Indlæs svarfiler (du kan vælge flere på én gang)').setInputFiles([...files, files[0]!]);
  await expect(outcomes(page)).toHaveCount(4);
  await expect(outcomes(page).nth(0)).toHaveText('lukasz.json: svarene fra Łukasz Wójcik (TR) er modtaget.');
  await expect(outcomes(page).nth(1)).toHaveText('noname.json: svarene fra Deltager 3 er modtaget.');
  await expect(outcomes(page).nth(2)).toHaveText('sukru.json: svarene fra Şükrü Yılmaz (AMR) er modtaget.');
  await expect(outcomes(page).nth(3)).toHaveText('lukasz.json: Disse svar er allerede modtaget (Łukasz Wójcik (TR)) og tælles kun én gang. Intet er ændret.');
  await expect(page.getByText('3 svar modtaget fra egne telefoner.')).toBeVisible();
  await expect(page.locator('li.picker__row')).toHaveCount(4);
  await expectAccessible(page, 'step 1 after receiving');

  await page.getByRole('button', { name: 'Se jeres besvarelser' }).click();
  await expectResultsShown(page, expectedResults(m1, [MARIA, LUKASZ, NONAME, SUKRU]));
});

test('a meeting with a facilitator may invite from the set-up and start with nobody typed in', async ({ page }) => {
  await createWorkshop(page, 'Ledergruppen Øst', /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  await page.getByRole('button', { name: 'Gå til Trin 1: Besvar spørgeskemaet' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Før I kan gå videre:' })).toContainText('Tilføj mindst én deltager.');
  await page.getByRole('button', { name: 'Inviter deltagere til at svare på egen telefon' }).click();
  await expect(page.getByRole('img', { name: 'QR-kode til spørgeskemaet for Ledergruppen Øst' })).toBeVisible();
  // Receiving belongs to Trin 1, not the set-up.
  await expect(page.getByLabel('Indlæs svarfiler (du kan vælge flere på én gang)')).toHaveCount(0);
  await expectAccessible(page, 'set-up with the invitation');
  await goToScoring(page);
  await expect(page.getByText('Der er ingen deltagere endnu. Tilføj dem under Opsætning – eller inviter dem til at svare på deres egen telefon.')).toBeVisible();
  await expect(page.getByText('Ingen svar modtaget endnu.')).toBeVisible();
  await expect(page.getByLabel('Indlæs svarfiler (du kan vælge flere på én gang)')).toBeVisible();
});
