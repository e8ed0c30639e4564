/** The walk behind `npm run screenshots` (see screenshots.config.ts). */
import { mkdirSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { answerAll, loadQuestionnaire, pattern } from '../test/e2e/scoring-helpers';
import { addParticipant, chooseMode, createWorkshop, goToScoring, resultsToVoting, TITLE } from '../test/e2e/vote-helpers';

const OUT = 'measurements/screenshots';
const SIZES = {
  phone: { width: 390, height: 844 },
  tablet: { width: 1024, height: 768 },
  projector: { width: 1920, height: 1080 },
} as const;

const m2 = loadQuestionnaire('maalgruppe-2');
const ANNA = pattern('4 4 3 4   3 3 4 3 3   2 3 3 - 2   4 5 4   2 2 3   3 4 3 3', m2.questions.length);
const BO = pattern('2 1 2 3   4 4 5 4 4   3 3 2 3 3   1 2 2   5 3 3   - 3 4 2', m2.questions.length);

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`screens at ${size} size`, async ({ browser }) => {
    mkdirSync(OUT, { recursive: true });
    const page = await browser.newPage({ viewport, locale: 'da-DK' });
    let n = 0;
    const shot = async (name: string, of: Page = page) => {
      n += 1;
      await of.screenshot({ path: `${OUT}/${size}-${String(n).padStart(2, '0')}-${name}.png`, fullPage: true });
    };
    await walk(page, shot);
    await page.close();
  });
}

async function walk(page: Page, shot: (name: string, of?: Page) => Promise<void>) {
  await createWorkshop(page, 'Børnehuset Ærtebjerg', /Målgruppe 2/);
  await chooseMode(page, 'Møde med facilitator');
  await addParticipant(page, 'Anna', 'Leder');
  await addParticipant(page, 'Bo', 'TR');
  await shot('opsaetning');
  await goToScoring(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Deltagernes svar' })).toBeVisible();
  await shot('besvar-oversigt');
  // Answering on one's own phone: the facilitator's invitation, then a participant's screens.
  await page.getByRole('button', { name: 'Inviter deltagere til at svare på egen telefon' }).click();
  await expect(page.getByRole('img', { name: /^QR-kode til spørgeskemaet/ })).toBeVisible();
  await shot('besvar-invitation');
  await ownPhone(page, await page.getByLabel('Link til spørgeskemaet').inputValue(), shot);
  await page.getByRole('button', { name: 'Indtast svar for Anna (leder)' }).click();
  await shot('besvar-spoergsmaal');
  await answerAll(page, m2, ANNA);
  await page.getByRole('button', { name: 'Indtast svar for Bo (TR)' }).click();
  await answerAll(page, m2, BO);
  await page.getByRole('button', { name: 'Se jeres besvarelser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jeres besvarelser' })).toBeVisible();
  await shot('resultater');
  // "Vis på storskærm": the presenter window follows the rest of the walk.
  // A phone has no "Vis på storskærm" (it drives no projector); there the walk opens the presenter's address itself.
  const open = page.getByRole('button', { name: 'Vis på storskærm' });
  const presenterUrl = page.url().replace(/\/resultater$/, '/storskaerm');
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    (await open.isVisible()) ? open.click() : page.evaluate((url) => void window.open(url, 'storskaerm'), presenterUrl),
  ]);
  const slide = presenter.getByRole('heading', { level: 1 });
  await expect(presenter.locator('.slide-block')).toHaveCount(6);
  await shot('storskaerm-byggesten', presenter);
  await presenter.keyboard.press('ArrowRight');
  await expect(slide).toHaveText('Gode steder at starte dialogen');
  await shot('storskaerm-startsteder', presenter);
  await resultsToVoting(page);
  await shot('prioriter');
  for (const [who, blocks] of [['Anna (leder)', ['samtaler', 'statistik']], ['Bo (TR)', ['samtaler', 'trivsel']]] as const) {
    await page.getByRole('button', { name: `Afgiv stemmer for ${who}` }).click();
    for (const block of blocks) await page.getByRole('button', { name: TITLE[block], exact: true }).click();
    if (who === 'Bo (TR)') await shot('prioriter-stemmeseddel');
    await page.getByRole('button', { name: 'Færdig med at stemme' }).click();
  }
  await page.getByRole('button', { name: 'Vis resultatet' }).click();
  await shot('prioriter-resultat');
  await expect(presenter.locator('.slide-ranking__row')).toHaveCount(3);
  await shot('storskaerm-prioritering', presenter);
  await page.getByRole('checkbox', { name: `Tag ${TITLE.statistik} med i dialogen` }).check();
  await page.getByRole('checkbox', { name: `Tag ${TITLE.samtaler} med i dialogen` }).check();
  await page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 3: Gå i dialog' })).toBeVisible();
  await page.getByLabel('Nyt forslag').fill('Fraværstal på hvert MED-møde');
  await page.getByRole('button', { name: 'Tilføj forslag' }).click();
  await page.getByRole('checkbox', { name: 'Til handleplan' }).check();
  await shot('dialog');
  await expect(slide).toHaveText(TITLE.samtaler);
  await shot('storskaerm-dialog', presenter);
  await page.getByRole('button', { name: 'Næste byggesten' }).click();
  await page.getByRole('button', { name: 'Videre til Trin 4: Lav en handleplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 4: Lav en handleplan' })).toBeVisible();
  await shot('handleplan');
  await expect(presenter.locator('.slide-plan')).not.toHaveCount(0);
  await shot('storskaerm-handleplan', presenter);
  await presenter.close();
  await page.goto(page.url().replace(/handleplan$/, 'udskriv'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot('udskriv');
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: 'Børnehuset Ærtebjerg' })).toBeVisible();
  await shot('forside');
  await page.goto('/#/huset');
  await expect(page.locator('.blocks > li')).toHaveCount(6);
  await shot('huset');
  await page.goto('/#/om');
  await expect(page.getByRole('heading', { level: 2, name: 'Tidsforbrug' })).toBeVisible();
  await shot('om');
  await page.goto('/#/data');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot('data');
  await alone(page, shot);
  await sharedTabletGate(page, shot);
}

/** A participant's phone (another browser context, at the same size) from the invitation's link to the code. */
async function ownPhone(page: Page, link: string, shot: (name: string, of?: Page) => Promise<void>) {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const phone = await browser.newPage({ viewport: page.viewportSize() ?? SIZES.phone, locale: 'da-DK' });
  await phone.goto(link);
  await expect(phone.getByRole('button', { name: 'Begynd at svare' })).toBeVisible();
  await shot('deltager-start', phone);
  await phone.getByLabel('Dit navn (kan udelades)').fill('Cecilie');
  await phone.getByRole('button', { name: 'Begynd at svare' }).click();
  await expect(phone.locator('#score-progress')).toBeVisible();
  await shot('deltager-spoergsmaal', phone);
  while (await phone.getByRole('button', { name: 'Næste byggesten', exact: true }).isVisible()) {
    await phone.getByRole('button', { name: 'Næste byggesten', exact: true }).click();
  }
  await phone.getByRole('button', { name: 'Færdig', exact: true }).click();
  await shot('deltager-aflever', phone);
  await phone.getByRole('button', { name: 'Aflever dine svar' }).click();
  await phone.getByRole('button', { name: 'Vis min kode' }).click();
  await expect(phone.getByRole('img', { name: 'QR-kode med dine krypterede svar' })).toBeVisible();
  await shot('deltager-kode', phone);
  await phone.close();
}

/** Solo: one leader's own results, and step 2 as a choice of 1–3 blocks. */
async function alone(page: Page, shot: (name: string, of?: Page) => Promise<void>) {
  await createWorkshop(page, 'Lederen alene', /Målgruppe 2/);
  await chooseMode(page, 'Alene – selvevaluering');
  await goToScoring(page);
  await answerAll(page, m2, ANNA);
  await expect(page.getByRole('heading', { level: 1, name: 'Din selvevaluering' })).toBeVisible();
  await shot('alene-resultater');
  await page.goto(page.url().replace(/resultater$/, 'prioriter'));
  await expect(page.getByRole('heading', { level: 2, name: 'Vælg 1–3 byggesten, du vil arbejde med' })).toBeVisible();
  await shot('alene-valg');
}

/** A shared tablet mid-round: the results are behind "Vis resultaterne nu". */
async function sharedTabletGate(page: Page, shot: (name: string, of?: Page) => Promise<void>) {
  await createWorkshop(page, 'Trioen', /Målgruppe 2/);
  await chooseMode(page, 'Én delt tablet');
  await addParticipant(page, 'Anna', 'Leder');
  await addParticipant(page, 'Bo', 'TR');
  await goToScoring(page);
  await page.getByRole('button', { name: 'Jeg er Anna (leder) – start' }).click();
  await page.locator(`#question-${m2.questions[0]!.id}`).getByRole('radio', { name: 'I høj grad', exact: true }).check();
  await expect(page.locator('#score-progress')).toHaveText(`1 af ${m2.questions.length} besvaret`);
  await page.goto(page.url().replace(/besvar$/, 'resultater'));
  await expect(page.getByRole('button', { name: 'Vis resultaterne nu' })).toBeVisible();
  await shot('delt-tablet-skjult');
}
