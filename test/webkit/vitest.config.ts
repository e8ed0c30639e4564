/**
 * The WebKit suite (npm run test:webkit): Vitest as the runner, one file at a
 * time (one X display, one driver port), against the production build.
 * Run it through scripts/webkit-tools.mjs, which finds or installs WebKitGTK.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/webkit/**/*.webkit.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // The remote inspector (inspector.ts) speaks WebSocket: global from Node 22, behind a flag in Node 20.
    execArgv: typeof WebSocket === 'undefined' ? ['--experimental-websocket'] : [],
  },
});
