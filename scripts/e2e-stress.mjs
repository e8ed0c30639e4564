#!/usr/bin/env node
// Runs the end-to-end suite several times under load, to flush out races
// between a quick second action and a slow write (issue #18): every page's
// CPU is throttled through the DevTools protocol (E2E_CPU_THROTTLE, default 4×),
// and busy loops beside the browser (E2E_HOGS, default 1) compete for the cores.
// Usage: npm run test:e2e:stress [-- --repeat-each=5] [-- <playwright args>]
// It prints one line per failed test and a closing "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';

const args = process.argv.slice(2);
const repeat = args.some((a) => a.startsWith('--repeat-each')) ? [] : ['--repeat-each=5'];
const throttle = process.env.E2E_CPU_THROTTLE ?? '4';
const hogs = Number(process.env.E2E_HOGS ?? 1);

for (const [cmd, cmdArgs] of [
  ['node', ['scripts/ensure-test-tools.mjs']],
  ['npx', ['vite', 'build']],
]) {
  const done = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
  if (done.status !== 0) process.exit(done.status ?? 1);
}

// The load: busy threads that stop with this script.
const workers = Array.from({ length: hogs }, () => new Worker('for (;;) {}', { eval: true }));
console.log(`Stress: CPU ${throttle}× slower in every page, ${hogs} busy thread(s) beside the browser, ${repeat[0] ?? args.find((a) => a.startsWith('--repeat-each'))}.`);

const started = Date.now();
const run = spawn('npx', ['playwright', 'test', ...repeat, '--reporter=list', ...args], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, E2E_CPU_THROTTLE: throttle },
});
let output = '';
run.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
run.on('close', async (code) => {
  await Promise.all(workers.map((w) => w.terminate()));
  const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(output)?.[1] ?? 0);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\nStress run took ${minutes} min.`);
  console.log(`${count('passed')} passed, ${count('failed') + count('flaky')} failed`);
  process.exit(code ?? 1);
});
