#!/usr/bin/env node
// Reports the size of the production build: the JavaScript a first visit loads
// before anything else (the entry script and its modulepreloads), every lazy
// chunk, and the whole dist folder. Run after `npm run build`.
// Budgets (see README): initial JavaScript at most 60 KB gzip; the service worker's
// precache at most 885 KiB (800 for the app, raised by the PDF font's 85 in issue #16).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
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
for (const f of scripts.filter((f) => !initial.includes(f))) console.log(`  lazy ${f}: ${kb(gz(f))} gzip`);
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
