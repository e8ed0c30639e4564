/**
 * `npm run screenshots`: walks a small workshop through every screen of the
 * built app and saves a picture of each at phone, tablet and projector size
 * in measurements/screenshots/, for a person to look at. Not a test: it
 * asserts only what it needs to get from screen to screen.
 */
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../playwright.config';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots.walk.ts',
  // One walk, not the suite's projects (the crash tests' own project has nothing to do here).
  projects: undefined,
  workers: 1,
  timeout: 180_000,
  // The preview server serves the repository's dist/, so it runs from the top folder.
  webServer: { ...(base.webServer as object), cwd: fileURLToPath(new URL('..', import.meta.url)) } as typeof base.webServer,
});
