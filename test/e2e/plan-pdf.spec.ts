/**
 * Trin 4's PDF export, read back with poppler (pdftotext/pdfinfo): a whole
 * workshop from step 1 to the downloaded plan with Danish letters intact;
 * 36 long actions over several pages with nothing outside the margins and
 * nothing lost at a page break; an empty plan; Polish, Turkish and
 * Vietnamese names, and a character the PDF font lacks; and the export with
 * the network gone.
 */
import type { Page } from '@playwright/test';
import { allowTime, cutNetwork, expect, expectAccessible, test, visitUntilOfflineReady } from './fixtures';
import {
  addItem,
  downloadPdf,
  exportPanel,
  itemFields,
  letSavesSettle,
  MARGIN,
  A4,
  openPlanStep,
  pdfLayoutText,
  pdfPages,
  pdfRawText,
  pdfWords,
  planBlock,
  planFields,
  planItem,
  soloPlan,
  squash,
  type PdfWord,
} from './plan-helpers';
import { addParticipant, answerAll, blockMeans, BLOCKS, formatMean, chooseMode, createWorkshop, goToScoring, questionsOf, resultsToVoting, TITLE, type Block, type Score } from './vote-helpers';

/** Occurrences of `needle` in `haystack`. */
function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

// ---------------------------------------------------------------- from step 1 to the PDF

const WORKPLACE = 'Hjemmeplejen Ærø, Øster Åby';
const QUESTIONS = questionsOf('maalgruppe-1');
// Målgruppe 1: Tydelig ledelse 1–6 | Fælles ejerskab 7–9 | Trivsel 10–13 | Statistik 14–17 | Samtaler 18–25 | Tidlige indsatser 26–28
const SOREN: Score[] = [4, 4, 3, 4, 4, 3, 3, 3, 4, 3, 4, 3, 3, 2, 2, 3, 2, 2, 2, 3, 2, 1, 2, 3, 2, 3, 4, 3];
const AASE: Score[] = [3, 3, 'skip', 4, 3, 3, 4, 3, 3, 4, 3, 3, 4, 2, 3, 2, 2, 1, 2, 2, 3, 2, 1, 2, 2, 4, 3, 4];

const PROPOSAL = '„Tjekliste for sygefraværssamtaler“ – Ærø/Øster Åby';
const SECOND = 'Åse og Søren gennemgår "Tidlig Indsats" – også for deltidssygemeldte på Ærø';
const DISCUSSION = 'Fraværsstatistikken for ÆØÅ-teamet drøftes hvert kvartal';
const NOTE = 'Vi glemmer at følge op på aftalerne – især før sommerferien.';
const EFFECT = 'Færre lange sygemeldinger, og at de sygemeldte føler sig set.';
const EVIDENCE = 'Fraværsprocenten i Øster Åby falder, og trivselsmålingen går op.';

/** A facilitated meeting of two: both answer step 1, the whiteboard tally, Samtaler chosen, a note and a proposal for the plan. */
async function workshopThroughStep3(page: Page) {
  await createWorkshop(page, WORKPLACE, /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  await addParticipant(page, 'Søren Ågård', 'Leder');
  await addParticipant(page, 'Åse Øberg', 'TR');
  await goToScoring(page);
  await page.getByRole('button', { name: 'Indtast svar for Søren Ågård (leder)' }).click();
  await answerAll(page, QUESTIONS, SOREN);
  await page.getByRole('button', { name: 'Indtast svar for Åse Øberg (TR)' }).click();
  await answerAll(page, QUESTIONS, AASE);
  await page.getByRole('button', { name: 'Se jeres besvarelser' }).click();
  await resultsToVoting(page);

  // Step 2: crosses on the whiteboard, 2 × 2 votes.
  await page.getByRole('radio', { name: 'Vi tæller krydser på tavlen og taster tallene ind' }).check();
  const tally: Partial<Record<Block, number>> = { samtaler: 2, statistik: 1, trivsel: 1 };
  for (const [block, n] of Object.entries(tally)) {
    await page.getByRole('spinbutton', { name: `Antal krydser ved ${TITLE[block as Block]}`, exact: true }).fill(String(n));
  }
  await expect(page.getByText('I alt 4 krydser. Forventet 4 (2 deltagere × 2 stemmer).')).toBeVisible();
  await page.getByRole('checkbox', { name: `Tag ${TITLE.samtaler} med i dialogen` }).check();
  await page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE.samtaler })).toBeVisible();

  // Step 3: a note and a proposal marked for the plan.
  await page.getByLabel('Hvad kunne I gøre bedre?').fill(NOTE);
  await page.getByLabel('Nyt forslag').fill(PROPOSAL);
  await page.getByRole('button', { name: 'Tilføj forslag' }).click();
  await expect(page.getByLabel('Forslag 1', { exact: true })).toHaveValue(PROPOSAL);
  await expect(page.getByRole('checkbox', { name: 'Til handleplan' })).toBeChecked();
  await letSavesSettle(page);
}

test('a workshop from step 1 to a downloaded PDF: Danish letters intact, the plan, the follow-up date, and notes only when asked for', async ({ page }, testInfo) => {
  allowTime(120_000);
  await workshopThroughStep3(page);
  await openPlanStep(page);

  // The proposal is already an item under Samtaler.
  await expect(page.getByRole('status').filter({ hasText: '1 forslag fra dialogen er sat ind i handleplanen.' })).toBeVisible();
  const first = itemFields(planItem(page, 'samtaler', 1));
  await expect(first.what).toHaveValue(PROPOSAL);
  await expect(first.action).toBeChecked();
  // "Hvem gør hvad?" suggests the participants.
  await expect(first.who).toHaveAttribute('list', 'plan-participants');
  await expect
    .poll(() => page.locator('datalist#plan-participants option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
    .toEqual(['Søren Ågård (leder)', 'Åse Øberg (TR)']);
  await first.who.fill('Søren Ågård (leder)');
  await first.when.fill('inden sommerferien');
  await first.date.fill('01.03.2027');

  await addItem(page, 'samtaler', { what: SECOND, who: 'Åse Øberg (TR)', date: '10.02.2027' });
  // Statistik was not chosen: it is under "Øvrige byggesten".
  await page.locator('summary', { hasText: 'Øvrige byggesten (5)' }).click();
  await addItem(page, 'statistik', { what: DISCUSSION, forum: 'LokalMED' });
  const fields = planFields(page);
  await fields.effect.fill(EFFECT);
  await fields.evidence.fill(EVIDENCE);
  await fields.followUp.fill('15.01.2027');
  await letSavesSettle(page);

  // ---- without the notes
  const plain = await downloadPdf(page, testInfo, 'uden-noter', { notes: false });
  expect(plain.fileName).toBe(`Handleplan – ${WORKPLACE} – 2026-12-03.pdf`);
  // Nothing here is outside the PDF font: no "replaced with ?" warning.
  await expect(exportPanel(page).getByText(/kan ikke vises i PDF/)).toHaveCount(0);
  const layout = pdfLayoutText(plain.path);
  const raw = squash(pdfRawText(plain.path));
  expect(layout).toContain(WORKPLACE);
  expect(layout).toContain('Søren Ågård (leder) og Åse Øberg (TR)');
  expect(layout).toContain('3. december 2026');
  // Step 1 and step 2 come along: each block's mean of both participants' answers, and the ranking.
  const means = blockMeans(QUESTIONS, [SOREN, AASE]);
  for (const block of BLOCKS.filter((b) => b !== 'trivsel')) {
    // (Trivsel's long title wraps beside its bar, so it is not on one line with its number.)
    expect(layout, `step-1 mean of ${block}`).toMatch(new RegExp(`${TITLE[block]} +${formatMean(means.get(block)!)}\\n`));
  }
  expect(raw).toContain('1. plads Systematiske samtaler Valgt til dialogen i trin 3 2 stemmer');
  for (const text of [PROPOSAL, SECOND, DISCUSSION, EFFECT, EVIDENCE]) {
    expect(count(raw, squash(text)), `"${text}" once in the PDF`).toBe(1);
  }
  expect(raw).toContain('Søren Ågård (leder)');
  expect(raw).toContain('1. marts 2027 – inden sommerferien');
  expect(raw).toContain('10. februar 2027');
  expect(layout).toContain('LokalMED');
  expect(raw).toContain('Til drøftelse – LokalMED');
  expect(layout).toContain('15. januar 2027');
  expect(layout).toContain('Fraværslinjen 3366 5766');
  expect(layout).toContain('Side 1 af');
  const pages = pdfPages(plain.path);
  for (let p = 1; p <= pages; p++) expect(layout, `page number on page ${p}`).toContain(`Side ${p} af ${pages}`);
  // The dialogue notes are left out unless asked for.
  expect(raw).not.toContain(squash(NOTE));
  expect(raw).not.toContain('Noter fra dialogen (Trin 3)');

  // ---- with the notes
  const withNotes = await downloadPdf(page, testInfo, 'med-noter', { notes: true });
  expect(withNotes.fileName).toBe(plain.fileName);
  const notesRaw = squash(pdfRawText(withNotes.path));
  expect(notesRaw).toContain('Noter fra dialogen (Trin 3)');
  expect(count(notesRaw, squash(NOTE))).toBe(1);
  expect(notesRaw).toContain(squash(DISCUSSION));
  await expectAccessible(page, 'plan screen after two PDF exports');
});

// ---------------------------------------------------------------- 36 long actions

const WORDS = (
  'sygefraværssamtaler trivselsmåling arbejdsmiljørepræsentanten tillidsrepræsentanten fraværsstatistikken ' +
  'mulighedserklæring tilbagevendelsesplan fastholdelse ældreplejen hjemmeplejen Ærø Øster Åby købmandsgården ' +
  'og i på til med for at der som bliver både også løbende hver måned kvartal efterår forår ' +
  'leder medarbejdere kolleger fællesskab opfølgning sparring rådgivning tjekliste akutdage trivselstavle ' +
  '„rundbordssamtale“ – tidlig indsats omsorg dialog aftaler referat skabelon LokalMED MED-udvalget ' +
  'sygemeldte deltidssygemeldte raskmelding ønsker behov støtte økonomi ansvar tydelighed grøn gul rød'
).split(' ');

/** A deterministic Danish-ish text of 250–300 characters, starting and ending with a marker of its own. */
function longAction(n: number): string {
  let seed = n * 7919 + 17;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed;
  };
  const target = 250 + (next() % 50);
  const end = ` (slut på handling ${n}).`;
  let text = `Handling ${n}:`;
  while (text.length + end.length < target) {
    const word = WORDS[next() % WORDS.length]!;
    if (text.length + 1 + word.length + end.length > 300) break;
    text += ` ${word}`;
  }
  return text + end;
}

/** Words of one page, in reading order (top to bottom, then left to right). */
function lineText(words: PdfWord[]): string {
  return [...words]
    .sort((a, b) => Math.round(a.yMin) - Math.round(b.yMin) || a.xMin - b.xMin)
    .map((w) => w.text)
    .join(' ');
}

/** Six a block, 250–300 characters each: three pages and more, with page breaks inside the tables. */
const ACTIONS = 36;

/** Slack for font metrics (a glyph's box may poke a fraction of a point past where the layout measured). */
const TOLERANCE = 1.5;

test('36 long actions over the six blocks: several pages, every word inside the margins, and every action whole', async ({ page }, testInfo) => {
  allowTime(180_000);
  const workplace = 'Ældreplejen Øst';
  await soloPlan(page, workplace);
  const actions: string[] = [];
  for (let n = 1; n <= ACTIONS; n++) {
    const block = BLOCKS[(n - 1) % BLOCKS.length]!;
    const what = longAction(n);
    expect(what.length, `length of action ${n}`).toBeGreaterThanOrEqual(250);
    expect(what.length, `length of action ${n}`).toBeLessThanOrEqual(300);
    actions.push(what);
    await addItem(page, block, {
      what,
      ...(n % 3 === 0 ? { who: 'Søren Ågård (leder) og Åse Øberg (TR)' } : {}),
      ...(n % 4 === 0 ? { when: 'inden sommerferien', date: '01.05.2027' } : {}),
    });
  }
  for (const block of BLOCKS) await expect(planBlock(page, block).getByRole('group', { name: /^Punkt \d+$/ })).toHaveCount(ACTIONS / BLOCKS.length);
  await letSavesSettle(page);

  const { path } = await downloadPdf(page, testInfo, 'tres-handlinger');
  const pages = pdfPages(path);
  expect(pages, 'pages').toBeGreaterThanOrEqual(3);

  // ---- nothing outside the margins; below the body only the footer
  const words = pdfWords(path);
  expect(new Set(words.map((w) => w.page)).size, 'pages with text').toBe(pages);
  const outside: string[] = [];
  for (const w of words) {
    expect([w.pageWidth, w.pageHeight]).toEqual([A4.width, A4.height]);
    const where = `page ${w.page} "${w.text}" x ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)} y ${w.yMin.toFixed(1)}–${w.yMax.toFixed(1)}`;
    if (w.xMin < MARGIN.left - TOLERANCE || w.xMax > MARGIN.right + TOLERANCE || w.yMin < MARGIN.top - TOLERANCE || w.yMax > MARGIN.bottom + TOLERANCE) outside.push(where);
  }
  expect(outside, 'words outside the margins').toEqual([]);
  for (let p = 1; p <= pages; p++) {
    const below = words.filter((w) => w.page === p && w.yMax > MARGIN.contentBottom + TOLERANCE);
    expect(lineText(below), `what lies below the body on page ${p}`).toBe(`Fraværslinjen 3366 5766 Side ${p} af ${pages} ${workplace} · 3. december 2026`);
  }

  // ---- every action whole, once, and on one page (a row is never split)
  const pageTexts = pdfRawText(path).split('\f').map(squash);
  const all = pageTexts.join(' ');
  for (const [i, what] of actions.entries()) {
    const n = i + 1;
    expect(count(all, squash(what)), `action ${n} whole and once in the PDF`).toBe(1);
    const onPage = pageTexts.findIndex((text) => text.includes(squash(what)));
    expect(onPage, `action ${n} on a single page`).toBeGreaterThanOrEqual(0);
  }
  // A table that goes on over a page break repeats its column header there.
  pageTexts.forEach((text, p) => {
    if (/Handling \d+:/.test(text)) expect(text, `column header on page ${p + 1}`).toContain('Hvad vil jeg gøre? Hvem gør hvad? Hvornår?');
  });
  expect(all).toContain('Søren Ågård (leder) og Åse Øberg (TR)');
  expect(all).toContain('1. maj 2027 – inden sommerferien');
});

// ---------------------------------------------------------------- an empty plan, and a letter the font lacks

test('a plan with no actions says so in the PDF, also when an item was added but left empty', async ({ page }, testInfo) => {
  await soloPlan(page, 'Tom plan');
  await planBlock(page, 'samtaler').getByRole('button', { name: 'Tilføj punkt', exact: true }).click();
  await expect(planItem(page, 'samtaler', 1)).toBeVisible();
  await letSavesSettle(page);
  const { path } = await downloadPdf(page, testInfo, 'tom');
  const text = squash(pdfRawText(path));
  // A solo plan: in the singular.
  expect(text).toContain('Mine prioriteringer (Trin 4) Der er endnu ingen handlinger i handleplanen.');
  expect(text).not.toContain('Hvad vil jeg gøre?');
  expect(text).toContain('Der er endnu ikke aftalt en dato for opfølgning.');
  expect(text).toContain('Side 1 af 1');
  expect(pdfPages(path)).toBe(1);
});

test('Polish, Turkish and Vietnamese names print as typed, as participant, title and plan item; a letter outside the font is named and printed "?"', async ({ page }, testInfo) => {
  const NAMES = ['Łukasz Wójcik', 'Şükrü Yılmaz', 'Nguyễn Thị Hà'] as const;
  const title = `Ledergruppen hos ${NAMES.join(', ')}`;
  await createWorkshop(page, title, /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  await addParticipant(page, NAMES[0], 'Leder');
  await addParticipant(page, NAMES[1], 'TR');
  await addParticipant(page, NAMES[2], 'AMR');
  await openPlanStep(page);
  await addItem(page, 'tidlige-indsatser', { what: `${NAMES[2]} ringer til den sygemeldte inden for en uge`, who: NAMES[0] });
  await addItem(page, 'tidlige-indsatser', { what: `${NAMES[1]} og Wang 王 laver en tjekliste`, who: NAMES[1] });
  await letSavesSettle(page);
  const { path } = await downloadPdf(page, testInfo, 'navne');
  await expect(exportPanel(page).locator('.notice--warning')).toHaveText("Disse tegn kan ikke vises i PDF'en og er erstattet med ?: 王");
  await expectAccessible(page, 'plan screen with the replaced-characters warning');
  const text = squash(pdfRawText(path));
  expect(text).toContain(`Deltagere ${NAMES[0]} (leder), ${NAMES[1]} (TR) og ${NAMES[2]} (AMR)`);
  expect(text).toContain(title);
  expect(text).toContain(`${NAMES[2]} ringer til den sygemeldte inden for en uge ${NAMES[0]}`);
  expect(text).toContain(`${NAMES[1]} og Wang ? laver en tjekliste ${NAMES[1]}`);
  for (const name of NAMES) expect(count(text, name), name).toBeGreaterThanOrEqual(3);
  expect(text).not.toContain('王');
  // The plan itself keeps what was typed.
  await expect(itemFields(planItem(page, 'tidlige-indsatser', 2)).what).toHaveValue(`${NAMES[1]} og Wang 王 laver en tjekliste`);
});

// ---------------------------------------------------------------- offline

test('after the first visit the PDF can be made with the network gone (jsPDF from the service worker cache)', async ({ page, context }, testInfo) => {
  await visitUntilOfflineReady(page);
  await page.getByRole('button', { name: 'OK' }).click();

  await soloPlan(page, 'Bostedet Ærøskøbing');
  await addItem(page, 'trivsel', { what: 'Trivselstavle på personalestuen – „grøn, gul, rød“', who: 'Leder', date: '01.02.2027' });
  await planFields(page).followUp.fill('15.06.2027');
  await letSavesSettle(page);
  // jsPDF is loaded only when a PDF is asked for: not yet.
  const jspdfLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /jspdf/i.test(e.name)));
  expect(await jspdfLoaded(), 'jsPDF loaded before any export').toBe(false);

  const leaked = await cutNetwork(context);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 4: Lav en handleplan' })).toBeVisible();
  await expect(itemFields(planItem(page, 'trivsel', 1)).what).toHaveValue('Trivselstavle på personalestuen – „grøn, gul, rød“');

  const { path, fileName } = await downloadPdf(page, testInfo, 'offline');
  expect(fileName).toBe('Handleplan – Bostedet Ærøskøbing – 2026-12-03.pdf');
  await expect(exportPanel(page).getByRole('alert')).toHaveCount(0);
  expect(await jspdfLoaded(), 'jsPDF loaded for the export').toBe(true);
  const text = squash(pdfRawText(path));
  expect(text).toContain('Trivselstavle på personalestuen – „grøn, gul, rød“');
  expect(text).toContain('15. juni 2027');
  expect(text).toContain('Bostedet Ærøskøbing');
  expect(leaked, 'requests that reached the network while offline').toEqual([]);
});
