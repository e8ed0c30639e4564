/**
 * Own devices in WebKit: the participant answers on a phone — an iPhone runs
 * WebKit — from the invitation link, in a window of phone size, and hands in
 * a file; the facilitator's tablet reads it and the result is what the
 * participant answered.
 */
import { beforeAll, expect, test } from 'vitest';
import { loadQuestionnaire, pattern } from '../e2e/expected-results';
import { Browser, suiteBrowser } from './browser';
import { answerAll, chooseMode, createWorkshop, dismissOfflineNotice, expectResultsShown } from './flow';

const m1 = loadQuestionnaire('maalgruppe-1');
const LUKASZ = pattern('2 1 - 3 2 2   5 4 4   4 - 4 5   1 1 - 2   2 3 3 1 2 - 3 2   5 4 -', m1.questions.length);

const suite = suiteBrowser();
let b: Browser;
beforeAll(() => {
  b = suite.browser;
});

test("a participant answers on their own phone from the link and hands in a file; the facilitator's result holds the answers", async () => {
  await b.goto('/');
  await dismissOfflineNotice(b);
  await createWorkshop(b, 'Ledergruppen Nord', /Målgruppe 1/);
  await chooseMode(b, 'Møde med facilitator');
  await b.tapButton('Inviter deltagere til at svare på egen telefon');
  await b.expectShown('[role=img], img, svg', 'QR-kode til spørgeskemaet for Ledergruppen Nord');
  const link = await b.value(await b.get('field', 'Link til spørgeskemaet'));
  expect(link).toMatch(/#\/svar\/[A-Za-z0-9_-]+$/);
  const facilitator = (await b.session.windowHandles())[0]!;

  // ------------------------------------------------ the phone: a window of its own, phone-sized
  const phone = await b.session.newWindow();
  await b.session.switchToWindow(phone);
  await b.session.setWindowRect({ width: 390, height: 844 });
  await b.session.navigate(link);
  await b.expectHeading('Svar på spørgeskemaet til Ledergruppen Nord');
  await b.expectText('kun mødelederens enhed kan læse dem');
  await b.type('Dit navn (kan udelades)', 'Łukasz Wójcik');
  await b.choose('Din rolle (kan udelades)', 'TR');
  await b.tapButton('Begynd at svare');
  await answerAll(b, m1, LUKASZ, { fresh: true });
  await b.expectShown('heading', 'Klar til at aflevere?');
  await b.tapButton('Aflever dine svar');
  await b.expectShown('heading', 'Dine svar er klar til mødelederen');
  await b.tapButton('Vis min kode');
  await b.expectShown('[role=img], img, svg', 'QR-kode med dine krypterede svar');
  await b.catchDownloads();
  await b.tapButton('Gem som fil');
  const file = await b.downloaded(/\.json$/, b.driver.folder);
  const text = file.bytes.toString('utf8');
  expect(text).toContain('"format": "kom-i-hus-svar"');
  expect(text, 'the name is not in the open').not.toContain('Wójcik');
  await b.session.closeWindow();

  // ------------------------------------------------ the facilitator reads the file
  await b.session.switchToWindow(facilitator);
  await b.tapButton('Gå til Trin 1: Besvar spørgeskemaet');
  await b.pickFiles('Indlæs svarfiler (du kan vælge flere på én gang)', file.path);
  await b.expectText(`${file.name}: svarene fra Łukasz Wójcik (TR) er modtaget.`);
  await b.expectText('1 svar modtaget fra egne telefoner.');
  await b.tapButton('Se jeres besvarelser');
  await b.expectHeading('Jeres besvarelser');
  await expectResultsShown(b, m1, [LUKASZ]);
});
