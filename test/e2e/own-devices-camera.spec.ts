/**
 * Own devices (issue #10), by camera. The participant's phone opens the link
 * decoded from the QR code the facilitator's screen draws (not read from the
 * page's text), answers with the network cut and shows its answer code. The
 * facilitator's browser then reads that code through the real camera path:
 * Chromium's fake camera plays a video made from a picture of the phone's
 * screen. The results then hold the answers.
 */
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import decodeQR from 'qr/decode.js';
import { cutNetwork, expect, expectAccessible, launchProfile, test } from './fixtures';
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
} from './scoring-helpers';

const m1 = loadQuestionnaire('maalgruppe-1');
const TOTAL = m1.questions.length;
const MARIA = pattern('4 4 3 5 4 4   3 3 4   2 2 3 2   3 4 3 4   4 4 5 3 4 4 3 4   2 3 3', TOTAL);
const KIM = pattern('2 1 - 3 2 2   5 4 4   4 - 4 5   1 1 - 2   2 3 3 1 2 - 3 2   5 4 -', TOTAL);

/** The text of the QR code an <svg> on the page draws, read from its pixels as a camera would. */
async function readQrOnScreen(page: Page, name: string): Promise<string> {
  const svg = page.getByRole('img', { name });
  await expect(svg).toBeVisible();
  const pixels = await svg.evaluate(async (element) => {
    const size = 600;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(element))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, size, size);
    return { width: size, height: size, data: Array.from(context.getImageData(0, 0, size, size).data) };
  });
  return decodeQR({ width: pixels.width, height: pixels.height, data: Uint8ClampedArray.from(pixels.data) });
}

test('a participant’s answer code, shown on their phone, is read by the facilitator’s camera', async ({ browser, baseURL, launchOptions }, testInfo) => {
  test.setTimeout(180_000);
  const profile = mkdtempSync(join(tmpdir(), 'kom-i-hus-facilitator-'));
  const video = testInfo.outputPath('answer-code.mjpeg');
  const launch = (args: string[] = []) => launchProfile(profile, { launchOptions, baseURL }, args);
  try {
    // The facilitator invites; the link is taken from the QR code as drawn.
    const first = await launch();
    const facilitator = first.pages()[0] ?? (await first.newPage());
    await createWorkshop(facilitator, 'Ledergruppen Vest', /Målgruppe 1/);
    await chooseMode(facilitator, 'Møde med facilitator');
    await addParticipant(facilitator, 'Maria', 'Leder');
    await goToScoring(facilitator);
    await facilitator.locator('li.picker__row').filter({ hasText: 'Maria' }).getByRole('button', { name: /Indtast svar for Maria/ }).click();
    await answerAll(facilitator, m1, MARIA);
    await facilitator.getByRole('button', { name: 'Inviter deltagere til at svare på egen telefon' }).click();
    const link = await readQrOnScreen(facilitator, 'QR-kode til spørgeskemaet for Ledergruppen Vest');
    expect(link).toMatch(/#\/svar\/[A-Za-z0-9_-]+$/);
    const workshopUrl = facilitator.url();
    await first.close();

    // The participant's phone: answers offline, then shows the code; the camera's video is a picture of that screen.
    const context = await browser.newContext({ viewport: { width: 640, height: 480 } });
    const phone = await context.newPage();
    await phone.goto(link);
    await expect(phone.getByRole('button', { name: 'Begynd at svare' })).toBeVisible();
    await dismissOfflineNoticeNow(phone).catch(() => undefined);
    await cutNetwork(context);
    await phone.getByLabel('Dit navn (kan udelades)').fill('Kim Ørsted');
    await phone.getByRole('button', { name: 'Begynd at svare' }).click();
    await answerAll(phone, m1, KIM, { fresh: true });
    await phone.getByRole('button', { name: 'Aflever dine svar' }).click();
    await phone.getByRole('button', { name: 'Vis min kode' }).click();
    const code = phone.getByRole('img', { name: 'QR-kode med dine krypterede svar' });
    await expect(code).toBeVisible();
    await code.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const frame = await phone.screenshot({ type: 'jpeg', quality: 95 });
    await context.close();
    // An MJPEG file is JPEG frames one after another; Chromium's fake camera plays it in a loop.
    writeFileSync(video, Buffer.concat(Array.from({ length: 10 }, () => frame)));

    // The facilitator's browser again, now with that video as its camera.
    const second = await launch(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(workshopUrl);
    await again.getByRole('button', { name: 'Scan svar med kameraet' }).click();
    await expect(again.locator('.own-devices__outcomes li').first()).toHaveText('Kamera: svarene fra Kim Ørsted er modtaget.', { timeout: 30_000 });
    await expect(again.getByText('1 svar modtaget fra egne telefoner.')).toBeVisible();
    await expectAccessible(again, 'step 1 while scanning');
    await again.getByRole('button', { name: 'Stop kameraet' }).click();
    await again.getByRole('button', { name: 'Se jeres besvarelser' }).click();
    await expectResultsShown(again, expectedResults(m1, [MARIA, KIM]));
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
