/**
 * Trin 4 on screen: items save as typed and survive a reload, move by
 * keyboard with the focus kept on the moved item, come back with "Fortryd"
 * after a delete, can start from an inspiration; the calendar file and the
 * print-friendly view carry the same plan; and the screen passes axe.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, reloadWhenSaved, test, workshopIdOf } from './fixtures';
import {
  addItem,
  downloadIcs,
  downloadPdf,
  exportPanel,
  itemFields,
  letSavesSettle,
  openPlanStep,
  planBlock,
  planFields,
  pdfRawText,
  planItem,
  soloPlan,
  squash,
  stepNav,
} from './plan-helpers';
import { chooseAloneInStep2, inspirationCount, TITLE, type Block } from './vote-helpers';

/** A solo workshop with Systematiske samtaler chosen in step 2 (no answers, no votes), on the plan screen. */
async function planWithSamtalerChosen(page: Page, title: string) {
  await soloPlan(page, title);
  await stepNav(page).getByRole('link', { name: 'Trin 2: Udvælg emner' }).click();
  await chooseAloneInStep2(page, ['samtaler']);
  await openPlanStep(page);
}

/** The "what" of every item in a block, in order on screen. */
async function whats(page: Page, block: Block): Promise<string[]> {
  return planBlock(page, block)
    .locator('li.plan-item textarea')
    .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
}

async function expectWhats(page: Page, block: Block, expected: string[]) {
  await expect.poll(() => whats(page, block), { message: `items of ${block}` }).toEqual(expected);
}

function others(page: Page): Locator {
  return page.locator('details.plan-others');
}

test('an item and the plan-wide fields save as typed and are all there after a reload', async ({ page }) => {
  await planWithSamtalerChosen(page, 'Plejecentret Ærtebjerg');
  // The chosen block first, the five others folded away.
  await expect(page.locator('section.plan-block').first().getByRole('heading', { level: 3 })).toHaveText(`${TITLE.samtaler} 0 punkter`);
  await expect(others(page).locator(':scope > summary')).toHaveText('Øvrige byggesten (5)');
  await expect(others(page)).not.toHaveAttribute('open');

  const item = await addItem(page, 'samtaler', {
    what: 'Brug „Tjekliste for sygefraværssamtaler“ – også ved korte fravær',
    who: 'Leder',
    when: 'inden sommerferien',
    date: '30.04.2027',
  });
  const f = itemFields(item);
  // A suggestion list of the participants is offered for "Hvem gør hvad?".
  await expect(f.who).toHaveAttribute('list', 'plan-participants');
  await expect.poll(() => page.locator('datalist#plan-participants option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['leder']);
  await expect(f.action).toBeChecked();
  await expect(f.forum).toHaveCount(0);
  await f.discussion.check();
  await f.forum.fill('LokalMED');
  await expect(planBlock(page, 'samtaler').getByRole('heading', { level: 3 })).toHaveText(`${TITLE.samtaler} 1 punkt`);

  // An item in a block that was not chosen.
  await others(page).locator(':scope > summary').click();
  await addItem(page, 'statistik', { what: 'Fraværstal på tavlen hver måned – æøå ÆØÅ' });

  const fields = planFields(page);
  await fields.effect.fill('Færre og kortere sygefravær.');
  await fields.evidence.fill('Fraværsprocenten falder fra 6,1 til 5 inden næste år.');
  await fields.followUp.fill('15.01.2027');
  await letSavesSettle(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 4: Lav en handleplan' })).toBeVisible();
  const again = itemFields(planItem(page, 'samtaler', 1));
  await expect(again.what).toHaveValue('Brug „Tjekliste for sygefraværssamtaler“ – også ved korte fravær');
  await expect(again.who).toHaveValue('Leder');
  await expect(again.when).toHaveValue('inden sommerferien');
  await expect(again.date).toHaveValue('30.04.2027');
  await expect(again.discussion).toBeChecked();
  await expect(again.forum).toHaveValue('LokalMED');
  // The others open by themselves when one of them has items, so nothing in the plan is hidden.
  await expect(others(page)).toHaveAttribute('open');
  await expect(itemFields(planItem(page, 'statistik', 1)).what).toHaveValue('Fraværstal på tavlen hver måned – æøå ÆØÅ');
  await expect(fields.effect).toHaveValue('Færre og kortere sygefravær.');
  await expect(fields.evidence).toHaveValue('Fraværsprocenten falder fra 6,1 til 5 inden næste år.');
  await expect(fields.followUp).toHaveValue('15.01.2027');
  // A proposal-less workshop gets no "sat ind" notice.
  await expect(page.getByText(/forslag fra dialogen er sat ind/)).toHaveCount(0);
  await expectAccessible(page, 'plan screen with an action, a discussion and the others open');
});

test('"Tilføj punkt" puts the focus in the new item\'s "Hvad vil vi gøre?", also on a slow tablet', async ({ page }) => {
  await soloPlan(page, 'Fokus på det nye punkt');
  // A low-end tablet: the CPU four times slower.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (let n = 1; n <= 3; n++) {
    await planBlock(page, 'samtaler').getByRole('button', { name: 'Tilføj punkt', exact: true }).click();
    await expect(planItem(page, 'samtaler', n)).toBeVisible();
    await expect(itemFields(planItem(page, 'samtaler', n)).what, `focus after adding item ${n}`).toBeFocused({ timeout: 3000 });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('moving items by keyboard keeps the focus on the moved item, also at the ends, and the order is saved', async ({ page }) => {
  await soloPlan(page, 'Rækkefølgen');
  for (const what of ['Alfa – først', 'Bravo – bøf', 'Charlie – æble']) await addItem(page, 'samtaler', { what });
  await letSavesSettle(page);
  await expectWhats(page, 'samtaler', ['Alfa – først', 'Bravo – bøf', 'Charlie – æble']);
  const button = (n: number, dir: 'op' | 'ned') => planItem(page, 'samtaler', n).getByRole('button', { name: `Flyt punkt ${n} ${dir}`, exact: true });
  await expect(button(1, 'op')).toBeDisabled();
  await expect(button(3, 'ned')).toBeDisabled();

  // Bravo down to the bottom: "ned" is now disabled, so the focus goes to Bravo's "op".
  await button(2, 'ned').focus();
  await page.keyboard.press('Enter');
  await expectWhats(page, 'samtaler', ['Alfa – først', 'Charlie – æble', 'Bravo – bøf']);
  await expect(button(3, 'op'), 'focus after moving to the bottom').toBeFocused();

  // Up again with the focused button: Bravo is in the middle, the pressed button keeps the focus.
  await page.keyboard.press('Enter');
  await expectWhats(page, 'samtaler', ['Alfa – først', 'Bravo – bøf', 'Charlie – æble']);
  await expect(button(2, 'op'), 'focus after moving into the middle').toBeFocused();

  // And up to the top with Space: "op" is disabled there, the focus goes to "ned".
  await page.keyboard.press('Space');
  await expectWhats(page, 'samtaler', ['Bravo – bøf', 'Alfa – først', 'Charlie – æble']);
  await expect(button(1, 'ned'), 'focus after moving to the top').toBeFocused();
  await expect(button(1, 'op')).toBeDisabled();

  await reloadWhenSaved(page);
  await expectWhats(page, 'samtaler', ['Bravo – bøf', 'Alfa – først', 'Charlie – æble']);
});

test('a deleted item comes back in its place, with everything it held, with "Fortryd"', async ({ page }) => {
  await soloPlan(page, 'Fortrydelsen');
  await addItem(page, 'tidlige-indsatser', { what: 'Første punkt' });
  await addItem(page, 'tidlige-indsatser', { what: 'Andet punkt – ring til Åse', who: 'Leder', when: 'hver uge', date: '01.03.2027', forum: 'LokalMED' });
  await addItem(page, 'tidlige-indsatser', { what: 'Tredje punkt' });
  await letSavesSettle(page);

  await planItem(page, 'tidlige-indsatser', 2).getByRole('button', { name: 'Slet punkt 2', exact: true }).click();
  await expectWhats(page, 'tidlige-indsatser', ['Første punkt', 'Tredje punkt']);
  const undo = page.getByRole('status').filter({ hasText: 'Punktet er slettet.' });
  await expect(undo).toBeVisible();
  await expectAccessible(page, 'plan screen with the undo notice');
  await undo.getByRole('button', { name: 'Fortryd', exact: true }).click();
  await expectWhats(page, 'tidlige-indsatser', ['Første punkt', 'Andet punkt – ring til Åse', 'Tredje punkt']);
  await expect(undo).toHaveCount(0);
  const f = itemFields(planItem(page, 'tidlige-indsatser', 2));
  await expect(f.who).toHaveValue('Leder');
  await expect(f.when).toHaveValue('hver uge');
  await expect(f.date).toHaveValue('01.03.2027');
  await expect(f.discussion).toBeChecked();
  await expect(f.forum).toHaveValue('LokalMED');

  await reloadWhenSaved(page);
  await expectWhats(page, 'tidlige-indsatser', ['Første punkt', 'Andet punkt – ring til Åse', 'Tredje punkt']);
  await expect(itemFields(planItem(page, 'tidlige-indsatser', 2)).forum).toHaveValue('LokalMED');
});

test('a proposal from step 3 that is deleted in step 4 stays deleted when the group goes back and forth', async ({ page }) => {
  await planWithSamtalerChosen(page, 'Frem og tilbage');
  await stepNav(page).getByRole('link', { name: 'Trin 3: Dialog' }).click();
  // A proposal being written survives a reload before it is added.
  await page.getByLabel('Nyt forslag').fill('Tjekliste til samtalerne');
  await page.reload();
  await expect(page.getByLabel('Nyt forslag')).toHaveValue('Tjekliste til samtalerne');
  await page.getByRole('button', { name: 'Tilføj forslag' }).click();
  await page.getByLabel('Nyt forslag').fill('Fast tid i kalenderen');
  await page.getByRole('button', { name: 'Tilføj forslag' }).click();
  await expect(page.getByRole('checkbox', { name: 'Til handleplan' })).toHaveCount(2);

  await page.getByRole('button', { name: 'Videre til Trin 4: Lav en handleplan' }).click();
  await expectWhats(page, 'samtaler', ['Tjekliste til samtalerne', 'Fast tid i kalenderen']);
  await planItem(page, 'samtaler', 1).getByRole('button', { name: 'Slet punkt 1', exact: true }).click();
  await expectWhats(page, 'samtaler', ['Fast tid i kalenderen']);
  await letSavesSettle(page);

  // Back in step 3 the deleted one is no longer marked for the plan; step 4 does not bring it back.
  await stepNav(page).getByRole('link', { name: 'Trin 3: Dialog' }).click();
  const marks = page.getByRole('checkbox', { name: 'Til handleplan' });
  await expect(marks.nth(0)).not.toBeChecked();
  await expect(marks.nth(1)).toBeChecked();
  await page.getByRole('button', { name: 'Videre til Trin 4: Lav en handleplan' }).click();
  await expectWhats(page, 'samtaler', ['Fast tid i kalenderen']);
  await reloadWhenSaved(page);
  await expectWhats(page, 'samtaler', ['Fast tid i kalenderen']);

  // Marking it again in step 3 is how it comes back.
  await stepNav(page).getByRole('link', { name: 'Trin 3: Dialog' }).click();
  await marks.nth(0).check();
  await expect(marks.nth(0)).toBeChecked();
  await page.getByRole('button', { name: 'Videre til Trin 4: Lav en handleplan' }).click();
  await expectWhats(page, 'samtaler', ['Fast tid i kalenderen', 'Tjekliste til samtalerne']);
});

interface Idea {
  id: string;
  title: string;
  summary: string;
  blocks: string[];
}

test('an inspiration becomes a draft item with "Brug som udkast"', async ({ page }) => {
  const ideas = (JSON.parse(readFileSync(new URL('../../questionnaires/inspiration.json', import.meta.url), 'utf8')) as { items: Idea[] }).items.filter((i) =>
    i.blocks.includes('samtaler'),
  );
  const idea = ideas[2];
  if (!idea) throw new Error('too few ideas for Samtaler');
  await soloPlan(page, 'Inspirationen');
  await addItem(page, 'samtaler', { what: 'Vores eget punkt' });
  const section = planBlock(page, 'samtaler');
  const summary = section.locator('details.plan-ideas summary');
  await expect(summary).toHaveText(`Inspiration til denne byggesten (${inspirationCount('samtaler')})`);
  await summary.click();
  await expect(section.locator('.plan-ideas .inspiration__item')).toHaveCount(ideas.length);
  await expect(section.locator('.plan-ideas .inspiration__item h4')).toHaveText(ideas.map((i) => i.title));
  // (axe on the open list is the last test in this file.)

  await section.getByRole('button', { name: `Brug som udkast: ${idea.title}`, exact: true }).click();
  await expect(section.getByRole('group', { name: /^Punkt \d+$/ })).toHaveCount(2);
  const draft = itemFields(planItem(page, 'samtaler', 2));
  await expect(draft.what).toHaveValue(`${idea.title}: ${idea.summary}`);
  // The keyboard user lands in the new draft, ready to edit it.
  await expect(draft.what).toBeFocused();
  await expect(draft.who).toHaveValue('');
  await expect(draft.action).toBeChecked();
  // The draft is an ordinary item: edit it, and it is saved.
  await draft.what.fill(`${idea.title} – vi prøver det i foråret`);
  await letSavesSettle(page);
  await page.reload();
  await expectWhats(page, 'samtaler', ['Vores eget punkt', `${idea.title} – vi prøver det i foråret`]);
});

/** Unfolds RFC 5545 lines (CRLF + one space continues the line). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

test('the calendar file holds the follow-up date and every dated item as all-day events, with CRLF lines', async ({ page }, testInfo) => {
  const workplace = 'Hjemmeplejen Ærø';
  await soloPlan(page, workplace);
  const icsButton = exportPanel(page).getByRole('button', { name: 'Hent datoer til kalenderen (.ics)', exact: true });
  // The next round is dated a year after the meeting unless the field is emptied (rounds-flow.spec.ts follows it into the file).
  await expect(planFields(page).nextRound).not.toHaveValue('');
  await expect(icsButton).toBeEnabled();
  await planFields(page).nextRound.fill('');
  await letSavesSettle(page);
  // Nothing dated now: the button says why it cannot be used.
  await expect(icsButton).toBeDisabled();
  await expect(icsButton).toHaveAccessibleDescription('Der er ingen datoer at lægge i kalenderen endnu.');

  await addItem(page, 'samtaler', { what: 'Tjekliste for samtaler, ny udgave; med æøå', who: 'Leder', date: '01.03.2027' });
  await addItem(page, 'samtaler', { what: 'Uden dato', when: 'løbende' });
  await addItem(page, 'statistik', { what: 'Drøft tallene', date: '10.02.2027', forum: 'LokalMED' });
  await planFields(page).followUp.fill('15.01.2027');
  await letSavesSettle(page);
  await expect(icsButton).toBeEnabled();

  const { text, fileName } = await downloadIcs(page, testInfo, 'kalender');
  expect(fileName).toMatch(/\.ics$/);
  expect(fileName).toContain(workplace);
  await expect(exportPanel(page).getByRole('status')).toHaveText(`Kalenderfilen er hentet: ${fileName}`);

  // CRLF everywhere: no bare LF or CR, and the file ends with one.
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line, 'a bare line break inside a line').not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8'), `octets of "${line}"`).toBeLessThanOrEqual(75);
  }

  const lines = unfold(text);
  expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
  expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(3);
  expect(lines.filter((l) => l.startsWith('DTSTART')).sort()).toEqual([
    'DTSTART;VALUE=DATE:20270115',
    'DTSTART;VALUE=DATE:20270210',
    'DTSTART;VALUE=DATE:20270301',
  ]);
  // One day each (DTEND is exclusive).
  expect(lines.filter((l) => l.startsWith('DTEND')).sort()).toEqual(['DTEND;VALUE=DATE:20270116', 'DTEND;VALUE=DATE:20270211', 'DTEND;VALUE=DATE:20270302']);
  expect(lines).toContain(`SUMMARY:Opfølgning på handleplanen – ${workplace}`);
  // Commas and semicolons escaped, Danish letters as UTF-8.
  expect(lines).toContain('SUMMARY:Handleplan: Tjekliste for samtaler\\, ny udgave\\; med æøå');
  expect(lines).toContain('SUMMARY:Handleplan: Drøft tallene');
  expect(lines.some((l) => l.startsWith('SUMMARY:') && l.includes('Uden dato'))).toBe(false);
  const events = text.split('BEGIN:VEVENT').slice(1).map((e) => e.replace(/\r\n /g, ''));
  const discussion = events.find((e) => e.includes('DTSTART;VALUE=DATE:20270210'));
  expect(discussion).toContain('Til drøftelse i LokalMED');
  // The UIDs are stable and tied to the workshop, so a second import updates instead of adding.
  expect(lines).toContain(`UID:followup-${workshopIdOf(page)}@kom-i-hus`);
});

test('the print-friendly plan shows the same items in tables with the booklet\'s three columns, and passes axe', async ({ page }, testInfo) => {
  await planWithSamtalerChosen(page, 'Tandplejen Øst');
  await addItem(page, 'samtaler', { what: 'Faste samtaler efter 14 dages fravær', who: 'Leder', when: 'inden sommerferien', date: '01.03.2027' });
  await addItem(page, 'samtaler', { what: 'Ny skabelon til referat' });
  await others(page).locator(':scope > summary').click();
  await addItem(page, 'faelles-ejerskab', { what: 'Sygefravær som fast punkt', forum: 'LokalMED' });
  await planFields(page).effect.fill('Alle kender reglerne.');
  await planFields(page).followUp.fill('15.01.2027');
  await letSavesSettle(page);

  await exportPanel(page).getByRole('link', { name: 'Vis udskriftsvenlig handleplan' }).click();
  await expect(page).toHaveURL(/#\/moede\/[^/]+\/udskriv$/);
  // A solo plan: "Min handleplan", "Hvad vil jeg gøre?".
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min handleplan – Tandplejen Øst');
  const tables = page.locator('table.print-table--plan');
  // Chosen block first, then the others in Huset's order; blocks without items left out.
  await expect(tables.locator('caption')).toHaveText([TITLE.samtaler, TITLE['faelles-ejerskab']]);
  for (const table of await tables.all()) {
    await expect(table.getByRole('columnheader')).toHaveText(['Hvad vil jeg gøre?', 'Hvem gør hvad?', 'Hvornår?']);
  }
  const rows = (n: number) => tables.nth(n).locator('tbody tr');
  await expect(rows(0)).toHaveCount(2);
  await expect(rows(0).nth(0).getByRole('cell')).toHaveText(['Faste samtaler efter 14 dages fravær', 'Leder', '1. marts 2027 – inden sommerferien']);
  await expect(rows(0).nth(1).getByRole('cell')).toHaveText(['Ny skabelon til referat', '–', '–']);
  await expect(rows(1)).toHaveCount(1);
  await expect(rows(1).nth(0).getByRole('cell')).toHaveText(['Sygefravær som fast punktTil drøftelse – LokalMED', '–', '–']);
  await expect(page.getByText('Alle kender reglerne.')).toBeVisible();
  await expect(page.getByText('15. januar 2027')).toBeVisible();
  await expect(page.getByText('Fraværslinjen 3366 5766')).toBeVisible();
  await expectAccessible(page, 'print-friendly plan');

  await page.getByRole('link', { name: 'Tilbage til handleplanen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 4: Lav en handleplan' })).toBeVisible();
  await expect(itemFields(planItem(page, 'samtaler', 2)).what).toHaveValue('Ny skabelon til referat');
  // The PDF holds the same rows (a cell's lines one after another, cell by cell).
  const { path } = await downloadPdf(page, testInfo, 'samme');
  const pdf = squash(pdfRawText(path));
  expect(pdf).toContain(`${TITLE.samtaler} Hvad vil jeg gøre? Hvem gør hvad? Hvornår? Faste samtaler efter 14 dages fravær Leder 1. marts 2027 – inden sommerferien Ny skabelon til referat `);
  expect(pdf).toContain(`${TITLE['faelles-ejerskab']} Hvad vil jeg gøre? Hvem gør hvad? Hvornår? Sygefravær som fast punkt Til drøftelse – LokalMED`);
});

test('the plan screen passes axe: empty, with items of both kinds, after an export, and with an inspiration list open', async ({ page }, testInfo) => {
  await planWithSamtalerChosen(page, 'Tilgængeligheden');
  await expectAccessible(page, 'empty plan screen');
  await addItem(page, 'samtaler', { what: 'Handling', who: 'Leder', date: '01.02.2027' });
  await addItem(page, 'samtaler', { what: 'Drøftelse', forum: 'LokalMED' });
  await others(page).locator(':scope > summary').click();
  await addItem(page, 'trivsel', { what: 'Wang 王 ringer' });
  await letSavesSettle(page);
  await expectAccessible(page, 'plan screen with items of both kinds and the others open');
  await downloadPdf(page, testInfo, 'axe');
  await expect(exportPanel(page).locator('.notice--warning')).toBeVisible();
  await expectAccessible(page, 'plan screen after a PDF export with a warning');
  await planBlock(page, 'trivsel').locator('details.plan-ideas > summary').click();
  await expect(planBlock(page, 'trivsel').getByRole('button', { name: /som udkast/ }).first()).toBeVisible();
  await expectAccessible(page, 'plan screen with an inspiration list open');
});
