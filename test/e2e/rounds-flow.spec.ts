/**
 * Rounds (issue #11): a MED committee completes a meeting and starts the next
 * round with "Start næste runde". Different answers are given; the change
 * shown for each of the six blocks is the one computed here from the answers
 * (the rule included: fewer than 3 respondents in a round shows no arrow).
 * "Sidste gang aftalte I …" statuses survive a reload and a backup round trip,
 * the PDF (read with pdftotext) holds the comparison and the statuses, and
 * the calendar file the next round. Plus: a series of three rounds (restored
 * from a backup) shows the trend lines and their data table and passes axe;
 * a backup file from before rounds restores as one-round series.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { allowTime, expect, expectAccessible, reloadWhenSaved, test, workshopIdOf } from './fixtures';
import { downloadIcs, downloadPdf, letSavesSettle, openPlanStep, pdfLayoutText, pdfRawText, planFields, squash, stepNav } from './plan-helpers';
import type { ActionItem, Workshop } from '../../src/domain/workshop';
import { meeting, restoreMeetings } from './restore-helpers';
import { DATABASE, downloadFrom, storedWorkshops } from './safety-helpers';
import { nameInputs } from './scoring-helpers';
import { answerAll, BLOCKS, goToScoring, questionsOf, SHORT_TITLE, skipOfflineNotice, TITLE, type Block, type Score } from './vote-helpers';

const WORKPLACE = 'MED-udvalget Sydhavn';
const QUESTIONS = questionsOf('maalgruppe-2');
const PEOPLE = [
  { name: 'Anna', role: 'Leder', button: 'Anna (leder)' },
  { name: 'Bo', role: 'TR', button: 'Bo (TR)' },
  { name: 'Cem', role: 'AMR', button: 'Cem (AMR)' },
] as const;

/** "3 3 - 4 …" → answers; '-' is "Ved ikke / ikke relevant". */
const answers = (text: string): Score[] => text.split(/\s+/).map((a) => (a === '-' ? 'skip' : (Number(a) as Score)));
// Målgruppe 2: Tydelig ledelse 1–4 | Fælles ejerskab 5–9 | Trivsel 10–14 | Statistik 15–17 | Samtaler 18–20 | Tidlige indsatser 21–24
const ROUND_1 = [
  answers('3 3 3 3  2 2 2 2 2  3 3 3 3 3  4 4 4  2 3 2  3 3 3 3'),
  answers('2 2 3 3  3 3 - 3 3  2 2 2 2 2  4 4 4  3 3 3  4 4 4 4'),
  answers('4 4 4 4  2 2 2 2 2  3 3 3 3 3  5 5 5  2 2 2  3 3 3 3'),
];
// Cem answers "Ved ikke" to all of Fælles ejerskab this time: only 2 respondents there, too few to call a change.
const ROUND_2 = [
  answers('4 4 4 4  3 3 3 3 3  3 3 3 3 3  3 3 3  3 3 3  3 3 3 3'),
  answers('3 3 3 3  3 3 3 3 3  2 2 2 2 2  3 - 3  3 3 3  4 4 4 4'),
  answers('4 4 4 4  - - - - -  3 3 3 3 3  4 4 4  3 2 3  3 3 3 3'),
];

const ITEM_DONE = 'Trivselstavle i personalestuen';
const ITEM_DROPPED = 'Fraværsstatistik på hvert MED-møde';
const COMMENT = 'Hænger der – bruges hver morgen';

// ---------------------------------------------------------------- what the screen should say, computed from the answers

interface Side {
  /** In whole tenths, as shown (half away from zero). */
  tenths: number | null;
  respondents: number;
}

function sideOf(people: Score[][], block: Block): Side {
  let sum = 0;
  let n = 0;
  let respondents = 0;
  for (const person of people) {
    let answered = false;
    QUESTIONS.forEach((q, i) => {
      const a = person[i];
      if (q.block === block && typeof a === 'number') {
        sum += a;
        n += 1;
        answered = true;
      }
    });
    if (answered) respondents += 1;
  }
  return { tenths: n === 0 ? null : Math.round((sum / n) * 10 + 1e-9), respondents };
}

const decimal = (tenths: number) => (tenths / 10).toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The block's numbers and its change, as the results screen and the PDF write them. */
function expected(block: Block) {
  const now = sideOf(ROUND_2, block);
  const before = sideOf(ROUND_1, block);
  if (now.tenths === null || before.tenths === null) throw new Error('the test answers every block');
  const diff = now.tenths - before.tenths;
  const tooFew = now.respondents < 3 || before.respondents < 3;
  const size = decimal(Math.abs(diff));
  return {
    now: `${decimal(now.tenths)} (${now.respondents} svarede)`,
    before: `${decimal(before.tenths)} (${before.respondents} svarede)`,
    screen: tooFew ? 'for få svar til at sammenligne' : diff === 0 ? 'uændret' : diff > 0 ? `↑ +${size}` : `↓ −${size}`,
    pdf: tooFew ? 'for få svar til at sammenligne' : diff === 0 ? 'uændret' : diff > 0 ? `+${size} (steget)` : `−${size} (faldet)`,
  };
}

// ---------------------------------------------------------------- getting there

async function answerRound(page: Page, round: Score[][]) {
  for (const [i, person] of PEOPLE.entries()) {
    await page.getByRole('button', { name: `Indtast svar for ${person.button}` }).click();
    await answerAll(page, QUESTIONS, round[i]!);
  }
  await page.getByRole('button', { name: 'Se jeres besvarelser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jeres besvarelser' })).toBeVisible();
}

function review(page: Page) {
  return page.getByRole('region', { name: 'Sidste gang aftalte I …' });
}

function reviewItem(page: Page, what: string) {
  return review(page).locator('li.rounds-review__item').filter({ hasText: what });
}

async function openDialogueStep(page: Page) {
  await stepNav(page).getByRole('link', { name: 'Trin 3: Dialog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 3: Gå i dialog' })).toBeVisible();
}

function votesPerPerson(page: Page) {
  return page.getByRole('combobox', { name: 'Stemmer pr. deltager i trin 2', exact: true });
}

/** A block's dialogue in Trin 3: what was agreed under it last time, with how it went. */
function blockPreviousItems(page: Page) {
  return page.getByRole('region', { name: 'Sidste gang aftalt under denne byggesten' });
}

async function openDialogueBlock(page: Page, block: Block) {
  await page.getByRole('navigation', { name: 'Byggesten i dialogen' }).getByRole('button', { name: new RegExp(`${SHORT_TITLE[block]}$`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE[block], exact: true })).toBeVisible();
}

async function expectStatuses(page: Page) {
  await expect(review(page)).toBeVisible();
  await expect(reviewItem(page, ITEM_DONE).getByRole('radio', { name: 'Gennemført', exact: true })).toBeChecked();
  await expect(reviewItem(page, ITEM_DONE).getByLabel('Kort kommentar')).toHaveValue(COMMENT);
  await expect(reviewItem(page, ITEM_DROPPED).getByRole('radio', { name: 'Droppet', exact: true })).toBeChecked();
  await expect(review(page).getByRole('status')).toHaveText('1 gennemført · 0 i gang · 0 ikke gennemført · 1 droppet');
}

test('a completed meeting, "Start næste runde", new answers: the change per block, last plan\'s statuses through reload, backup, PDF and calendar', async ({ page }, testInfo) => {
  allowTime(300_000);

  // ------------------------------------------------ round 1: a year ago, three people, two items in the plan
  // Restored, not clicked: answering and adding items are the earlier steps' own tests (and the suite's time, issue #15).
  await skipOfflineNotice(page);
  const round1 = 'runde-1';
  const people = PEOPLE.map((p, i) => ({ name: p.name, role: ROLE[p.role], answers: ROUND_1[i] }));
  const first = meeting({ id: round1, date: '2025-12-03', title: WORKPLACE, questionnaire: 'maalgruppe-2', questions: QUESTIONS, people, step: 'plan' });
  const item = { when: '', whenDate: null, who: '', forum: '' };
  const items: ActionItem[] = [
    { ...item, id: 'punkt-1', block: 'trivsel', kind: 'action', what: ITEM_DONE, who: 'Anna' },
    { ...item, id: 'punkt-2', block: 'statistik', kind: 'discussion', what: ITEM_DROPPED, forum: 'LokalMED' },
  ];
  // Not the defaults (2 votes, 90 minutes), so the next round shows they are copied.
  await restoreMeetings(page, [{ ...first, votesPerPerson: 3, timeBudgetMinutes: 75, plan: { ...first.plan, items } }]);
  // A first round has nothing to compare with.
  await page.goto(`/#/moede/${round1}/resultater`);
  await expect(page.getByRole('heading', { level: 1, name: 'Jeres besvarelser' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Siden sidste runde' })).toHaveCount(0);
  await openPlanStep(page);
  await expect(page.getByRole('group', { name: 'Punkt 1', exact: true }).first()).toBeVisible();

  // ------------------------------------------------ "Start næste runde" at the end of Trin 4
  await page.getByRole('button', { name: 'Start næste runde', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  const round2 = workshopIdOf(page);
  expect(round2).not.toBe(round1);
  const today = await page.evaluate(() => {
    const d = new Date();
    return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  });
  const [y, m, d] = today as [number, number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  // Name, participants and mode copied; today's date.
  await expect(page.getByLabel('Dato', { exact: true })).toHaveValue(`${pad(d)}.${pad(m)}.${y}`);
  await expect(nameInputs(page)).toHaveCount(3);
  for (const [i, person] of PEOPLE.entries()) await expect(nameInputs(page).nth(i)).toHaveValue(person.name);
  await expect(page.getByRole('radio', { name: /^Møde med facilitator/ })).toBeChecked();
  // Votes per person and the time budget copied too.
  await expect(votesPerPerson(page)).toHaveValue('3');
  await expect(page.getByRole('radio', { name: 'Andet antal minutter' })).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'Minutter' })).toHaveValue('75');
  const stored = await storedWorkshops(page);
  expect(stored.find((w) => w.id === round2)).toMatchObject({ title: WORKPLACE, series: round1, votesPerPerson: 3, timeBudgetMinutes: 75, review: {} });
  await expectAccessible(page, 'Opsætning of round 2');

  // ------------------------------------------------ round 2: other answers; the change of each of the six blocks
  await goToScoring(page);
  await answerRound(page, ROUND_2);
  const change = page.getByRole('region', { name: 'Siden sidste runde' });
  await expect(change).toBeVisible();
  await expect(change).toContainText('sammenlignet med runden 3. december 2025');
  await expect(change).toContainText('Pilen vises kun, når mindst 3 har svaret på byggestenen i begge runder.');
  for (const block of BLOCKS) {
    const row = change.locator(`li[data-block="${block}"]`);
    const e = expected(block);
    await expect(row.locator('.rounds-change__side').nth(0), `${block} now`).toHaveText(`Denne runde ${e.now}`);
    await expect(row.locator('.rounds-change__side').nth(1), `${block} before`).toHaveText(`Sidste runde ${e.before}`);
    await expect(row.locator('.rounds-change__text'), `${block} change`).toHaveText(e.screen);
  }
  // The test's answers give every kind of change at least once: unchanged, up, down, too few answers.
  expect(new Set(BLOCKS.map((b) => expected(b).screen.slice(0, 1)))).toEqual(new Set(['u', '↑', '↓', 'f']));
  await expectAccessible(page, 'results with the comparison');

  // A tap on a block: each question's distribution in both rounds, side by side (by keyboard).
  const toggle = change.getByRole('button', { name: `Vis spørgsmålene under ${TITLE.statistik}` });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(change.getByRole('button', { name: `Skjul spørgsmålene under ${TITLE.statistik}` })).toHaveAttribute('aria-expanded', 'true');
  const q16 = change.locator('table').filter({ has: page.locator('caption', { hasText: /^16\. / }) });
  // Question 16 this round: 3, skip, 4; last round: 4, 4, 5.
  await expect(q16.getByRole('row', { name: /^I middel grad/ })).toHaveText(/I middel grad\s*1\s*0/);
  await expect(q16.getByRole('row', { name: /^I høj grad/ })).toHaveText(/I høj grad\s*1\s*2/);
  await expect(q16.getByRole('row', { name: /^I meget høj grad/ })).toHaveText(/I meget høj grad\s*0\s*1/);
  await expect(q16.getByRole('row', { name: /^Ved ikke/ })).toHaveText(/Ved ikke \/ ikke relevant\s*1\s*0/);
  await expectAccessible(page, 'results with a block\'s questions side by side');

  // ------------------------------------------------ "Sidste gang aftalte I …" in Trin 3: statuses and a comment
  await openDialogueStep(page);
  await expect(review(page)).toContainText('Punkterne fra handleplanen fra runden 3. december 2025.');
  await expect(review(page).getByRole('status')).toHaveText('0 gennemført · 0 i gang · 0 ikke gennemført · 0 droppet · 2 uden status endnu');
  await reviewItem(page, ITEM_DONE).getByRole('radio', { name: 'Gennemført', exact: true }).check();
  await reviewItem(page, ITEM_DONE).getByLabel('Kort kommentar').fill(COMMENT);
  // By keyboard: from "Ikke gennemført" one arrow on to "Droppet".
  await reviewItem(page, ITEM_DROPPED).getByRole('radio', { name: 'Ikke gennemført', exact: true }).check();
  await page.keyboard.press('ArrowRight');
  await letSavesSettle(page);
  await expectStatuses(page);
  await expectAccessible(page, 'Trin 3 with the previous plan reviewed');

  await reloadWhenSaved(page);
  await expectStatuses(page);

  // ------------------------------------------------ each block's dialogue shows what was agreed under it last time, as it went
  await stepNav(page).getByRole('link', { name: 'Trin 2: Udvælg emner' }).click();
  await page.getByRole('button', { name: 'Vis resultatet' }).click();
  for (const block of ['trivsel', 'statistik'] as const) await page.getByRole('checkbox', { name: `Tag ${TITLE[block]} med i dialogen` }).check();
  await page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 3: Gå i dialog' })).toBeVisible();
  await openDialogueBlock(page, 'trivsel');
  await expect(blockPreviousItems(page).getByRole('listitem')).toHaveCount(1);
  await expect(blockPreviousItems(page).getByRole('listitem')).toHaveText(`${ITEM_DONE}Gennemført – ${COMMENT}`);
  await expectAccessible(page, 'Trin 3: a block\'s dialogue with its previous items');
  await openDialogueBlock(page, 'statistik');
  await expect(blockPreviousItems(page).getByRole('listitem')).toHaveCount(1);
  await expect(blockPreviousItems(page).getByRole('listitem')).toHaveText(`${ITEM_DROPPED}Droppet`);

  // ------------------------------------------------ backup of everything, delete everything, restore
  await page.getByRole('link', { name: 'Data og sikkerhed' }).click();
  const backup = await downloadFrom(page, () => page.getByRole('button', { name: 'Gem sikkerhedskopi af alt' }).click());
  const file = JSON.parse(backup.bytes.toString('utf8')) as { formatVersion: number; workshops: Array<{ id: string; series: string; review: Record<string, { status: string | null; comment: string }> }> };
  expect(file.formatVersion).toBe(2);
  expect(file.workshops.map((w) => w.series)).toEqual([round1, round1]);
  expect(Object.values(file.workshops.find((w) => w.id === round2)!.review).map((r) => r.status).sort()).toEqual(['done', 'dropped']);
  await page.getByRole('button', { name: 'Slet alle dialogmøder på denne enhed' }).click();
  await page.getByRole('group', { name: 'Slet alle dialogmøder på denne enhed' }).getByRole('button', { name: 'Ja, slet alt' }).click();
  await expect.poll(async () => (await storedWorkshops(page)).length).toBe(0);
  await page.locator('#restore-file').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes });
  await expect(page.getByText('Filen indeholder 2 dialogmøder.')).toBeVisible();
  await page.getByRole('button', { name: 'Gendan', exact: true }).click();
  await expect(page.getByText('2 dialogmøder er gendannet.')).toBeVisible();

  // ------------------------------------------------ the Forside: one line for the series, the earlier round one tap away
  await page.getByRole('link', { name: 'Forside', exact: true }).click();
  const list = page.getByRole('region', { name: 'Jeres dialogmøder' });
  await expect(list.locator('li.workshop')).toHaveCount(1);
  await expect(list.locator('li.workshop')).toContainText('Runde 2 ·');
  const earlier = list.getByRole('button', { name: `Tidligere runder (1): ${WORKPLACE}` });
  await expect(earlier).toHaveAttribute('aria-expanded', 'false');
  await earlier.click();
  await expect(earlier).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('link', { name: 'Runde 1 · 3. december 2025' })).toBeVisible();
  await expectAccessible(page, 'Forside with a series of two rounds');
  await list.getByRole('link', { name: WORKPLACE, exact: true }).click();
  await openDialogueStep(page);
  await expectStatuses(page);

  // ------------------------------------------------ the PDF: the comparison's numbers and the previous plan's statuses
  await openPlanStep(page);
  await letSavesSettle(page);
  const pdf = await downloadPdf(page, testInfo, 'runde-2', { notes: false });
  const raw = squash(pdfRawText(pdf.path));
  expect(raw).toContain('Siden sidste runde');
  expect(raw).toContain('sammenlignet med runden 3. december 2025');
  for (const block of BLOCKS) {
    const e = expected(block);
    expect(raw, `${block} in the PDF`).toContain(`${e.now} ${e.before}`);
  }
  const changes = BLOCKS.map((b) => expected(b).pdf);
  for (const text of new Set(changes)) {
    const times = changes.filter((c) => c === text).length;
    expect(raw.split(text).length - 1, `"${text}" in the PDF`).toBe(times);
  }
  expect(raw).toContain('Sidste gang aftalte I …');
  expect(raw).toContain(COMMENT);
  // Each status on its own item's line (the table's columns side by side): Punkt, Status, Kommentar.
  const layout = pdfLayoutText(pdf.path).split('\n');
  const linesOf = (what: string) => layout.filter((line) => line.includes(what));
  expect(linesOf(ITEM_DONE)).toHaveLength(1);
  expect(linesOf(ITEM_DONE)[0]).toMatch(new RegExp(`${ITEM_DONE}\\s{2,}Gennemført\\s{2,}Hænger der`));
  expect(linesOf(ITEM_DROPPED)).toHaveLength(1);
  expect(linesOf(ITEM_DROPPED)[0]).toMatch(new RegExp(`${ITEM_DROPPED}\\s{2,}Droppet\\s*$`));

  // ------------------------------------------------ the calendar file: the next round, a year after this one
  await expect(planFields(page).nextRound).toHaveValue(`${pad(d)}.${pad(m)}.${y + 1}`);
  const ics = await downloadIcs(page, testInfo, 'runde-2');
  const lines = ics.text.replace(/\r\n /g, '').split('\r\n');
  expect(lines).toContain(`SUMMARY:Næste runde af Kom i hus – ${WORKPLACE}`);
  expect(lines).toContain(`DTSTART;VALUE=DATE:${y + 1}${pad(m)}${pad(d)}`);
});

/** A backup file (format 2) of one series of rounds: three people each, every question of Målgruppe 2 answered `value` by everyone. */
const ROLE = { Leder: 'leder', TR: 'tr', AMR: 'amr' } as const;

function seriesRounds(rounds: Array<{ id: string; date: string; value: Score }>): Workshop[] {
  return rounds.map(({ id, date, value }) =>
    meeting({
      id,
      date,
      series: 'serie-tre',
      title: 'Trioen i Valby',
      questionnaire: 'maalgruppe-2',
      questions: QUESTIONS,
      people: PEOPLE.map((p) => ({ name: p.name, role: ROLE[p.role], answers: QUESTIONS.map(() => value) })),
      step: 'results',
    }),
  );
}

test('three rounds: a trend line per block and the data table of every round, by keyboard and passing axe', async ({ page }) => {
  await skipOfflineNotice(page);
  await restoreMeetings(
    page,
    seriesRounds([
      { id: 'r-1', date: '2024-11-01', value: 2 },
      { id: 'r-2', date: '2025-11-01', value: 3 },
      { id: 'r-3', date: '2026-11-01', value: 4 },
    ]),
  );

  await page.goto('/#/moede/r-3/resultater');
  const change = page.getByRole('region', { name: 'Siden sidste runde' });
  await expect(change).toContainText('sammenlignet med runden 1. november 2025');
  await expect(change.locator('svg.rounds-trend')).toHaveCount(6);
  for (const line of await change.locator('svg.rounds-trend').all()) await expect(line).toHaveAttribute('aria-hidden', 'true');
  const table = change.getByRole('table', { name: 'Udviklingen over runderne' });
  await expect(table.getByRole('columnheader')).toHaveText(['Byggesten', '1. november 2024', '1. november 2025', '1. november 2026']);
  for (const block of BLOCKS) await expect(table.getByRole('row', { name: new RegExp(`^${TITLE[block]}`) })).toHaveText(`${TITLE[block]}2,03,04,0`);
  await expectAccessible(page, 'results with three rounds: the trend lines and the table');
  // A block's questions in both rounds, opened by keyboard: still accessible with the trend beside them.
  await change.getByRole('button', { name: `Vis spørgsmålene under ${TITLE.trivsel}` }).focus();
  await page.keyboard.press('Enter');
  await expect(change.getByRole('button', { name: `Skjul spørgsmålene under ${TITLE.trivsel}` })).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page, 'results with three rounds and a block\'s questions open');
});

test('a backup file from before rounds restores each workshop as a one-round series, and the next round starts from the Forside', async ({ page }) => {
  await skipOfflineNotice(page);
  await page.goto('/#/data');
  const text = readFileSync(new URL('../data/fixtures/backup-v1.json', import.meta.url));
  await page.locator('#restore-file').setInputFiles({ name: 'gammel.json', mimeType: 'application/json', buffer: text });
  await expect(page.getByText('Filen indeholder 2 dialogmøder.')).toBeVisible();
  await page.getByRole('button', { name: 'Gendan', exact: true }).click();
  await expect(page.getByText('2 dialogmøder er gendannet.')).toBeVisible();
  expect((await storedWorkshops(page)).map((w) => [w.id, w.series]).sort()).toEqual([
    ['w-1', 'w-1'],
    ['w-solo', 'w-solo'],
  ]);

  await page.getByRole('link', { name: 'Forside', exact: true }).click();
  const list = page.getByRole('region', { name: 'Jeres dialogmøder' });
  await expect(list.locator('li.workshop')).toHaveCount(2);
  await expect(list.getByRole('button', { name: /^Tidligere runder/ })).toHaveCount(0);
  // By keyboard, from the Forside.
  await list.getByRole('button', { name: 'Start næste runde: Min egen runde' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Alene – selvevaluering/ })).toBeChecked();
  await page.getByRole('link', { name: 'Forside', exact: true }).click();
  await expect(list.locator('li.workshop')).toHaveCount(2);
  await expect(list.getByRole('button', { name: 'Tidligere runder (1): Min egen runde' })).toBeVisible();
});

test('a database written before rounds (Dexie version 3) opens with every workshop as a one-round series', async ({ page }) => {
  await skipOfflineNotice(page);
  const fixture = JSON.parse(readFileSync(new URL('../db/fixtures/schema-v3.json', import.meta.url), 'utf8')) as { workshops: Array<{ id: string; title: string }> };
  // A page of the app's origin that does not start the app: the old database is written there first, as Dexie version 3 laid it out.
  await page.goto('/favicon.svg');
  await page.evaluate(
    async ({ name, workshops }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, 30);
        open.onupgradeneeded = () => {
          const d = open.result;
          const content = d.createObjectStore('content', { keyPath: ['id', 'version'] });
          content.createIndex('id', 'id');
          content.createIndex('kind', 'kind');
          d.createObjectStore('workshops', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
          d.createObjectStore('settings', { keyPath: 'key' });
          const responses = d.createObjectStore('responses', { keyPath: 'id' });
          responses.createIndex('invitation.id', 'invitation.id');
          responses.createIndex('updatedAt', 'updatedAt');
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('workshops', 'readwrite');
        for (const workshop of workshops) tx.objectStore('workshops').put(workshop);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: DATABASE, workshops: fixture.workshops },
  );

  await page.goto('/');
  const list = page.getByRole('region', { name: 'Jeres dialogmøder' });
  await expect(list.locator('li.workshop')).toHaveCount(2);
  for (const w of fixture.workshops) await expect(list.getByRole('link', { name: w.title, exact: true })).toBeVisible();
  await expect(list.getByRole('button', { name: /^Tidligere runder/ })).toHaveCount(0);
  const stored = await storedWorkshops(page);
  expect(stored.map((w) => [w.id, w.series, w.review, w.schemaVersion]).sort()).toEqual(fixture.workshops.map((w) => [w.id, w.id, {}, 2]).sort());
  // It opens, with its answers, and its next round starts.
  await list.getByRole('link', { name: fixture.workshops[0]!.title, exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Trin i dialogmødet' })).toBeVisible();
  await page.getByRole('link', { name: 'Forside', exact: true }).click();
  await list.getByRole('button', { name: `Start næste runde: ${fixture.workshops[0]!.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  await page.getByRole('link', { name: 'Forside', exact: true }).click();
  await expect(list.getByRole('button', { name: `Tidligere runder (1): ${fixture.workshops[0]!.title}` })).toBeVisible();
});
