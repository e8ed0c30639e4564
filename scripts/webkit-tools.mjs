#!/usr/bin/env node
// npm run test:webkit: the end-to-end suite in WebKit, the engine of every
// browser on an iPad. Playwright's WebKit cannot be downloaded here, so this
// uses Debian's WebKitGTK: MiniBrowser (in libwebkit2gtk-4.1-0) driven by
// WebKitWebDriver (webkit2gtk-driver) on an Xvfb display (xvfb, xauth);
// the PDF is read back with poppler-utils. Installed with apt-get when we are
// root; otherwise one clear line says how, and the suite is skipped.
//
// Builds the app first (vite build), unless --built says the caller just did
// (npm test runs it right after the Chromium suite, on the same build). Other
// arguments go to Vitest: `npm run test:webkit -- restart` runs one file.
//
// In CI (CI set), a failed installation is a failure, not a skip: a green run
// there must mean the suite ran.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall, canInstall, onPath } from './apt.mjs';

const PACKAGES = ['libwebkit2gtk-4.1-0', 'webkit2gtk-driver', 'xvfb', 'xauth', 'poppler-utils'];

/** MiniBrowser is not on the PATH: dpkg knows where its package put it. */
function miniBrowser() {
  const listed = spawnSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
  if (listed.status !== 0) return null;
  const path = listed.stdout.split('\n').find((line) => line.endsWith('/MiniBrowser'));
  return path && existsSync(path) ? path : null;
}

function missing() {
  const absent = [];
  if (!miniBrowser()) absent.push('libwebkit2gtk-4.1-0');
  if (!onPath('WebKitWebDriver')) absent.push('webkit2gtk-driver');
  if (!onPath('xvfb-run')) absent.push('xvfb');
  if (!onPath('xauth')) absent.push('xauth');
  if (!existsSync('/usr/bin/pdftotext')) absent.push('poppler-utils');
  return absent;
}

let absent = missing();
const attempted = absent.length > 0 && canInstall;
if (attempted) {
  aptInstall(PACKAGES, `WebKit-testene mangler ${absent.join(', ')}`);
  absent = missing();
}
if (absent.length > 0 && attempted && process.env.CI && process.env.CI !== 'false') {
  console.error(`WebKit suite FAILED: apt-get could not install ${absent.join(', ')} (CI is set, so this is not skipped).`);
  process.exit(1);
}
if (absent.length > 0) {
  console.log(`WebKit suite SKIPPED: ${absent.join(', ')} not installed. Install with "sudo apt-get install -y ${PACKAGES.join(' ')}" to run it.`);
  process.exit(0);
}

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, WEBKIT_MINIBROWSER: miniBrowser() } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
if (!process.argv.includes('--built')) run('npx', ['vite', 'build']);
const started = Date.now();
const filters = process.argv.slice(2).filter((arg) => arg !== '--built' && arg !== '--');
run('npx', ['vitest', 'run', '--config', 'test/webkit/vitest.config.ts', ...filters]);
console.log(`WebKit suite: ${Math.round((Date.now() - started) / 1000)} s`);
