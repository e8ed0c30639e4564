/**
 * Helpers for the Trin 4 (action plan) end-to-end tests: getting a workshop
 * to the plan screen, finding an item's fields, downloading the PDF and the
 * calendar file, and reading the PDF back with poppler's pdftotext/pdfinfo
 * (independent of the app's own layout code).
 */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';
import { poppler } from './pdf-text';
import { chooseMode, createWorkshop, TITLE, type Block } from './vote-helpers';

// ---------------------------------------------------------------- getting there

export function stepNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Trin i dialogmødet' });
}

/** Opens step 4 with the step link (available at any time). */
export async function openPlanStep(page: Page): Promise<void> {
  await stepNav(page).getByRole('link', { name: 'Trin 4: Handleplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 4: Lav en handleplan' })).toBeVisible();
  await expect(page).toHaveURL(/#\/moede\/[^/]+\/handleplan$/);
}

/** A solo workshop ("Alene – selvevaluering"), straight on the plan screen: no answers, no votes, no block chosen. */
export async function soloPlan(page: Page, title: string): Promise<void> {
  await createWorkshop(page, title, /Målgruppe 1/);
  await chooseMode(page, 'Alene – selvevaluering');
  await expect(page.getByRole('button', { name: 'Fjern leder', exact: true })).toBeVisible();
  await openPlanStep(page);
}

// ---------------------------------------------------------------- the plan screen

/** A building block's section on the plan screen. */
export function planBlock(page: Page, block: Block): Locator {
  return page.locator('section.plan-block').filter({ has: page.getByRole('heading', { level: 3, name: TITLE[block] }) });
}

/** Item number `n` (1-based, as the legend "Punkt n") within a block's section. */
export function planItem(page: Page, block: Block, n: number): Locator {
  return planBlock(page, block).getByRole('group', { name: `Punkt ${n}`, exact: true });
}

export function itemFields(item: Locator) {
  return {
    // "Hvad vil jeg gøre?" in solo mode (solo-flow.spec.ts checks which is where).
    what: item.getByRole('textbox', { name: /^Hvad vil (vi|jeg) gøre\?$/ }),
    who: item.getByRole('combobox', { name: 'Hvem gør hvad?', exact: true }),
    when: item.getByLabel('Hvornår? (fx »inden sommerferien«)', { exact: true }),
    date: item.getByLabel('Dato (valgfri)', { exact: true }),
    action: item.getByRole('radio', { name: 'Konkret handling', exact: true }),
    discussion: item.getByRole('radio', { name: 'Behov for drøftelse eller afklaring', exact: true }),
    forum: item.getByLabel('Hvor drøftes det? (fx LokalMED)', { exact: true }),
  };
}

export interface ItemInput {
  what: string;
  who?: string;
  when?: string;
  date?: string;
  forum?: string;
}

/** Presses "Tilføj punkt" in a block and fills the new (last) item in; returns the item's group. */
export async function addItem(page: Page, block: Block, input: ItemInput): Promise<Locator> {
  const section = planBlock(page, block);
  const before = await section.getByRole('group', { name: /^Punkt \d+$/ }).count();
  await section.getByRole('button', { name: 'Tilføj punkt', exact: true }).click();
  const item = planItem(page, block, before + 1);
  const f = itemFields(item);
  // (Whether focus moves into the new item is a test of its own, in plan-editing.spec.ts.)
  await expect(f.what).toBeVisible();
  await f.what.fill(input.what);
  if (input.who !== undefined) await f.who.fill(input.who);
  if (input.when !== undefined) await f.when.fill(input.when);
  if (input.date !== undefined) await f.date.fill(input.date);
  if (input.forum !== undefined) {
    await f.discussion.check();
    await expect(f.forum).toBeVisible();
    await f.forum.fill(input.forum);
  }
  return item;
}

/** The plan-wide fields. Located by id: their wording has been polished more than once. */
export function planFields(page: Page) {
  return {
    effect: page.locator('#plan-effect'),
    evidence: page.locator('#plan-evidence'),
    followUp: page.getByLabel(/Dato for opfølgning$/),
    nextRound: page.getByLabel('Næste runde (dato)', { exact: true }),
  };
}

/**
 * Waits until the debounced text fields have reached the database: the draft
 * journal (localStorage) lets go of a field's text only once IndexedDB has it.
 * A fixed pause was not enough on a loaded machine.
 */
export async function letSavesSettle(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('kom-i-hus:draft:'))), {
      message: 'text still waiting for the database',
    })
    .toEqual([]);
}

// ---------------------------------------------------------------- exports

export function exportPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Tag handleplanen med' });
}

/** Clicks "Hent handleplan som PDF" (optionally with the dialogue notes) and saves the file into the test's output folder. */
export async function downloadPdf(page: Page, testInfo: TestInfo, name: string, options: { notes?: boolean } = {}): Promise<{ path: string; fileName: string; download: Download }> {
  const panel = exportPanel(page);
  const notes = panel.getByRole('checkbox', { name: 'Medtag noter fra dialogen (trin 3)' });
  if (options.notes !== undefined) await notes.setChecked(options.notes);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    panel.getByRole('button', { name: 'Hent handleplan som PDF', exact: true }).click(),
  ]);
  const path = testInfo.outputPath(`${name}.pdf`);
  await download.saveAs(path);
  const fileName = download.suggestedFilename();
  await expect(panel.getByRole('status')).toContainText(`PDF'en er hentet: ${fileName}`);
  return { path, fileName, download };
}

export async function downloadIcs(page: Page, testInfo: TestInfo, name: string): Promise<{ text: string; fileName: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    exportPanel(page).getByRole('button', { name: 'Hent datoer til kalenderen (.ics)', exact: true }).click(),
  ]);
  const path = testInfo.outputPath(`${name}.ics`);
  await download.saveAs(path);
  return { text: readFileSync(path, 'utf8'), fileName: download.suggestedFilename() };
}

// ---------------------------------------------------------------- reading a PDF

// pdftotext's text of a file is pure (no Playwright): the WebKit suite reads its PDF with it too.
export * from './pdf-text';

/** A4 in PDF points, and the layout's margins (src/domain/pdf-layout.ts PAGE, in mm) in points. */
const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = {
  left: 18 * MM,
  right: 192 * MM,
  top: 18 * MM,
  /** Body text ends here; only the footer lies below. */
  contentBottom: 267 * MM,
  /** The footer's last line sits on this line. */
  bottom: 279 * MM,
};

export interface PdfWord {
  page: number;
  pageWidth: number;
  pageHeight: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Every word with its bounding box in points (origin top left), from `pdftotext -bbox-layout`. */
export function pdfWords(path: string): PdfWord[] {
  const xhtml = poppler('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', path, '-']);
  const words: PdfWord[] = [];
  const pages = xhtml.split(/<page /).slice(1);
  pages.forEach((chunk, index) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
    if (!size) throw new Error(`page ${index + 1} has no size`);
    for (const m of chunk.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
      words.push({
        page: index + 1,
        pageWidth: Number(size[1]),
        pageHeight: Number(size[2]),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: unescapeXml(m[5] ?? ''),
      });
    }
  });
  return words;
}
