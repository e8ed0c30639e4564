/**
 * Own devices (issue #10): printing. "Udskriv invitation" prints the
 * invitation sheet alone; the sheet's print rules come with the set-up's
 * chunk and stay loaded, so they must not apply to any other print: after
 * the invitation was shown, Trin 4's print-friendly plan still prints.
 * The sheet says the deadline the facilitator set ("Svar senest"), and the
 * link carries it to the participant's phone.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { chooseMode, createWorkshop } from './scoring-helpers';
import { exportPanel, openPlanStep } from './plan-helpers';
import { pdfLayoutText, pdfPages, poppler, squash } from './pdf-text';

/** Replaces window.print with a recorder that leaves the page as it was when printing began (no dialog, no afterprint yet). */
async function holdPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed += 1;
    };
  });
}

test('the invitation prints alone on A4, and the print-friendly plan still prints after it was shown', async ({ page }, testInfo) => {
  await createWorkshop(page, 'Ledergruppen Syd', /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  await page.getByRole('button', { name: 'Inviter deltagere til at svare på egen telefon' }).click();
  await expect(page.getByRole('img', { name: 'QR-kode til spørgeskemaet for Ledergruppen Syd' })).toBeVisible();
  const sheet = page.locator('.invitation-sheet');
  const setUp = page.getByRole('heading', { level: 1, name: 'Opsætning' });
  // No deadline set: the meeting is the limit.
  await expect(sheet.locator('p').last()).toHaveText('Svar inden mødet den 3. december 2026.');
  const deadline = page.getByLabel('Svar senest (kan udelades)');
  await deadline.fill('31.11.2026');
  await deadline.blur();
  await expect(page.getByText('Skriv en gyldig dato.', { exact: true })).toBeVisible();
  await deadline.fill('1.12.2026');
  await deadline.blur();
  await expect(deadline).toHaveValue('01.12.2026');
  await expect(sheet.locator('p').last()).toHaveText('Svar senest 1. december 2026.');
  await expectAccessible(page, 'set-up with the invitation and its deadline');

  // The browser's own print of the set-up (Ctrl+P), not the invitation: the page, no sheet.
  await page.emulateMedia({ media: 'print' });
  await expect(setUp).toBeVisible();
  await expect(sheet).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // "Udskriv invitation": while it prints, the sheet alone, with its QR code.
  await holdPrint(page);
  await page.getByRole('button', { name: 'Udskriv invitation' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('h2')).toHaveText('Svar på spørgeskemaet til Ledergruppen Syd');
  await expect(sheet.locator('h2')).toBeVisible();
  await expect(sheet.locator('svg.qr')).toBeVisible();
  await expect(setUp).toBeHidden();
  await expect(page.getByRole('button', { name: 'Udskriv invitation' })).toBeHidden();
  // Printed as Chromium prints it: one A4 page, with the sheet's words and nothing of the set-up.
  const pdf = testInfo.outputPath('invitation.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  expect(pdfPages(pdf)).toBe(1);
  expect(poppler('pdfinfo', [pdf])).toMatch(/^Page size:.*\(A4\)$/m);
  const text = squash(pdfLayoutText(pdf));
  expect(text).toContain('Svar på spørgeskemaet til Ledergruppen Syd');
  expect(text).toContain('Scan QR-koden med kameraet på din telefon.');
  expect(text).toContain('Svar senest 1. december 2026.');
  expect(text).not.toContain('Opsætning');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(setUp).toBeVisible();
  await expect(sheet).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The link carries the deadline to the participant's phone.
  const link = await page.getByLabel('Link til spørgeskemaet').inputValue();
  const phone = await page.context().newPage();
  await phone.goto(link);
  await expect(phone.getByRole('heading', { level: 1, name: 'Svar på spørgeskemaet til Ledergruppen Syd' })).toBeVisible();
  await expect(phone.getByText('Svar senest 1. december 2026.')).toBeVisible();
  await phone.close();

  // Trin 4's print-friendly plan, printed after the invitation was shown: the plan, not a blank page.
  await openPlanStep(page);
  await exportPanel(page).getByRole('link', { name: 'Vis udskriftsvenlig handleplan' }).click();
  const title = page.getByRole('heading', { level: 1, name: 'Handleplan – Ledergruppen Syd' });
  await expect(title).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(title).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  const plan = testInfo.outputPath('plan.pdf');
  await page.pdf({ path: plan, preferCSSPageSize: true });
  expect(squash(pdfLayoutText(plan))).toContain('Handleplan – Ledergruppen Syd');
});
