#!/usr/bin/env node
// Benchmark (not a test): how long the PDF export takes in Chromium for a large
// workshop — 15 participants, notes in all six prompts of all six blocks, and
// 60 actions — against the production build. It imports the built PDF chunk
// (the one that exports renderPlanPdf) into the page and calls it with a
// PlanDocument literal, so nothing extra is exposed by the app. Reports the
// first export (which also loads the PDF chunk and jsPDF), the median of 5, and
// the file size. Run after `npm run build`.
//
//   node scripts/bench-pdf.mjs [--dist dist] [--save /tmp/large-plan.pdf]
import { chromium } from '@playwright/test';
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PORT = 4177;
const RUNS = 5;
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dist = arg('--dist') ?? 'dist';
const save = arg('--save');

const assets = join(dist, 'assets');
// The booklet's words in the PDF (title, scale, template, hotline) come from the content files.
const content = Object.fromEntries(['dialog', 'guidance'].map((id) => [id, JSON.parse(readFileSync(new URL(`../questionnaires/${id}.json`, import.meta.url), 'utf8'))]));
const chunk = readdirSync(assets).find((f) => f.endsWith('.js') && /\bas renderPlanPdf\b/.test(readFileSync(join(assets, f), 'utf8')));
if (!chunk) throw new Error(`No chunk exporting renderPlanPdf in ${assets}; run \`npm run build\` first.`);

// --- A large workshop's plan document -------------------------------------
const blocks = [
  ['trivsel', 'Trivsel, arbejdsmiljø, social kapital og arbejdsfællesskaber'],
  ['statistik', 'Ordentlig statistik'],
  ['samtaler', 'Systematiske samtaler'],
  ['tidlige-indsatser', 'Tidlige indsatser'],
  ['faelles-ejerskab', 'Fælles ejerskab'],
  ['tydelig-ledelse', 'Tydelig ledelse'],
];
const prompts = [
  'Hvordan har I scoret spørgsmålene under denne byggesten?',
  'Hvad er jeres begrundelser for, hvorfor I har scoret på denne måde?',
  'Hvad oplever I, at I er gode til i forhold til denne byggesten?',
  'Hvad kunne I gøre bedre?',
  'Hvilke konkrete forslag har I til forbedringer?',
  'Hvilken indsats vil det kræve? Fra hvem? Hvornår?',
];
const sentences = [
  'Vi har drøftet, hvordan vi følger op på sygefravær, og er enige om, at det skal ske tidligere og mere ensartet.',
  'Flere oplever, at aftalerne om sygemelding ikke er kendt af alle – især ikke af nye medarbejdere og vikarer.',
  'Trioen vil gerne bruge fraværstallene mere aktivt, men ikke til at udpege enkeltpersoner.',
  'Vi er gode til at tage os af hinanden i hverdagen, men det bliver tit uformelt og afhænger af den enkelte leder.',
  'Fraværslinjen og Tidlig Indsats er ikke kendt af alle; det bør vi fortælle om på næste personalemøde.',
  'Det kræver tid på LokalMED-møderne og en fast ansvarlig, ellers glider det ud igen efter et par måneder.',
];
const text = (length, seed) => {
  let out = '';
  for (let i = 0; out.length < length; i++) out += (out ? ' ' : '') + sentences[(seed + i) % sentences.length];
  return out.slice(0, length).replace(/\s+\S*$/, '.');
};
const roles = ['Leder', 'TR', 'AMR', 'MED-medlem'];
const names = ['Mette', 'Jørgen', 'Åse', 'Søren', 'Birgitte', 'Ahmed', 'Łukasz Wójcik', 'Niels', 'Hanne', 'Şükrü Yılmaz', 'Camilla', 'Nguyễn Thị Hà', 'Rikke', 'Kasper', 'Zeynep'];
const sections = blocks.map(([block, title], b) => ({
  block,
  title,
  items: Array.from({ length: 10 }, (_, i) => ({
    what: text(300, b + i),
    who: text(80, b + i + 2),
    when: `${(i % 28) + 1}. ${['marts', 'april', 'maj', 'juni', 'august'][i % 5]} 2025 – hvert kvartal`,
    kind: i % 4 === 0 ? 'discussion' : 'action',
    forum: i % 4 === 0 ? 'LokalMED' : '',
  })),
}));
const plan = {
  workplace: 'Sundheds- og Omsorgsforvaltningen, Plejecenter Søndergården',
  date: '12. marts 2025',
  questionnaire: 'Målgruppe 2: MED/Trio/arbejdsmiljøgruppe',
  participants: names.map((name, i) => `${name} (${roles[i % roles.length]})`).join(', '),
  anonymous: false,
  alone: false,
  scores: blocks.map(([block, title], i) => ({ block, title, mean: [3.4, 2.1, 3.9, 2.6, 3.2, 4.5][i], respondents: 15 })),
  priorities: blocks.map(([, title], i) => ({ label: title, votes: [9, 9, 5, 3, 2, 2][i], rank: [1, 1, 3, 4, 5, 5][i], tied: [true, true, false, false, true, true][i], chosen: i < 2 })),
  chosenAlone: [],
  notes: blocks.map(([, title], b) => ({
    title,
    entries: prompts.map((prompt, p) => ({ prompt, text: text(700, b + p) })),
    proposals: [text(110, b), text(140, b + 1), text(90, b + 2)],
  })),
  sections,
  effect: text(300, 1),
  evidence: text(250, 3),
  followUp: '10. september 2025',
  itemCount: 60,
};

// --- Serve the build and measure ---------------------------------------------
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1', '--outDir', dist], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${PORT}`;
let browser;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await globalThis.fetch(base)).ok) break;
    } catch {
      if (i > 100) throw new Error('vite preview did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    results.push(
      await page.evaluate(
        async ({ url, doc, keep, dialog, guidance }) => {
          const start = performance.now();
          const m = await import(url);
          const result = await m.renderPlanPdf(doc, await m.pdfLabels('da', dialog, guidance));
          const ms = performance.now() - start;
          const bytes = keep ? Array.from(new Uint8Array(await result.blob.arrayBuffer())) : null;
          return { ms, size: result.blob.size, pages: result.pages, replaced: result.replaced, bytes };
        },
        { url: `/assets/${chunk}`, doc: plan, keep: !!save && i === RUNS - 1, dialog: content.dialog, guidance: content.guidance },
      ),
    );
  }
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const last = results[RUNS - 1];
  if (save && last.bytes) writeFileSync(save, Buffer.from(last.bytes));
  console.log(
    `PDF export, 15 participants, notes in 6 × 6 prompts, 60 actions (${chunk}): ` +
      `first ${results[0].ms.toFixed(0)} ms (loads the PDF chunk and jsPDF), median of ${RUNS} ${times[Math.floor(RUNS / 2)].toFixed(0)} ms ` +
      `(min ${times[0].toFixed(0)}, max ${times[RUNS - 1].toFixed(0)}); ${last.pages} pages, ${(last.size / 1024).toFixed(1)} KB` +
      (last.replaced.length ? `; replaced: ${last.replaced.join(' ')}` : '') +
      (save ? `; saved to ${save}` : ''),
  );
} finally {
  await browser?.close();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}
