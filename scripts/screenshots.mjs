#!/usr/bin/env node
// Takes screenshots of the built app's screens at phone, tablet and projector sizes,
// for a human to look at (not a test). Usage: npm run build && node scripts/screenshots.mjs [outDir]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] || 'measurements/screenshots';
mkdirSync(out, { recursive: true });
const server = spawn('npx', ['vite', 'preview', '--port', '4174', '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['tablet', { width: 1024, height: 768 }], ['projector', { width: 1920, height: 1080 }]]) {
    const page = await browser.newPage({ viewport, locale: 'da-DK' });
    await page.goto('http://127.0.0.1:4174/');
    await page.getByLabel('Arbejdsplads eller enhed').fill('Børnehuset Ærtebjerg');
    await page.getByRole('button', { name: 'Opret dialogmøde' }).click();
    await page.getByRole('heading', { level: 1, name: 'Børnehuset Ærtebjerg' }).waitFor();
    await page.screenshot({ path: `${out}/${name}-workshop.png` });
    await page.goto('http://127.0.0.1:4174/#/');
    await page.getByRole('link', { name: 'Børnehuset Ærtebjerg' }).waitFor();
    await page.screenshot({ path: `${out}/${name}-forside.png` });
    await page.goto('http://127.0.0.1:4174/#/huset');
    await page.locator('.blocks > li').first().waitFor();
    await page.screenshot({ path: `${out}/${name}-huset.png` });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`Screenshots in ${out}/`);
