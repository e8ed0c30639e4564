/**
 * Text typed in the same moment as the page is left or reloaded (the last
 * keys still waiting for their write, so the page's pagehide and
 * visibilitychange handlers have them): the app's next page opens, the text
 * is back in the field and then in IndexedDB. In WebKit a page left for
 * another one goes into the back-forward cache with its IndexedDB
 * transactions frozen half-way: one still writing locked the workshops for
 * every later page of the app (the Forside stayed unfinished) until the
 * browser was restarted (src/db/freeze-guard.ts now aborts them as the page
 * goes, and writes again on return). And keys typed after a write that did
 * land were thrown away (the draft journal's `sent` list).
 */
import { beforeAll, expect, test } from 'vitest';
import { APP_URL, Browser, suiteBrowser } from './browser';
import { chooseMode, createWorkshop, dismissOfflineNotice } from './flow';

const suite = suiteBrowser();
let b: Browser;
beforeAll(() => {
  b = suite.browser;
});

const TITLE = 'Trioen i Hvidovre';
const LABEL = 'Sådan kan jeg se, at det virker';

/** The field's text as IndexedDB holds it (read by the page itself, not through the app). */
function stored(): Promise<string | null> {
  return b.runAsync<string | null>(`
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open('kom-i-hus'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const all = await new Promise((resolve, reject) => { const r = db.transaction('workshops').objectStore('workshops').getAll(); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    db.close();
    return all.find((w) => w.title === ${JSON.stringify(TITLE)})?.plan.evidence ?? null;
  `);
}

async function expectStored(text: string): Promise<void> {
  await b.waitFor(`"${text}" in IndexedDB`, async () => (await stored()) === text);
}

/** Types `text` at the end of the field key by key and, in the same task as the last key, `leave` (a script). */
async function typeAndLeave(text: string, leave: string): Promise<void> {
  await b.run(
    `const field = arguments[0];
     const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
     for (const key of arguments[1]) { set.call(field, field.value + key); field.dispatchEvent(new InputEvent('input', { bubbles: true, data: key, inputType: 'insertText' })); }
     ${leave}`,
    await b.get('field', LABEL),
    text,
  );
}

test('text typed in the same moment as the page is left or reloaded is back, and in IndexedDB, and the app opens again', async () => {
  await b.goto('/');
  await dismissOfflineNotice(b);
  await createWorkshop(b, TITLE, /Målgruppe 2/);
  await chooseMode(b, 'Alene – selvevaluering');
  await b.tap('link', 'Trin 4: Handleplan');
  await b.expectHeading('Trin 4: Lav en handleplan');
  // Typed as a person does: the app has timed its writes, so the next keys wait a few ms for theirs.
  let text = 'Færre';
  await b.type(LABEL, text);
  await expectStored(text);

  for (let i = 1; i <= 3; i++) {
    const more = ` sygedage på stue ${i} – æøå`;
    text += more;
    await typeAndLeave(more, `location.href = ${JSON.stringify(`${APP_URL}/`)};`);
    await b.expectHeading('Dialogmøder');
    await b.expectShown('link', TITLE);
    await b.session.back();
    await b.expectHeading('Trin 4: Lav en handleplan');
    await b.waitFor(`"${text}" back in the field`, async () => (await b.value(await b.get('field', LABEL))) === text);
    await expectStored(text);
  }

  text += '. Vi følger op i maj.';
  await typeAndLeave('. Vi følger op i maj.', 'location.reload();');
  await b.expectHeading('Trin 4: Lav en handleplan');
  await b.waitFor(`"${text}" back in the field after the reload`, async () => (await b.value(await b.get('field', LABEL))) === text);
  await expectStored(text);
  expect(await b.run<string[]>('return Object.keys(localStorage).filter((k) => k.startsWith("kom-i-hus:draft:"));'), 'no draft left once stored').toEqual([]);
});
