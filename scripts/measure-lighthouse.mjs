#!/usr/bin/env node
// Measurement (not a test), issue #16: how quickly the start page paints on a
// phone over a slow line, against the same page saved as plain HTML and CSS.
//
// 1. Builds the app into a folder of its own (dist/ is left alone, so this may
//    run beside the end-to-end suite's build).
// 2. Saves a static copy of the start page as Chromium renders it: the same
//    HTML and stylesheet, without a line of script.
// 3. Serves both with gzip, as any real host does, and runs Lighthouse's
//    mobile performance audit (simulated slow 4G, 4× slower CPU) three times
//    on each, alternating. Prints the medians and the ratio of the LCPs.
//
//   npm run measure:lighthouse [-- --runs 3] [-- --no-build]
// Targets (issue #16): score ≥ 98; LCP within 1.25× of the static copy.
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

// (As in ensure-test-tools.mjs, which cannot be imported: it exits when it is done.)
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 3);
const WORK = 'node_modules/.cache/kom-i-hus-lighthouse';
const APP = join(WORK, 'app');
const STATIC = join(WORK, 'static');

if (!process.argv.includes('--no-build') || !existsSync(join(APP, 'index.html'))) {
  const built = spawnSync('npx', ['vite', 'build', '--outDir', APP, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// --- A server like a real host's: gzip, and index.html for the app's one address ---
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.json': 'application/json', '.ttf': 'font/ttf' };
function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!existsSync(file) || path.endsWith('/')) file = join(root, 'index.html');
    const body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && !type.startsWith('image/png') && !type.startsWith('font/');
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    response.end(gzip ? gzipSync(body) : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const urlOf = (server) => `http://127.0.0.1:${server.address().port}/`;

const app = await serve(APP);

// --- The static copy: the rendered start page, its stylesheet, no script ---
{
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.goto(urlOf(app));
  await page.locator('#app:not([inert]) h1').waitFor();
  await page.getByText('Der er ingen dialogmøder endnu.').waitFor();
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    for (const node of doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="manifest"]')) node.remove();
    return `<!doctype html>\n${doc.outerHTML}`;
  });
  await browser.close();
  rmSync(STATIC, { recursive: true, force: true });
  mkdirSync(STATIC, { recursive: true });
  writeFileSync(join(STATIC, 'index.html'), html);
  cpSync(join(APP, 'assets'), join(STATIC, 'assets'), { recursive: true, filter: (f) => !f.endsWith('.js') });
  cpSync(join(APP, 'favicon.svg'), join(STATIC, 'favicon.svg'));
}
const copy = await serve(STATIC);

// --- Lighthouse, mobile, performance only ---
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const runs = { app: [], copy: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [name, server] of [['app', app], ['copy', copy]]) {
      const result = await lighthouse(urlOf(server), { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.message}`);
      const run = {
        score: Math.round(lhr.categories.performance.score * 100),
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
      };
      runs[name].push(run);
      console.log(`${name.padEnd(4)} run ${i + 1}: score ${run.score}, FCP ${(run.fcp / 1000).toFixed(2)} s, LCP ${(run.lcp / 1000).toFixed(2)} s, TBT ${Math.round(run.tbt)} ms, CLS ${run.cls.toFixed(3)}`);
    }
  }
} finally {
  await chrome.kill();
  app.close();
  copy.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = (name) => ({
  score: median(runs[name].map((r) => r.score)),
  lcp: median(runs[name].map((r) => r.lcp)),
  fcp: median(runs[name].map((r) => r.fcp)),
});
const a = summary('app');
const s = summary('copy');
const ratio = a.lcp / s.lcp;
console.log(`\nMedians of ${RUNS} (Lighthouse mobile, simulated slow 4G):`);
console.log(`  app          score ${a.score}, FCP ${(a.fcp / 1000).toFixed(2)} s, LCP ${(a.lcp / 1000).toFixed(2)} s`);
console.log(`  static copy  score ${s.score}, FCP ${(s.fcp / 1000).toFixed(2)} s, LCP ${(s.lcp / 1000).toFixed(2)} s`);
console.log(`  LCP ratio app / static copy: ${ratio.toFixed(2)} (target ≤ 1.25); score target ≥ 98`);
process.exitCode = a.score >= 98 && ratio <= 1.25 ? 0 : 1;
