/**
 * iPad details, in WebKit under the user agent of Safari on an iPad: the
 * home-screen advice, what the home screen needs (icon, status bar,
 * standalone), and a field tapped low on the screen staying in view when the
 * on-screen keyboard comes up. (Since iPadOS 13 Safari on an iPad may also
 * present itself as a Mac; only its touch screen then tells it from one, and
 * WebKitGTK has none, so that case is a unit test: test/pwa/platform.test.ts.)
 */
import { beforeAll, expect, test } from 'vitest';
import { Browser, sleep, startsWith, suiteBrowser } from './browser';
import { chooseMode, createWorkshop, dismissOfflineNotice } from './flow';
import { TITLE } from '../e2e/expected-ranking';

const IPAD_SAFARI = 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

const suite = suiteBrowser({ userAgent: IPAD_SAFARI });
let b: Browser;
beforeAll(() => {
  b = suite.browser;
});

test('in a Safari tab, Data og sikkerhed advises adding the app to the home screen and taking backups', async () => {
  await b.goto('/');
  await dismissOfflineNotice(b);
  await b.tap('link', 'Data og sikkerhed');
  await b.expectHeading('Data og sikkerhed');
  await b.expectText('Safari sletter en hjemmesides data, hvis den ikke har været brugt i 7 dage. Føj Kom i hus til hjemmeskærmen (Del → Føj til hjemmeskærm), og tag sikkerhedskopier.');
  // WebKitGTK has no navigator.storage: the page says it cannot tell, instead of failing.
  await b.expectText('Browseren oplyser ikke, om appens data bliver beholdt. Tag sikkerhedskopier jævnligt.');
  await b.expectAccessible('Data og sikkerhed');
});

test('the home screen gets a 180 px icon, a status bar and a standalone app that reaches into the safe areas', async () => {
  const head = await b.runAsync<{ icon: [number, number]; capable: string | null; status: string | null; title: string | null; viewport: string | null; inlineScripts: number }>(`
    const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.content ?? null;
    const response = await fetch(document.querySelector('link[rel="apple-touch-icon"]').href);
    const image = await createImageBitmap(await response.blob());
    return {
      icon: [image.width, image.height],
      capable: meta('apple-mobile-web-app-capable'),
      status: meta('apple-mobile-web-app-status-bar-style'),
      title: meta('apple-mobile-web-app-title'),
      viewport: meta('viewport'),
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    };
  `);
  expect(head).toEqual({
    icon: [180, 180],
    capable: 'yes',
    status: 'default',
    title: 'Kom i hus',
    viewport: 'width=device-width, initial-scale=1, viewport-fit=cover',
    inlineScripts: 0,
  });
});

test('a field tapped low on the screen stays in view when the on-screen keyboard comes up', async () => {
  await b.session.setWindowRect({ width: 1024, height: 768 });
  await b.goto('/');
  await createWorkshop(b, 'Trioen i Valby', /Målgruppe 2/);
  await chooseMode(b, 'Alene – selvevaluering');
  await b.tap('link', 'Trin 4: Handleplan');
  // The plan screen must be there (and the focus moved to it) before the tap: WebDriver does not wait
  // for a target to hold still, and a tap during the screen change can miss the button.
  await b.expectHeading('Trin 4: Lav en handleplan');
  const section = await b.part('section.plan-block', startsWith(TITLE['tydelig-ledelse']));
  await b.tapButton('Tilføj punkt', section);
  // Tapped at once, as a quick person does: the app's own move of the focus into the new item's
  // first field, a moment after the item is drawn, must not take this field's focus back.
  const field = await b.get('field', 'Hvem gør hvad?', section);
  await b.session.click(field);
  await sleep(300);
  const inView = () =>
    b.run<boolean>(
      `const field = arguments[0]; const box = field.getBoundingClientRect(); const height = visualViewport.height;
       return document.activeElement === field && box.top >= 0 && box.bottom <= height + 1 && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === field;`,
      field,
    );
  expect(await inView(), 'in view when tapped').toBe(true);
  // The keyboard takes the lower part of the screen (iPad landscape: about 400 of 768 px).
  await b.session.setWindowRect({ width: 1024, height: 360 });
  await b.waitFor('the field in the part of the screen above the keyboard', inView, 5_000);
  await b.session.sendKeys(field, 'Søren og jeg');
  expect(await b.value(field)).toBe('Søren og jeg');
});
