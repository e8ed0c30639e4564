#!/usr/bin/env node
// Makes sure the programs the end-to-end tests need are on this machine:
// Chromium (Playwright cannot download its own browser here, so we use
// Debian's packages: chromium-headless-shell runs most tests, the whole
// browser the ones about the browser itself; see playwright.config.ts) and
// poppler's pdftotext/pdfinfo (the PDF tests read the exported file back
// with them). They are installed with apt-get when we are
// root; otherwise one clear line says how.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall, canInstall } from './apt.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const HEADLESS_SHELL = process.env.CHROMIUM_HEADLESS_SHELL_PATH || '/usr/bin/chromium-headless-shell';

function works(path, args) {
  return existsSync(path) && spawnSync(path, args, { stdio: 'ignore' }).status === 0;
}

const tools = [
  { name: 'Chromium', package: 'chromium', path: CHROMIUM, env: 'CHROMIUM_PATH', ok: () => works(CHROMIUM, ['--version']), installable: !process.env.CHROMIUM_PATH },
  {
    name: 'Chromium headless shell',
    package: 'chromium-headless-shell',
    path: HEADLESS_SHELL,
    env: 'CHROMIUM_HEADLESS_SHELL_PATH',
    ok: () => works(HEADLESS_SHELL, ['--version']),
    installable: !process.env.CHROMIUM_HEADLESS_SHELL_PATH,
  },
  { name: 'pdftotext', package: 'poppler-utils', ok: () => works('/usr/bin/pdftotext', ['-v']) && works('/usr/bin/pdfinfo', ['-v']), installable: true },
];

let missing = tools.filter((tool) => !tool.ok());
if (missing.length === 0) process.exit(0);

const packages = missing.filter((tool) => tool.installable).map((tool) => tool.package);
if (canInstall && packages.length > 0) {
  aptInstall(packages, 'Mangler til testene');
  missing = tools.filter((tool) => !tool.ok());
  if (missing.length === 0) process.exit(0);
}
for (const tool of missing) {
  const hint = tool.path ? ` at ${tool.path}` : '';
  const alt = tool.env ? ` (or set ${tool.env} to one)` : '';
  console.error(`${tool.name} not found${hint}: install it with "sudo apt-get install -y ${tool.package}"${alt} and run npm test again.`);
}
process.exit(1);
