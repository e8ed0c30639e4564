#!/usr/bin/env node
// Reports the size of the production build: the JavaScript every start runs
// (the entry and the app it imports, with what they import), the content a
// first visit loads beside it, every lazy chunk, and the whole dist folder.
// Run after `npm run build`.
// Budgets (see README): initial JavaScript at most 60 KB gzip; the service worker's
// precache at most 885 KiB (800 for the app, raised by the PDF font's 85 in issue #16).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] || 'dist';
// What every start runs: the entry (which holds only the start page's stylesheets) and the app it
// imports once the page is painted (src/app/start.tsx), each with every chunk they import: followed
// through Vite's manifest. A first visit also loads the content it seeds the database from, beside the app.
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const closure = (keys, skip = new Set()) => {
  const seen = new Set();
  const walk = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file) || skip.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const next of chunk.imports ?? []) walk(next);
  };
  for (const key of keys) walk(key);
  return seen;
};
const SEED = 'src/content/bundled.ts';
const entry = manifest['index.html'];
const initialSet = closure(['index.html', ...(entry.dynamicImports ?? []).filter((key) => key !== SEED)]);
const initial = [...initialSet];
const firstVisit = [...closure([SEED], initialSet)];
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

const walk = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : [path];
});
const all = walk(dist).map((p) => p.slice(dist.length + 1));
const scripts = all.filter((f) => f.endsWith('.js'));

const initialGzip = initial.reduce((sum, f) => sum + gz(f), 0);
console.log(`Initial JavaScript: ${kb(initialGzip)} gzip (${initial.join(', ')}) — budget 60 KB`);
console.log(`Loaded beside it on a first visit (the content seed): ${kb(firstVisit.reduce((sum, f) => sum + gz(f), 0))} gzip (${firstVisit.join(', ')})`);
for (const f of scripts.filter((f) => !initial.includes(f) && !firstVisit.includes(f))) console.log(`  lazy ${f}: ${kb(gz(f))} gzip`);
const total = all.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
console.log(`Whole build: ${kb(total)} in ${all.length} files`);
// What the service worker downloads on install: every URL in its precache manifest.
// (vite-plugin-pwa lists a few files twice; the worker fetches each URL once.)
const precached = [...new Set([...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]))];
const precacheBytes = precached.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
const fonts = precached.filter((f) => f.endsWith('.ttf')).reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
const PRECACHE_BUDGET = 885 * 1024;
console.log(`Precache: ${kib(precacheBytes)} in ${precached.length} files, of which the PDF font ${kib(fonts)} — budget ${kib(PRECACHE_BUDGET)}`);
process.exitCode = initialGzip > 60 * 1024 || precacheBytes > PRECACHE_BUDGET ? 1 : 0;
