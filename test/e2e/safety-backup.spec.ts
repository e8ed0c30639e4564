/**
 * "A JSON backup/restore of everything": two workshops with answers and a
 * plan are saved to a file, everything is deleted, and the file brings them
 * back exactly as they were; restoring again asks what to do with the ones
 * that exist — "Behold begge" adds copies titled "… (kopi)", "Erstat" puts
 * the file's version back without duplicates. Plus "Gem kopi" of one
 * workshop, and axe on the data page in each state.
 */
import type { Page } from '@playwright/test';
import { allowTime, expect, expectAccessible, test, workshopIdOf } from './fixtures';
import { annaAndBoMeeting, downloadFrom, dumpDatabase, storedWorkshop, storedWorkshops, type StoredWorkshop } from './safety-helpers';
import { answerQuestions, blocksOf, loadQuestionnaire, pattern } from './scoring-helpers';
import { chooseMode, createWorkshop, goToScoring, TITLE, type Block } from './vote-helpers';

const m2 = loadQuestionnaire('maalgruppe-2');
const TOTAL = m2.questions.length;
const FIRST = blocksOf(m2)[0]!; // Tydelig ledelse, questions 1–4

const SOLSIKKEN = 'Børnehuset Solsikken';
const VALBY = 'Trioen i Valby';
const EFFECT = 'Færre lange sygeforløb – vi følger op hver måned.';

/** The plan's labels, in the singular for the solo workshop ("Hvad vil jeg gøre?"). */
const WHAT = /^Hvad vil (vi|jeg) gøre\?$/;
const EFFECT_LABEL = /^Den effekt, (vi|jeg) håber på$/;

const byId = (list: StoredWorkshop[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** Adds one item to the plan section of `block` and waits until it is stored. */
async function addPlanItem(page: Page, id: string, block: Block, what: string, who: string) {
  const section = page.locator('section.plan-block').filter({ has: page.getByRole('heading', { level: 3, name: TITLE[block] }) });
  await section.getByRole('button', { name: 'Tilføj punkt' }).click();
  await section.getByLabel(WHAT).fill(what);
  await section.getByLabel('Hvem gør hvad?').fill(who);
  await section.getByLabel('Hvem gør hvad?').blur();
  await expect.poll(async () => (await storedWorkshop(page, id)).plan.items.map((i) => [i.block, i.what, i.who])).toContainEqual([block, what, who]);
}

async function setEffect(page: Page, id: string, text: string) {
  const effect = page.getByLabel(EFFECT_LABEL);
  await effect.fill(text);
  await effect.blur();
  await expect.poll(async () => (await storedWorkshop(page, id)).plan.effect).toBe(text);
}

function toPlan(page: Page) {
  return page.getByRole('navigation', { name: 'Trin i dialogmødet' }).getByRole('link', { name: 'Trin 4: Handleplan' }).click();
}

async function openData(page: Page) {
  await page.getByRole('link', { name: 'Data og sikkerhed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data og sikkerhed' })).toBeVisible();
}

function restoreGroup(page: Page) {
  return page.getByRole('group', { name: 'Gendan fra en sikkerhedskopi' });
}

async function chooseBackup(page: Page, file: { name: string; bytes: Buffer }, count: number) {
  await page.locator('#restore-file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
  await expect(restoreGroup(page)).toContainText(`Filen indeholder ${count} dialogmøder.`);
}

async function confirmRestore(page: Page, count: number) {
  await restoreGroup(page).getByRole('button', { name: 'Gendan', exact: true }).click();
  await expect(restoreGroup(page)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `${count} dialogmøder er gendannet.` })).toBeVisible();
}

test('back up everything, delete everything, restore it; restore again with "Behold begge" and "Erstat"; a copy of one', async ({ page }) => {
  allowTime(90_000);

  // ------------------------------------------------ workshop 1: alone, one block answered, a plan
  await createWorkshop(page, SOLSIKKEN, /Målgruppe 2/);
  await chooseMode(page, 'Alene – selvevaluering');
  await expect(page.getByRole('button', { name: 'Fjern leder', exact: true })).toBeVisible();
  const solsikken = workshopIdOf(page);
  await goToScoring(page);
  await answerQuestions(page, FIRST.questions, pattern('4 2 - 5', FIRST.questions.length), FIRST.questions.length, TOTAL);
  await toPlan(page);
  await addPlanItem(page, solsikken, 'trivsel', 'Trivselstavle i personalestuen', 'Leder');
  await setEffect(page, solsikken, EFFECT);

  // ------------------------------------------------ workshop 2: a facilitated meeting, two people's answers, a plan
  const valby = await annaAndBoMeeting(page, VALBY);
  for (const [who, answers] of [['Anna (leder)', '3 3 4 2'], ['Bo (TR)', '1 - 2 5']] as const) {
    await page.getByRole('button', { name: `Indtast svar for ${who}` }).click();
    await answerQuestions(page, FIRST.questions, pattern(answers, FIRST.questions.length), FIRST.questions.length, TOTAL);
    await page.getByRole('navigation', { name: 'Byggesten i spørgeskemaet' }).getByRole('button', { name: /^Tidlige indsatser/ }).click();
    await page.getByRole('button', { name: 'Færdig', exact: true }).click();
  }
  await expect(page.locator('.picker__status')).toHaveText([`4 af ${TOTAL}`, `4 af ${TOTAL}`]);
  await toPlan(page);
  await addPlanItem(page, valby, 'statistik', 'Fraværsstatistik på hvert MED-møde', 'Anna');

  const originals = byId(await storedWorkshops(page));
  expect(originals.map((w) => w.title).sort()).toEqual([SOLSIKKEN, VALBY]);
  for (const w of originals) {
    expect(Object.values(w.answers).flatMap((a) => Object.keys(a)).length, `answers in ${w.title}`).toBeGreaterThan(0);
    expect(w.plan.items.length, `plan of ${w.title}`).toBe(1);
  }

  // ------------------------------------------------ the data page before any backup
  await openData(page);
  await expect(page.getByText('Der er ikke taget nogen sikkerhedskopi endnu.')).toBeVisible();
  await expectAccessible(page, 'Data og sikkerhed, two workshops, no backup yet');

  // ------------------------------------------------ "Gem sikkerhedskopi af alt"
  const backup = await downloadFrom(page, () => page.getByRole('button', { name: 'Gem sikkerhedskopi af alt' }).click());
  expect(backup.name).toMatch(/^Kom i hus – sikkerhedskopi – \d{4}-\d{2}-\d{2}\.json$/);
  const envelope = JSON.parse(backup.bytes.toString('utf8')) as Record<string, unknown> & { workshops: StoredWorkshop[]; exportedAt: string };
  expect(envelope).toMatchObject({ format: 'kom-i-hus-backup', formatVersion: 2, scope: 'all', app: { name: 'Kom i hus' } });
  expect(Object.keys(envelope).sort()).toEqual(['app', 'exportedAt', 'format', 'formatVersion', 'scope', 'workshops']);
  expect(Date.now() - Date.parse(envelope.exportedAt)).toBeLessThan(60_000);
  expect(byId(envelope.workshops), 'the file holds both workshops exactly as stored').toEqual(originals);
  await expect(page.getByRole('region', { name: 'Sikkerhedskopi', exact: true }).getByText(`Sikkerhedskopien er gemt: ${backup.name}`, { exact: true })).toBeVisible();
  const shownDate = await page.evaluate((iso) => new Date(iso).toLocaleString('da-DK', { dateStyle: 'long', timeStyle: 'short' }), envelope.exportedAt);
  await expect(page.getByText(`Seneste sikkerhedskopi: ${shownDate}.`, { exact: true })).toBeVisible();
  expect(await dumpDatabase(page)).toContain(`"lastBackupAt","value":"${envelope.exportedAt}"`);
  await expectAccessible(page, 'Data og sikkerhed after a backup');

  // ------------------------------------------------ "Slet alle dialogmøder på denne enhed" asks first
  await page.getByRole('button', { name: 'Slet alle dialogmøder på denne enhed' }).click();
  const ask = page.getByRole('group', { name: 'Slet alle dialogmøder på denne enhed' });
  await expect(ask).toContainText('Alle dialogmøder, svar, stemmer, noter og handleplaner slettes fra denne enhed. Det kan ikke fortrydes.');
  await expect(ask.getByRole('button', { name: 'Annuller' })).toBeFocused();
  await expectAccessible(page, 'Data og sikkerhed, asking before deleting everything');
  await ask.getByRole('button', { name: 'Annuller' }).click();
  await expect(ask).toHaveCount(0);
  expect(byId(await storedWorkshops(page)), '"Annuller" deletes nothing').toEqual(originals);

  await page.getByRole('button', { name: 'Slet alle dialogmøder på denne enhed' }).click();
  await ask.getByRole('button', { name: 'Ja, slet alt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Alle dialogmøder er slettet fra enheden.' })).toBeAttached();
  await expect(page.getByText('Der er ingen dialogmøder at tage kopi af.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Slet alle dialogmøder på denne enhed' })).toBeDisabled();
  await expect.poll(async () => (await storedWorkshops(page)).length).toBe(0);
  await expectAccessible(page, 'Data og sikkerhed, everything deleted');

  // ------------------------------------------------ restore from the downloaded file
  await chooseBackup(page, backup, 2);
  await expect(restoreGroup(page)).not.toContainText('findes allerede');
  await expectAccessible(page, 'Data og sikkerhed, restore confirmation');
  await confirmRestore(page, 2);
  expect(byId(await storedWorkshops(page)), 'both workshops back, exactly').toEqual(originals);
  await expectAccessible(page, 'Data og sikkerhed, restored');

  // The screens show them as before: answers and plan.
  await page.goto(`/#/moede/${valby}/besvar`);
  // (The form reopens for Bo, the last one at work.)
  await expect(page.getByText('Du svarer som Bo (TR)')).toBeVisible();
  await expect(page.locator('#score-progress')).toHaveText(`4 af ${TOTAL} besvaret`);
  await page.goto(`/#/moede/${solsikken}/handleplan`);
  await expect(page.locator('section.plan-block').filter({ has: page.getByRole('heading', { level: 3, name: TITLE.trivsel }) }).getByLabel(WHAT)).toHaveValue(
    'Trivselstavle i personalestuen',
  );
  await expect(page.getByLabel(EFFECT_LABEL)).toHaveValue(EFFECT);
  await page.goto(`/#/moede/${solsikken}/besvar`);
  await expect(page.locator('#score-progress')).toHaveText(`4 af ${TOTAL} besvaret`);

  // ------------------------------------------------ restore again: "Behold begge"
  await openData(page);
  // (Opening Trin 4 above wrote Solsikken again with a new updatedAt, though nothing changed.)
  const beforeKeepBoth = byId(await storedWorkshops(page));
  await chooseBackup(page, backup, 2);
  await expect(restoreGroup(page)).toContainText('2 af dem findes allerede på enheden:');
  // The ones that would be replaced, in the file's order, with their dates (both held on 3 December 2026).
  await expect(restoreGroup(page).getByRole('listitem')).toHaveText(envelope.workshops.map((w) => `${w.title} · 3. december 2026`));
  const keepBoth = restoreGroup(page).getByRole('radio', { name: 'Behold begge (dem fra filen får »(kopi)« i navnet)' });
  await expect(keepBoth).toBeChecked();
  await expectAccessible(page, 'Data og sikkerhed, restore with conflicts');
  await confirmRestore(page, 2);

  const withCopies = byId(await storedWorkshops(page));
  expect(withCopies.map((w) => w.title).sort()).toEqual([SOLSIKKEN, `${SOLSIKKEN} (kopi)`, VALBY, `${VALBY} (kopi)`]);
  expect(new Set(withCopies.map((w) => w.id)).size).toBe(4);
  for (const original of originals) {
    expect(withCopies.find((w) => w.id === original.id), `${original.title} is untouched`).toEqual(beforeKeepBoth.find((w) => w.id === original.id));
    const copy = withCopies.find((w) => w.title === `${original.title} (kopi)`);
    if (!copy) throw new Error(`no copy of ${original.title}`);
    expect(copy.id).not.toBe(original.id);
    const strip = ({ id: _id, title: _title, updatedAt: _updatedAt, series: _series, ...rest }: StoredWorkshop) => rest;
    expect(strip(copy), `the copy of ${original.title} keeps answers, votes, notes and plan`).toEqual(strip(original));
    // A series of its own (rounds, issue #11): the copy is not a second round of the original.
    expect(copy.series, `the copy of ${original.title} is a series of its own`).toBe(copy.id);
  }
  await expect(page.getByRole('button', { name: `Gem kopi af ${SOLSIKKEN} (kopi)` })).toBeVisible();
  await expectAccessible(page, 'Data og sikkerhed, four workshops');

  // ------------------------------------------------ change one, then restore again: "Erstat" puts the file's version back
  await page.goto(`/#/moede/${solsikken}/handleplan`);
  await setEffect(page, solsikken, 'Ændret efter sikkerhedskopien.');
  await openData(page);
  await chooseBackup(page, backup, 2);
  await expect(restoreGroup(page)).toContainText('2 af dem findes allerede på enheden:');
  await restoreGroup(page).getByRole('radio', { name: 'Erstat dem på enheden med dem fra filen' }).check();
  await confirmRestore(page, 2);
  const replaced = byId(await storedWorkshops(page));
  expect(replaced.map((w) => w.title).sort(), 'no duplicates').toEqual([SOLSIKKEN, `${SOLSIKKEN} (kopi)`, VALBY, `${VALBY} (kopi)`]);
  for (const original of originals) expect(replaced.find((w) => w.id === original.id), `${original.title} as in the file`).toEqual(original);
  for (const copy of withCopies.filter((w) => w.title.endsWith(' (kopi)'))) expect(replaced.find((w) => w.id === copy.id), `${copy.title} untouched`).toEqual(copy);
  await page.goto(`/#/moede/${solsikken}/handleplan`);
  await expect(page.getByLabel(EFFECT_LABEL)).toHaveValue(EFFECT);

  // ------------------------------------------------ "Gem kopi" of one workshop
  await openData(page);
  const before = await dumpDatabase(page);
  const one = await downloadFrom(page, () => page.getByRole('button', { name: `Gem kopi af ${VALBY}`, exact: true }).click());
  expect(one.name).toMatch(new RegExp(`^Kom i hus – ${VALBY} – \\d{4}-\\d{2}-\\d{2}\\.json$`));
  const single = JSON.parse(one.bytes.toString('utf8')) as Record<string, unknown> & { workshops: StoredWorkshop[] };
  expect(single).toMatchObject({ format: 'kom-i-hus-backup', formatVersion: 2, scope: 'workshop' });
  expect(single.workshops).toEqual([replaced.find((w) => w.id === valby)]);
  await expect(page.getByRole('region', { name: 'Sikkerhedskopi', exact: true }).getByText(`Sikkerhedskopien er gemt: ${one.name}`, { exact: true })).toBeVisible();
  // A copy of one workshop is not a backup of everything: the date of the last backup stays as it was.
  await expect(page.getByText('Der er ikke taget nogen sikkerhedskopi endnu.')).toBeVisible();
  expect(await dumpDatabase(page), 'saving a copy changes nothing stored').toBe(before);
  await expectAccessible(page, 'Data og sikkerhed after "Gem kopi"');
});
