/**
 * The WebKit suite's harness: WebKitWebDriver under xvfb-run driving
 * WebKitGTK's MiniBrowser (same WebCore, JavaScriptCore, IndexedDB and
 * service-worker code as Safari), the production build served by the small
 * static server the Chromium update test uses, and a user's view of the page:
 * find a button, field or heading by its accessible name, tap, type, wait.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { startStaticServer } from '../e2e/support/static-server';
import { driverStatus, Session, type Element } from './webdriver';

/** Ports: the app on E2E_PORT (4173 by default, as the Chromium suite), the driver on the next one. */
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
const DRIVER_PORT = APP_PORT + 1;
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** MiniBrowser ships inside libwebkit2gtk-4.1-0, off the PATH: scripts/webkit-tools.mjs finds it and passes it on. */
export function miniBrowserPath(): string {
  const path = process.env.WEBKIT_MINIBROWSER;
  if (!path) throw new Error('WEBKIT_MINIBROWSER is not set: run the WebKit suite with npm run test:webkit');
  return path;
}

// ---------------------------------------------------------------- processes

export interface Driver {
  url: string;
  /** A folder of the run's own, removed at stop (downloaded files are written here). */
  folder: string;
  stop(): Promise<void>;
}

/** Starts WebKitWebDriver on its own X display (xvfb-run -a) with a fresh $HOME. */
export async function startDriver(): Promise<Driver> {
  if (await driverStatus(`http://127.0.0.1:${DRIVER_PORT}`)) throw new Error(`a WebDriver already answers on port ${DRIVER_PORT}`);
  const home = mkdtempSync(join(tmpdir(), 'kom-i-hus-webkit-'));
  const child: ChildProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${DRIVER_PORT}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), TZ: 'Europe/Copenhagen', LANGUAGE: 'da' },
  });
  const url = `http://127.0.0.1:${DRIVER_PORT}`;
  const deadline = Date.now() + 20_000;
  while (!(await driverStatus(url))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('WebKitWebDriver did not start');
    await sleep(100);
  }
  return {
    url,
    folder: home,
    async stop() {
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([exited, sleep(5_000)]);
      }
      // The next file's driver takes the same port: this one must be gone, not just going.
      for (let i = 0; i < 50 && (await driverStatus(url)); i++) await sleep(100);
      if (await driverStatus(url)) killGroup(child.pid!, 'SIGKILL');
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** The built app (dist/) on APP_URL; `stop()` takes it off the network, as a meeting room without Wi-Fi. */
export async function startApp(): Promise<{ stop: () => Promise<void> }> {
  const server = await startStaticServer(() => DIST, APP_PORT);
  return { stop: server.close };
}

export function killGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // already gone
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------- the page, as a user meets it

/**
 * In-page helpers, prepended to every script: the accessible name of an
 * element (aria-labelledby, aria-label, <label>, alt/title, text), whether it
 * is shown, and finding shown elements of a kind by name.
 */
export const PAGE_HELPERS = String.raw`
const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[hidden], [inert]');
const textOf = (node) => node.nodeType === 3 ? node.data : node.nodeType !== 1 || node.getAttribute('aria-hidden') === 'true' || node.hidden ? '' : [...node.childNodes].map(textOf).join('');
const nameOf = (el) => {
  const by = el.getAttribute('aria-labelledby');
  if (by) return squash(by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
  const aria = el.getAttribute('aria-label');
  if (aria) return squash(aria);
  if (el.labels && el.labels.length) return squash([...el.labels].map(textOf).join(' '));
  if (el.tagName === 'FIELDSET') return squash(el.querySelector('legend') ? textOf(el.querySelector('legend')) : '');
  return squash(el.alt || textOf(el) || el.title);
};
const KINDS = {
  button: 'button, [role=button], input[type=button], input[type=submit]',
  link: 'a[href]',
  field: 'input:not([type=radio]):not([type=checkbox]):not([type=hidden]), select, textarea',
  radio: 'input[type=radio]',
  checkbox: 'input[type=checkbox]',
  heading: 'h1, h2, h3, h4, h5, h6',
  group: 'fieldset, [role=group]',
  region: 'section[aria-label], section[aria-labelledby], [role=region]',
  status: '[role=status], [role=alert], output',
};
const matches = (el, name) => name.regex ? new RegExp(name.regex, name.flags).test(nameOf(el)) : nameOf(el) === name.text;
const titled = (el, name) => { const h = el.querySelector('h1, h2, h3, h4, h5, h6'); return !!h && matches(h, name); };
const inside = (within) => !within ? document : within.scope ? [...document.querySelectorAll(within.scope.css)].find((el) => shown(el) && titled(el, within.scope.heading)) : within;
const findAll = (kind, name, within) => [...(inside(within) || document.createDocumentFragment()).querySelectorAll(KINDS[kind] || kind)].filter((el) => (kind === 'radio' || kind === 'checkbox' ? shown(el.closest('label') || el) : shown(el)) && (!name || matches(el, name)));
`;

export type Name = string | RegExp;

/** A name that begins with `text` (a heading followed by a count, …). */
export function startsWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
/** Where to look: an element, or a part of the screen found afresh each time (see `part`). */
export type Within = Element | { scope: { css: string; heading: ReturnType<typeof encodeName> } };
type Kind = 'button' | 'link' | 'field' | 'radio' | 'checkbox' | 'heading' | 'group' | 'region' | 'status';

function encodeName(name: Name | undefined): { text?: string; regex?: string; flags?: string } | null {
  if (name === undefined) return null;
  return typeof name === 'string' ? { text: name } : { regex: name.source, flags: name.flags };
}

const TIMEOUT = 15_000;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One MiniBrowser window with the app, as a user meets it. */
export class Browser {
  private constructor(
    readonly session: Session,
    readonly driver: Driver,
  ) {}

  static async open(driver: Driver, options: { userAgent?: string } = {}): Promise<Browser> {
    const args = ['--automation', ...(options.userAgent ? [`--user-agent=${options.userAgent}`] : [])];
    const session = await Session.start(driver.url, { 'webkitgtk:browserOptions': { binary: miniBrowserPath(), args } });
    return new Browser(session, driver);
  }

  close(): Promise<void> {
    return this.session.close();
  }

  /**
   * Closes this window right away, as a tab swiped away, and goes on in a new window of the same
   * browser (opened first, so that the browser and the session live on).
   */
  async closeTab(): Promise<void> {
    const old = (await this.session.windowHandles()).length;
    const next = await this.session.newWindow();
    const current = (await this.session.windowHandles()).find((handle) => handle !== next);
    if (!current || old !== 1) throw new Error('closeTab expects one window open');
    await this.session.closeWindow();
    await this.session.switchToWindow(next);
  }

  /** Opens a path of the app (`/`, `/#/data`, …). */
  goto(path: string): Promise<void> {
    return this.session.navigate(APP_URL + path);
  }

  async reload(): Promise<void> {
    await this.session.refresh();
  }

  async hash(): Promise<string> {
    return new URL(await this.session.url()).hash;
  }

  /** Runs a function body in the page with the helpers above in scope. */
  run<T>(body: string, ...args: unknown[]): Promise<T> {
    return this.session.execute<T>(PAGE_HELPERS + body, ...args);
  }

  /** Like run, for a body that awaits: it resolves with the value of the async body. */
  runAsync<T>(body: string, ...args: unknown[]): Promise<T> {
    return this.session.executeAsync<T>(
      `${PAGE_HELPERS} const done = arguments[arguments.length - 1]; (async () => { ${body} })().then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`,
      ...args,
    ).then((result) => {
      const r = result as { value?: T; error?: string };
      if (r.error) throw new Error(`in the page: ${r.error}`);
      return r.value as T;
    });
  }

  /** Every shown element of a kind (with this accessible name), optionally inside `within`. */
  all(kind: Kind | string, name?: Name, within?: Within): Promise<Element[]> {
    return this.run<Element[]>('return findAll(arguments[0], arguments[1], arguments[2]);', kind, encodeName(name), within ?? null);
  }

  /** Waits until exactly one shown element of this kind and name is on the screen, and returns it. */
  async get(kind: Kind | string, name?: Name, within?: Within, timeout = TIMEOUT): Promise<Element> {
    let found: Element[] = [];
    await this.waitFor(`one ${kind} ${String(name ?? '')}`, async () => {
      found = await this.all(kind, name, within);
      return found.length === 1;
    }, timeout).catch((error: Error) => {
      throw new Error(`${error.message} (found ${found.length})`);
    });
    return found[0]!;
  }

  /**
   * The part of the screen (matching `css`) whose first heading has this name, looked up afresh
   * by every query made within it, so that a re-rendered section is still found. Waits until it is there.
   */
  async part(css: string, heading: Name): Promise<Within> {
    const scope: Within = { scope: { css, heading: encodeName(heading) } };
    await this.waitFor(`${css} with heading ${String(heading)}`, () => this.run<boolean>('return !!inside(arguments[0]);', scope));
    return scope;
  }

  /** Waits until a shown element of this kind and name is there (or, with `count`, exactly that many). */
  async expectShown(kind: Kind | string, name?: Name, count?: number, timeout = TIMEOUT): Promise<void> {
    await this.waitFor(`${count ?? 'a'} ${kind} ${String(name ?? '')}`, async () => {
      const n = (await this.all(kind, name)).length;
      return count === undefined ? n > 0 : n === count;
    }, timeout);
  }

  async expectHeading(name: Name, level = 1): Promise<void> {
    await this.expectShown(`h${level}`, name);
  }

  /** Waits until some shown element's own text matches (a substring for a string). */
  async expectText(text: Name, timeout = TIMEOUT): Promise<void> {
    await this.waitFor(`text ${String(text)}`, () => this.hasText(text), timeout);
  }

  hasText(text: Name): Promise<boolean> {
    return this.run<boolean>(
      `const t = arguments[0]; const body = squash(document.body.innerText);
       return t.regex ? new RegExp(t.regex, t.flags).test(body) : body.includes(t.text);`,
      encodeName(text),
    );
  }

  async tap(kind: Kind | string, name?: Name, within?: Within): Promise<void> {
    await this.session.click(await this.get(kind, name, within));
  }

  async tapButton(name: Name, within?: Within): Promise<void> {
    await this.tap('button', name, within);
  }

  /** Taps the field, empties it and types `text` in, as a user with a keyboard. */
  async type(label: Name, text: string, within?: Within): Promise<Element> {
    const field = await this.get('field', label, within);
    await this.session.click(field);
    await this.session.clear(field);
    await this.session.sendKeys(field, text);
    return field;
  }

  /**
   * Gives files to the file input with this label, as picked in the system's file dialog (the input
   * itself is hidden behind its styled <label>, so it is found without asking whether it is shown).
   */
  async pickFiles(label: Name, ...paths: string[]): Promise<void> {
    let input: Element | undefined;
    await this.waitFor(`the file input ${String(label)}`, async () => {
      [input] = await this.run<Element[]>('return [...document.querySelectorAll("input[type=file]")].filter((el) => matches(el, arguments[0]));', encodeName(label));
      return input !== undefined;
    });
    await this.run('arguments[0].value = "";', input);
    await this.session.sendKeys(input!, paths.join('\n'));
  }

  /** Chooses an option of a <select> by its text (through the DOM: a native popup menu is the window system's). */
  async choose(label: Name, option: string): Promise<void> {
    const select = await this.get('field', label);
    const ok = await this.run<boolean>(
      `const s = arguments[0]; const o = [...s.options].find((o) => squash(o.textContent) === arguments[1]); if (!o) return false;
       s.focus(); s.value = o.value; s.dispatchEvent(new Event('input', { bubbles: true })); s.dispatchEvent(new Event('change', { bubbles: true })); return true;`,
      select,
      option,
    );
    if (!ok) throw new Error(`no option ${option} in ${String(label)}`);
  }

  value(element: Element): Promise<string> {
    return this.run<string>('return arguments[0].value;', element);
  }

  checked(element: Element): Promise<boolean> {
    return this.run<boolean>('return arguments[0].checked;', element);
  }

  text(element: Element): Promise<string> {
    return this.run<string>('return squash(arguments[0].innerText);', element);
  }

  /** Texts of the shown elements matching a CSS selector. */
  texts(css: string): Promise<string[]> {
    return this.run<string[]>('return [...document.querySelectorAll(arguments[0])].filter(shown).map((el) => squash(el.innerText));', css);
  }

  attribute(css: string, name: string): Promise<string | null> {
    return this.run<string | null>('return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null;', css, name);
  }

  /** Runs axe-core in the page (as the Chromium suite's expectAccessible) and fails on any WCAG 2.1 A/AA violation. */
  async expectAccessible(screen: string): Promise<void> {
    await this.session.execute(`if (!window.axe) { ${AXE_SOURCE} }`);
    const violations = await this.runAsync<string[]>(`
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return result.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')');
    `);
    expect(violations, `axe violations on ${screen}`).toEqual([]);
  }

  /** Where the page is and the start of its visible text, for a failure message (never throws). */
  async describePage(): Promise<string> {
    try {
      const url = await this.session.url();
      const text = await this.session.execute<string>('return (document.body && document.body.innerText || "").replace(/\\s+/g, " ").slice(0, 400);');
      return `${url} "${text}"`;
    } catch (error) {
      return `(not readable: ${String(error)})`;
    }
  }

  /** Polls `check` every 100 ms until it holds; fails with `what` after `timeout`. */
  async waitFor(what: string, check: () => Promise<boolean>, timeout = TIMEOUT): Promise<void> {
    const deadline = Date.now() + timeout;
    let last: unknown;
    for (;;) {
      try {
        if (await check()) return;
      } catch (error) {
        last = error;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}; the page shows: ${await this.describePage()}`);
      }
      await sleep(100);
    }
  }

  /**
   * MiniBrowser under automation saves no download (it would ask for a place
   * in a window-system dialog), so the page's downloads are caught where the
   * app hands them to the browser: each Blob given to URL.createObjectURL and
   * the file name of the <a download> clicked for it. Call after the last
   * reload before the download.
   */
  async catchDownloads(): Promise<void> {
    await this.run(`
      if (window.__caught) return;
      window.__caught = [];
      const blobs = new Map();
      const create = URL.createObjectURL;
      URL.createObjectURL = (object) => { const url = create.call(URL, object); blobs.set(url, object); return url; };
      document.addEventListener('click', (event) => {
        const a = event.target instanceof Element ? event.target.closest('a[download]') : null;
        const blob = a && blobs.get(a.href);
        if (!blob) return;
        const entry = { name: a.download, base64: null };
        window.__caught.push(entry);
        blob.arrayBuffer().then((buffer) => {
          let binary = '';
          const bytes = new Uint8Array(buffer);
          for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          entry.base64 = btoa(binary);
        });
      }, true);
    `);
  }

  /** The file the page downloaded last whose name matches, written to `folder`; waits for it. */
  async downloaded(matching: RegExp, folder: string, timeout = 30_000): Promise<{ name: string; path: string; bytes: Buffer }> {
    let found: { name: string; base64: string } | undefined;
    await this.waitFor(`a download ${matching}`, async () => {
      const caught = await this.run<Array<{ name: string; base64: string | null }>>('return window.__caught || [];');
      const last = caught.filter((entry) => matching.test(entry.name)).pop();
      if (last?.base64) found = { name: last.name, base64: last.base64 };
      return found !== undefined;
    }, timeout);
    const bytes = Buffer.from(found!.base64, 'base64');
    const path = join(folder, found!.name);
    writeFileSync(path, bytes);
    return { name: found!.name, path, bytes };
  }
}

/** What a suite's tests run on: the app, WebKitWebDriver and one MiniBrowser (see suiteBrowser). */
export interface Suite {
  readonly browser: Browser;
  /** Takes the app off the network for the rest of the suite, as a meeting room without Wi-Fi. */
  stopApp(): Promise<void>;
}

/**
 * Starts the app, the driver and a browser before the suite's tests and stops
 * them after, in the reverse order. Call at the top level of a spec file.
 */
export function suiteBrowser(options: { userAgent?: string } = {}): Suite {
  let app: { stop: () => Promise<void> } | undefined;
  let driver: Driver | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp();
    driver = await startDriver();
    browser = await Browser.open(driver, options);
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await driver?.stop();
    await app?.stop();
  });
  return {
    get browser() {
      if (!browser) throw new Error('suiteBrowser: the browser is opened in beforeAll');
      return browser;
    },
    async stopApp() {
      await app?.stop();
      app = undefined;
    },
  };
}
