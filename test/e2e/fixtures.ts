/**
 * Shared end-to-end helpers. `expectAccessible` runs axe-core in the page and
 * fails on any WCAG 2.1 A/AA violation; the `page` fixture also runs it once
 * more on whatever screen a test ends on, unless the test's last check saw
 * that very screen.
 */
import { chromium, expect, test as base, type BrowserContext, type CDPSession, type LaunchOptions, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * Puts axe-core into the page, once per document (a test checks several screens of one page). Online, as
 * a script of the page's own origin from the test server (scripts/e2e-server.mjs): the app's CSP allows
 * it, and the browser keeps it compiled for the next page, a second or more less per page on a busy
 * machine than the DevTools protocol. Offline (that script would be a request the test forbids), through
 * the protocol, which the CSP does not see.
 */
async function loadAxe(page: Page): Promise<void> {
  const online = await page.evaluate(() => ('axe' in window ? null : navigator.onLine));
  if (online === null) return;
  if (online) await page.addScriptTag({ url: '/__e2e__/axe.js' });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

/** What the page keeps of its last check: whether the DOM has changed since, as a MutationObserver saw it. */
interface AxeWindow {
  axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
  axeWatch?: { observer: MutationObserver; changed: boolean };
}

/** Runs axe-core on the current screen and fails with a readable list of violations. */
export async function expectAccessible(page: Page, screen = page.url()): Promise<void> {
  await loadAxe(page);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as AxeWindow;
    // Watched from the start of the run: a change during it counts as a change after it.
    if (!w.axeWatch) {
      const watch = { changed: false, observer: new MutationObserver(() => (watch.changed = true)) };
      watch.observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      w.axeWatch = watch;
    }
    w.axeWatch.observer.takeRecords();
    w.axeWatch.changed = false;
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  const report = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(report, `axe violations on ${screen}`).toEqual([]);
}

/**
 * False when the test's last check was of this very document and nothing in its DOM has changed since: the
 * closing check would see the same screen again (about a second each, a few percent of the suite's time).
 */
async function changedSinceChecked(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const watch = (window as unknown as Partial<AxeWindow>).axeWatch;
    return !watch || watch.changed || watch.observer.takeRecords().length > 0;
  });
}

/**
 * Under `npm run test:e2e:stress` every page's CPU is slowed down through the
 * DevTools protocol (E2E_CPU_THROTTLE=4: four times slower), so races between
 * a quick second action and a slow write show up as they would on an old tablet.
 */
const CPU_THROTTLE = Math.max(1, Number(process.env.E2E_CPU_THROTTLE ?? 1));
const throttled = new WeakMap<Page, CDPSession>();

async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  throttled.set(page, cdp);
}

/**
 * A browser of the test's own on the persistent profile `profile`, which the test may close, kill and
 * start again: the project's browser (its launchOptions), with `extraArgs` added, in Danish and
 * Copenhagen time like the suite.
 */
export function launchProfile(
  profile: string,
  { launchOptions, baseURL }: { launchOptions: LaunchOptions; baseURL: string | undefined },
  extraArgs: string[] = [],
): Promise<BrowserContext> {
  const args = [...(launchOptions.args ?? []), ...extraArgs];
  return chromium.launchPersistentContext(profile, { ...launchOptions, args, baseURL, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
}

/** A test's own time limit, stretched like the suite's under the stress run. */
export function allowTime(ms: number): void {
  test.setTimeout(ms * CPU_THROTTLE);
}

export const test = base.extend<{ page: Page }>({
  page: async ({ page, context }, use, testInfo) => {
    if (CPU_THROTTLE > 1) {
      await throttle(context, page);
      context.on('page', (other) => void throttle(context, other).catch(() => undefined));
    }
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    if (testInfo.status === 'passed' && !page.isClosed() && (await changedSinceChecked(page))) await expectAccessible(page, `end of "${testInfo.title}"`);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

/** The first visit: the service worker installs, says "Klar til brug uden net." once, and the notice is put away. */
export async function visitUntilOfflineReady(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogmøder' })).toBeVisible();
  await expect(page.getByText('Klar til brug uden net.')).toBeVisible({ timeout: 20_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/**
 * Cuts the network for the whole context (pages and service worker): the
 * context goes offline, and any request that still reaches Playwright's
 * network layer is aborted and recorded in the returned list, which a test
 * expects to stay empty.
 */
export async function cutNetwork(context: BrowserContext): Promise<string[]> {
  const leaked: string[] = [];
  await context.route('**/*', (route) => {
    leaked.push(`${route.request().method()} ${route.request().url()}`);
    return route.abort('internetdisconnected');
  });
  await context.setOffline(true);
  // A second DevTools session on a page (the stress run's CPU throttle) makes Chromium forget the
  // offline emulation for that page, so it is told on that session as well.
  for (const page of context.pages()) {
    await throttled.get(page)?.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  }
  return leaked;
}

/** The workshop id of the screen the page is on (#/moede/<id>/…). */
export function workshopIdOf(page: Page): string {
  const match = /#\/moede\/([a-z0-9-]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a workshop screen: ${page.url()}`);
  return match[1];
}

/**
 * Reloads as a person would: after the screen says the last tap is saved
 * ("Alt er gemt på enheden"), not within the milliseconds its write takes.
 * (A reload inside them aborts the write; typed text has the draft journal
 * for that, a tap has not.)
 */
export async function reloadWhenSaved(page: Page): Promise<void> {
  // (The words change only for a slow write; the attribute follows every one.)
  await expect(page.locator('.save-state')).toHaveAttribute('data-saving', 'false');
  await expect(page.locator('.save-state')).toHaveText('Alt er gemt på enheden');
  await page.reload();
}

export { expect };
