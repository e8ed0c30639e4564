#!/usr/bin/env node
// Benchmark (not a test): how long the result screen ("Jeres besvarelser") takes
// to render for 50 participants × 28 questions in Chromium, from the hash change
// to all 28 question rows on screen. Reports the first (cold: loads the screen's
// code) and the median of 10 warm renders. Run after `npm run build`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PORT = 4176;
const questionnaire = JSON.parse(readFileSync('questionnaires/maalgruppe-1.json', 'utf8'));
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('button', { name: 'Opret dialogmøde' }).waitFor();

  const now = new Date().toISOString();
  const participants = Array.from({ length: 50 }, (_, i) => ({ id: `p${i + 1}`, name: `Deltager ${i + 1}`, role: 'leder' }));
  const answers = Object.fromEntries(
    participants.map((p, i) => [p.id, Object.fromEntries(questionnaire.questions.map((q, j) => [q.id, (i * 7 + j * 3) % 11 === 0 ? 'skip' : ((i + j * 2) % 5) + 1]))]),
  );
  const workshop = {
    schemaVersion: 1, id: 'bench', title: 'Benchmark', date: now.slice(0, 10),
    questionnaire: { id: questionnaire.id, version: questionnaire.version }, mode: 'group', participants,
    votesPerPerson: 2, timeBudgetMinutes: 150, answers, cursor: null, anonymous: false,
    voting: { target: 'blocks', allowRepeat: false, method: 'ballots', ballots: {}, tally: {}, revealed: false, order: [], chosen: [] },
    dialogue: {}, plan: { items: [], effect: '', evidence: '', followUpDate: null }, step: 'results', createdAt: now, updatedAt: now,
  };
  await page.evaluate(
    (w) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kom-i-hus');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('workshops', 'readwrite');
          tx.objectStore('workshops').put(w);
          tx.oncomplete = () => resolve(undefined);
          tx.onerror = () => reject(tx.error);
        };
      }),
    workshop,
  );

  const render = () =>
    page.evaluate(async (count) => {
      location.hash = '#/';
      await new Promise((r) => setTimeout(r, 50));
      const start = performance.now();
      location.hash = '#/moede/bench/resultater';
      await new Promise((resolve) => {
        const check = () => (document.querySelectorAll('.question-result').length === count ? resolve(undefined) : requestAnimationFrame(check));
        check();
      });
      return performance.now() - start;
    }, questionnaire.questions.length);

  const cold = await render();
  const warm = [];
  for (let i = 0; i < 10; i++) warm.push(await render());
  warm.sort((a, b) => a - b);
  console.log(`Result screen, 50 participants × ${questionnaire.questions.length} questions: first render ${cold.toFixed(0)} ms (loads the screen's code), median of 10 warm renders ${warm[5].toFixed(0)} ms (min ${warm[0].toFixed(0)}, max ${warm[9].toFixed(0)})`);
} finally {
  await browser.close();
  server.kill();
}
