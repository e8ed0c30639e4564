/**
 * A small typed W3C WebDriver client: the dozen commands the WebKit suite
 * sends to WebKitGTK's WebKitWebDriver, over Node's own fetch. (WebdriverIO's
 * `webdriver` package would bring ~100 packages of browser and driver
 * downloaders that cannot work on this machine, and its own @types/node.)
 */

/** The W3C element reference, as the driver returns it from a find or a script. */
export interface Element {
  'element-6066-11e4-a52e-4f735466cecf': string;
}

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {
  constructor(
    readonly error: string,
    message: string,
  ) {
    super(`${error}: ${message}`);
  }
}

/** Keys of the W3C keyboard table that the suite presses. */
export const Keys = { Tab: '\uE004', Enter: '\uE007', Backspace: '\uE003', Control: '\uE009', Shift: '\uE008' } as const;

export async function driverStatus(driverUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${driverUrl}/status`);
    return response.ok;
  } catch {
    return false;
  }
}

export class Session {
  private constructor(
    private readonly base: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  static async start(driverUrl: string, alwaysMatch: Record<string, unknown>): Promise<Session> {
    const value = await send<{ sessionId: string; capabilities: Record<string, unknown> }>(driverUrl, 'POST', '/session', { capabilities: { alwaysMatch } });
    return new Session(`${driverUrl}/session/${value.sessionId}`, value.capabilities);
  }

  private command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return send<T>(this.base, method, path, body ?? (method === 'POST' ? {} : undefined));
  }

  navigate(url: string): Promise<void> {
    return this.command('POST', '/url', { url });
  }

  url(): Promise<string> {
    return this.command('GET', '/url');
  }

  back(): Promise<void> {
    return this.command('POST', '/back');
  }

  refresh(): Promise<void> {
    return this.command('POST', '/refresh');
  }

  /** Runs `body` as a function in the page; `arguments` are the args (elements may be passed and returned). */
  execute<T>(body: string, ...args: unknown[]): Promise<T> {
    return this.command('POST', '/execute/sync', { script: body, args });
  }

  /** Like execute; the body calls `arguments[arguments.length - 1](value)` when it is done. */
  executeAsync<T>(body: string, ...args: unknown[]): Promise<T> {
    return this.command('POST', '/execute/async', { script: body, args });
  }

  findAll(css: string): Promise<Element[]> {
    return this.command('POST', '/elements', { using: 'css selector', value: css });
  }

  click(element: Element): Promise<void> {
    return this.command('POST', `/element/${element[ELEMENT_KEY]}/click`);
  }

  clear(element: Element): Promise<void> {
    return this.command('POST', `/element/${element[ELEMENT_KEY]}/clear`);
  }

  sendKeys(element: Element, text: string): Promise<void> {
    return this.command('POST', `/element/${element[ELEMENT_KEY]}/value`, { text });
  }

  /** Presses keys on whatever has focus (W3C actions: each key down and up in turn). */
  async pressKeys(text: string): Promise<void> {
    const actions = [...text].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', '/actions');
  }

  /** Opens a new top-level window (not switched to) and returns its handle. */
  async newWindow(): Promise<string> {
    const value = await this.command<{ handle: string }>('POST', '/window/new', { type: 'window' });
    return value.handle;
  }

  switchToWindow(handle: string): Promise<void> {
    return this.command('POST', '/window', { handle });
  }

  /** Closes the current window; the session lives on while another is open. */
  closeWindow(): Promise<string[]> {
    return this.command('DELETE', '/window');
  }

  windowHandles(): Promise<string[]> {
    return this.command('GET', '/window/handles');
  }

  setWindowRect(rect: { width: number; height: number }): Promise<void> {
    return this.command('POST', '/window/rect', rect);
  }

  screenshot(): Promise<string> {
    return this.command('GET', '/screenshot');
  }

  async close(): Promise<void> {
    await send(this.base, 'DELETE', '');
  }
}

async function send<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: { value: T | { error: string; message: string } };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    throw new WebDriverError(`HTTP ${response.status}`, `not a WebDriver answer to ${method} ${path}: ${text.slice(0, 200)}`);
  }
  if (!response.ok) {
    const value = json.value as { error?: string; message?: string };
    throw new WebDriverError(value.error ?? String(response.status), value.message ?? '');
  }
  return json.value as T;
}
