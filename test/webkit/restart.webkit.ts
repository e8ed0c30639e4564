/**
 * Answers kept after the browser process is killed and started again on the
 * same profile — with the server gone by then, so the app itself comes from
 * the service worker's cache on disk. (MiniBrowser as a user runs it, reached
 * through WebKit's remote inspector: see inspector.ts for why not WebDriver.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { blocksOf, loadQuestionnaire, pattern, SCALE, SKIP } from '../e2e/expected-results';
import { APP_PORT, APP_URL, PAGE_HELPERS, startApp } from './browser';
import { startPersistentBrowser, type Inspector, type PersistentBrowser } from './inspector';

const m2 = loadQuestionnaire('maalgruppe-2');
const ANSWERS = pattern('4 5 4 3   3 4 - 4 3   2 3 3 2 1   - - -   3 4 2   5 4 4 3', m2.questions.length);
const FIRST = blocksOf(m2)[0]!;
const INSPECTOR_PORT = APP_PORT + 2;

let profile: string;
let app: { stop: () => Promise<void> } | undefined;
let browser: PersistentBrowser | undefined;
beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'kom-i-hus-webkit-profile-'));
  app = await startApp();
});
afterAll(async () => {
  await browser?.kill();
  await app?.stop();
  rmSync(profile, { recursive: true, force: true });
});

/** Runs `body` (async, with the page helpers) in the page. */
function inPage<T>(page: Inspector, body: string): Promise<T> {
  return page.evaluate<T>(`(async () => {
    ${PAGE_HELPERS}
    const until = async (what, check) => { const end = Date.now() + 15000; for (;;) { const value = check(); if (value) return value; if (Date.now() > end) throw new Error('timed out waiting for ' + what); await new Promise((r) => setTimeout(r, 50)); } };
    const one = (kind, name) => until(kind + ' ' + (name.text || name.regex), () => { const found = findAll(kind, name); return found.length === 1 && found[0]; });
    const type = async (label, text) => { const field = await one('field', { text: label }); field.focus(); Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, text); field.dispatchEvent(new Event('input', { bubbles: true })); };
    const progress = () => squash(document.getElementById('score-progress')?.textContent);
    ${body}
  })()`);
}

const label = (a: (typeof ANSWERS)[number]) => (a === 'skip' ? SKIP : SCALE[a - 1]);

test('answers kept after the browser is killed and started again on the same profile, with the server gone', async () => {
  browser = await startPersistentBrowser(profile, `${APP_URL}/`, INSPECTOR_PORT);
  await inPage(browser.page, `
    await one('h1', { text: 'Dialogmøder' });
    await navigator.serviceWorker.ready;
    await until('the offline notice', () => squash(document.body.innerText).includes('Klar til brug uden net.'));
    await type('Arbejdsplads eller enhed', 'Trioen i Sundby');
    await type('Dato', '03.12.2026');
    (await one('radio', { regex: 'Målgruppe 2' })).click();
    (await one('button', { text: 'Opret dialogmøde' })).click();
    await one('h1', { text: 'Opsætning' });
    const alone = await one('radio', { regex: '^Alene – selvevaluering' });
    alone.click();
    await until('alone chosen', () => alone.checked);
    (await one('button', { text: 'Gå til Trin 1: Besvar spørgeskemaet' })).click();
  `);
  // The first block answered; each tap is stored once the counter counts it. Then the browser dies at once.
  const taps = FIRST.questions.map((q) => [q.id, label(ANSWERS[m2.questions.indexOf(q)]!)]);
  await inPage(browser.page, `
    for (const [id, name] of ${JSON.stringify(taps)}) (await until(id, () => findAll('radio', { text: name }, document.getElementById('question-' + id))[0])).click();
    await until('all counted', () => progress() === '${FIRST.questions.length} af ${m2.questions.length} besvaret');
  `);
  // The kill must have found the browser's processes (a kill that matched nothing would prove nothing) and ended them.
  const { killed, left } = await browser.kill();
  browser = undefined;
  expect(killed).toEqual(expect.arrayContaining(['MiniBrowser', 'WebKitWebProcess', 'WebKitNetworkProcess']));
  expect(left).toEqual([]);
  await app!.stop();
  app = undefined;

  browser = await startPersistentBrowser(profile, `${APP_URL}/`, INSPECTOR_PORT);
  const shown = await inPage<{ progress: string; checked: Array<string | null>; fromWorker: boolean }>(browser.page, `
    await one('h1', { text: 'Dialogmøder' });
    (await one('link', { text: 'Trioen i Sundby' })).click();
    (await one('link', { text: 'Trin 1: Besvar' })).click();
    await until('the questionnaire', () => progress());
    return {
      progress: progress(),
      checked: ${JSON.stringify(FIRST.questions.map((q) => q.id))}.map((id) => { const r = document.querySelector('#question-' + id + ' input:checked'); return r ? nameOf(r) : null; }),
      fromWorker: !!navigator.serviceWorker.controller,
    };
  `);
  expect(shown).toEqual({ progress: `${FIRST.questions.length} af ${m2.questions.length} besvaret`, checked: taps.map(([, name]) => name), fromWorker: true });
});
