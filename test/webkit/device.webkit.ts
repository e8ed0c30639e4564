/**
 * The tablet's own data, in WebKit, with no network after the first visit:
 * the app comes from the service worker; a backup is taken, everything is
 * deleted, one bad file is refused and the backup brings it all back; and
 * what was typed right before the page was left, or its tab closed, is there
 * when the app is opened again. (Killing the browser's processes is
 * restart.webkit.ts.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { Browser, startsWith, suiteBrowser } from './browser';
import { chooseMode, createWorkshop, dismissOfflineNotice } from './flow';
import { TITLE } from '../e2e/expected-ranking';

const suite = suiteBrowser();
let b: Browser;
beforeAll(() => {
  b = suite.browser;
});

const TITLE_OF_MEETING = 'Børnehuset Solsikken';
const WHAT = 'Trivselstavle på personalestuen – ærlige svar, også om små ting';
const WHO = 'Jeg selv – og Søren Ø. fra personalejura, hvis vi når det';

test('first visit, service worker ready; with the server stopped, a reload comes from the worker', async () => {
  await b.goto('/');
  await b.expectHeading('Dialogmøder');
  await dismissOfflineNotice(b);
  expect(await b.runAsync<boolean>('const registration = await navigator.serviceWorker.ready; return !!registration.active;')).toBe(true);

  await suite.stopApp();
  await b.reload();
  await b.expectHeading('Dialogmøder');
  expect(await b.run<boolean>('return !!navigator.serviceWorker.controller;'), 'the page is served by the worker').toBe(true);
});

test('offline: a backup, everything deleted, a bad file refused, and the backup restores it', async () => {
  await createWorkshop(b, TITLE_OF_MEETING, /Målgruppe 1/);
  await chooseMode(b, 'Alene – selvevaluering');
  await b.expectShown('button', 'Fjern leder');
  await b.tap('link', 'Trin 4: Handleplan');
  await b.expectHeading('Trin 4: Lav en handleplan');
  const section = await b.part('section.plan-block', startsWith(TITLE.trivsel));
  await b.tapButton('Tilføj punkt', section);
  await b.type('Hvad vil jeg gøre?', WHAT, section);
  await b.waitFor('the item stored', () => b.run<boolean>('return !Object.keys(localStorage).some((key) => key.startsWith("kom-i-hus:draft:"));'));

  await b.tap('link', 'Data og sikkerhed');
  await b.expectHeading('Data og sikkerhed');
  await b.catchDownloads();
  await b.tapButton('Gem sikkerhedskopi af alt');
  const backup = await b.downloaded(/\.json$/, b.driver.folder);
  await b.expectText(`Sikkerhedskopien er gemt: ${backup.name}`);

  await b.tapButton('Slet alle dialogmøder på denne enhed');
  await b.tapButton('Ja, slet alt');
  await b.expectText('Alle dialogmøder er slettet fra enheden.');

  // A backup cut short (as by a full disk) is refused, and nothing changes.
  const broken = join(b.driver.folder, 'afbrudt-kopi.json');
  writeFileSync(broken, backup.bytes.subarray(0, Math.floor(backup.bytes.length / 2)));
  await b.pickFiles('Vælg fil', broken);
  await b.expectText('Filen kan ikke gendannes. Intet er ændret.');

  await b.pickFiles('Vælg fil', backup.path);
  await b.expectText('Filen indeholder 1 dialogmøde.');
  await b.tapButton('Gendan');
  await b.expectText('1 dialogmøde er gendannet.');

  await b.tap('link', 'Forside');
  await b.tap('link', startsWith(TITLE_OF_MEETING));
  await b.tap('link', 'Trin 4: Handleplan');
  await b.expectHeading('Trin 4: Lav en handleplan');
  expect(await b.value(await b.get('field', 'Hvad vil jeg gøre?'))).toBe(WHAT);
});

test('what was typed survives leaving the page, and closing the tab, right after the last key', async () => {
  // Still on Trin 4 of the restored workshop. Leaving the page: WebKit keeps it in its page cache (pagehide, persisted).
  let field = await b.get('field', 'Hvem gør hvad?');
  await b.session.click(field);
  await b.session.sendKeys(field, WHO);
  await b.session.navigate('about:blank');
  await b.session.back();
  await b.expectHeading('Trin 4: Lav en handleplan');
  await b.waitFor('the text back after leaving', async () => (await b.value(await b.get('field', 'Hvem gør hvad?'))) === WHO);

  // Closing the tab: the next one opens the app from the worker and finds the text.
  field = await b.get('field', 'Hvad vil jeg gøre?');
  await b.session.click(field);
  await b.session.sendKeys(field, ' (hver fredag)');
  await b.closeTab();
  await b.goto('/');
  await b.tap('link', startsWith(TITLE_OF_MEETING));
  await b.tap('link', 'Trin 4: Handleplan');
  await b.expectHeading('Trin 4: Lav en handleplan');
  await b.waitFor('the text back', async () => (await b.value(await b.get('field', 'Hvad vil jeg gøre?'))) === `${WHAT} (hver fredag)`);
  expect(await b.value(await b.get('field', 'Hvem gør hvad?'))).toBe(WHO);
});
