/**
 * End-to-end tests drive the production build (vite preview) in Debian's
 * Chromium; Playwright's own browser downloads are not available here.
 */
import { defineConfig } from '@playwright/test';
import { statfsSync } from 'node:fs';

/**
 * Chromium keeps its shared memory in /dev/shm; where that is small (a container's 64 MB) it must use
 * /tmp instead or it crashes. Where /dev/shm is large, as here, /tmp on disk costs the suite about a
 * tenth of its time.
 */
function smallDevShm(): boolean {
  try {
    const { bsize, blocks } = statfsSync('/dev/shm');
    return bsize * blocks < 1024 ** 3;
  } catch {
    return true;
  }
}

/** Debian's Chromium, the whole browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/**
 * Debian's chromium-headless-shell: the same Chromium (Blink, V8, IndexedDB, service workers) built
 * without the browser around it, which is what Playwright itself runs headless tests in. Here it runs
 * the suite in two thirds of the whole browser's time (8.1 against 11.8 min), so most tests use it;
 * the tests about the browser as a whole (its start offline, an update, a kill) use the whole browser.
 */
export const HEADLESS_SHELL_PATH = process.env.CHROMIUM_HEADLESS_SHELL_PATH || '/usr/bin/chromium-headless-shell';
/** The specs that run in the whole browser, and how they are told apart. */
const WHOLE_BROWSER = /\/(offline|update)\.spec\.ts$/;
const CRASH = /safety-crash\.spec\.ts$/;
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  ...(smallDevShm() ? ['--disable-dev-shm-usage'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
/** What the projects in the whole browser use instead of the headless shell. */
const wholeBrowser = { launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } };
const PORT = Number(process.env.E2E_PORT ?? 4173);
// The stress run (scripts/e2e-stress.mjs) slows every page down; it hunts races, not speed, so the waits grow with it.
const SLOWER = Math.max(1, Number(process.env.E2E_CPU_THROTTLE ?? 1));

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000 * SLOWER,
  expect: { timeout: 10_000 * SLOWER },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    launchOptions: { executablePath: HEADLESS_SHELL_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
    // A click or a navigation that cannot happen fails with what it waited for, instead of the test's
    // time-out, which names nothing (its report says only "Test timeout of 60000ms exceeded").
    actionTimeout: 15_000 * SLOWER,
    navigationTimeout: 30_000 * SLOWER,
  },
  projects: [
    { name: 'chromium', testIgnore: [WHOLE_BROWSER, CRASH] },
    { name: 'chromium-browser', testMatch: WHOLE_BROWSER, use: wholeBrowser },
    // The crash tests kill a browser within 50 ms of the last key or tap: they run last, alone on the
    // machine, so what they measure is the app and not a neighbouring test's load. The whole browser.
    {
      name: 'crash',
      testMatch: CRASH,
      dependencies: ['chromium', 'chromium-browser'],
      use: wholeBrowser,
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
