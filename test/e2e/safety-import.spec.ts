/**
 * "Imported files are validated; a bad file gets a clear Danish message and
 * changes nothing." Hundreds of bad and hostile backup files go through the
 * real file input on "Data og sikkerhed", one after the other in one page:
 * each must be refused with "Filen kan ikke gendannes. Intet er ændret." and
 * a Danish explanation, raise no uncaught error, and leave every object store
 * of IndexedDB exactly as it was.
 *
 * The files: the generated corpus of test/data/hostile-corpus.ts (only the
 * cases its own independent oracle calls certainly invalid, as in its unit
 * test), every family of it sampled unless SAFETY_FULL_CORPUS=1 (about 1,800),
 * plus real-world files —
 * a real PDF renamed .json, a 6 MB file, an empty file, JSON arrays, and the
 * app's own exported backup truncated, re-encoded and tampered with.
 */
import { Buffer } from 'node:buffer';
import { jsPDF } from 'jspdf';
import { classify, hostileCorpus, type CorpusCase } from '../data/hostile-corpus';
import { allowTime, expect, expectAccessible, test } from './fixtures';
import { downloadFrom, dumpDatabase, restoreTwoWorkshops } from './safety-helpers';

const REFUSED = 'Filen kan ikke gendannes. Intet er ændret.';
/** As the unit test: every refusal says what it is about — the file, or one workshop in it. */
const OPENING = /^(Filen |Dialogmøde \d+[ :])/;
/** zod's and JavaScript's own English, and signs of a value printed without care. */
const NOT_FOR_USERS = /Invalid input|Expected|expected|Unexpected|\[object Object\]|undefined|NaN|SyntaxError|TypeError|RangeError|JSON/;
const MB = 1024 * 1024;

interface Shown {
  kind: 'accepted' | 'refused';
  title: string;
  message: string;
  details: string[];
}

interface SafetyWindow {
  safetyChanges: number;
  safetyAnswer: (n: number) => Promise<Shown>;
}

interface BadFile {
  label: string;
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * The corpus cases its oracle calls certainly invalid: every family, each
 * sampled evenly to at most PER_FAMILY files (the unit test runs every case
 * through the same parser; here each kind goes through the real file input).
 * A case whose size the unit test only pretends (`byteLength`) is made real:
 * the valid text padded with trailing spaces to that many bytes.
 */
const PER_FAMILY = 24;

function corpusFiles(full: boolean): BadFile[] {
  const invalid = hostileCorpus().filter((item) => classify(item) === 'invalid');
  const sizes = new Map<string, number>();
  for (const item of invalid) sizes.set(item.category, (sizes.get(item.category) ?? 0) + 1);
  const seen = new Map<string, number>();
  const files: BadFile[] = [];
  for (const item of invalid) {
    const n = seen.get(item.category) ?? 0;
    seen.set(item.category, n + 1);
    const stride = full ? 1 : Math.ceil(sizes.get(item.category)! / PER_FAMILY);
    if (n % stride !== 0) continue;
    files.push({ label: `${item.category}: ${item.name}`, name: 'sikkerhedskopi.json', mimeType: 'application/json', buffer: bytesOf(item) });
  }
  return files;
}

function bytesOf(item: CorpusCase): Buffer {
  const text = Buffer.from(item.text, 'utf8');
  if (item.byteLength === undefined || item.byteLength <= text.length) return text;
  return Buffer.concat([text, Buffer.alloc(item.byteLength - text.length, ' ')]);
}

/** Files people really pick by mistake, and the app's own backup damaged in the ways files get damaged. */
function realWorldFiles(realBackup: string): BadFile[] {
  const json = (label: string, name: string, buffer: Buffer, mimeType = 'application/json'): BadFile => ({ label, name, mimeType, buffer });
  const bytes = Buffer.from(realBackup, 'utf8');
  const data = JSON.parse(realBackup) as { workshops: Array<Record<string, unknown>> } & Record<string, unknown>;
  // Cut inside the two bytes of an "ø": the decoder puts U+FFFD there.
  const oe = bytes.indexOf(Buffer.from('ø', 'utf8'));
  const pdf = Buffer.from(new jsPDF().text('Handleplan – Trioen', 10, 10).output('arraybuffer'));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 131) % 256))]);
  const edited = (change: (d: typeof data) => void) => {
    const copy = JSON.parse(realBackup) as typeof data;
    change(copy);
    return Buffer.from(JSON.stringify(copy, null, 2));
  };
  const firstAnswers = () => {
    const answers = data.workshops.map((w) => w.answers as Record<string, Record<string, unknown>>).find((a) => Object.keys(a).length > 0);
    if (!answers) throw new Error('the exported backup has no answers');
    return answers;
  };
  const [participant, questions] = Object.entries(firstAnswers())[0]!;
  const question = Object.keys(questions)[0]!;
  return [
    json('a real PDF renamed .json', 'Handleplan – Trioen.json', pdf),
    json('a real PDF with its own type', 'Handleplan.pdf.json', pdf, 'application/pdf'),
    json('a PNG image named .json', 'billede.json', png, 'image/png'),
    json('an empty file', 'tom.json', Buffer.alloc(0)),
    json('a 6 MB file: the real backup padded with spaces', 'stor sikkerhedskopi.json', Buffer.concat([bytes, Buffer.alloc(Math.round(6.3 * MB) - bytes.length, ' ')])),
    json('a JSON array of the backup’s workshops', 'dialogmøder.json', Buffer.from(JSON.stringify(data.workshops, null, 2))),
    json('an empty JSON array', 'liste.json', Buffer.from('[]')),
    json('a JSON array holding the whole backup', 'liste2.json', Buffer.from(`[${realBackup}]`)),
    json('the real backup, first half', 'halv.json', bytes.subarray(0, Math.floor(bytes.length / 2))),
    json('the real backup without its last brace', 'afbrudt.json', Buffer.from(realBackup.trimEnd().slice(0, -1))),
    json('the real backup, first 1000 bytes', '1000.json', bytes.subarray(0, 1000)),
    json('the real backup cut inside an "ø"', 'skåret.json', bytes.subarray(0, oe + 1)),
    // (With a byte-order mark, a UTF-16 file is decoded correctly by the browser and restores fine.)
    json('the real backup saved as UTF-16 without a byte-order mark', 'utf16.json', Buffer.from(realBackup, 'utf16le')),
    json('the real backup twice in one file', 'dobbelt.json', Buffer.concat([bytes, bytes])),
    json('the real backup with an answer of 7', 'rettet.json', edited((d) => (((d.workshops.find((w) => (w.answers as Record<string, unknown>)[participant]) as { answers: Record<string, Record<string, unknown>> }).answers[participant] as Record<string, unknown>)[question] = 7))),
    json('the real backup claiming format version 3', 'ny.json', edited((d) => (d.formatVersion = 3))),
    json('the real backup without workshops', 'ingen.json', edited((d) => (d.workshops = []))),
  ];
}

test('hundreds of bad and hostile backup files are each refused in Danish and change nothing stored', async ({ page }) => {
  // About 40 s on a busy machine with 240 files; the stress run stretches this 4×.
  allowTime(240_000);
  const full = process.env.SAFETY_FULL_CORPUS === '1';
  const errors: string[] = [];
  let current = '(set-up)';
  page.on('pageerror', (error) => errors.push(`${current}: ${error.message}`));

  // ------------------------------------------------ something worth protecting: two full workshops and a backup date
  const input = await restoreTwoWorkshops(page);
  const real = await downloadFrom(page, () => page.getByRole('button', { name: 'Gem sikkerhedskopi af alt' }).click());
  await expect(page.getByText(/^Seneste sikkerhedskopi: /)).toBeVisible();
  const realBackup = real.bytes.toString('utf8');
  expect(JSON.parse(realBackup)).toMatchObject({ format: 'kom-i-hus-backup', formatVersion: 2 });

  // ------------------------------------------------ the files; the >5 MB ones (refused before they are read) never follow each other
  const small = [...realWorldFiles(realBackup), ...corpusFiles(full)];
  const large = small.filter((f) => f.buffer.length > 5 * MB);
  const files = small.filter((f) => f.buffer.length <= 5 * MB);
  large.forEach((f, i) => files.splice(1 + i * 2, 0, f));
  expect(files.length).toBeGreaterThanOrEqual(200);
  for (const name of ['a real PDF renamed .json', 'an empty file', 'a 6 MB file: the real backup padded with spaces', 'a JSON array of the backup’s workshops', 'the real backup, first half']) {
    expect(files.some((f) => f.label === name), name).toBe(true);
  }

  const before = await dumpDatabase(page);
  expect(before).toContain('Børnehuset Solsikken');
  expect(before).toContain('lastBackupAt');

  // Every `change` event the input fires is counted, so each answer is known to belong to its file.
  // safetyAnswer(n) waits for the answer to the n-th file: its change has fired, it is no longer
  // being read, and what is on screen is new (a new refusal element, or new text when the very
  // same element is reused — as it is when a file over 5 MB is refused before it is read).
  await page.evaluate(() => {
    const w = window as unknown as SafetyWindow;
    w.safetyChanges = 0;
    document.addEventListener('change', (e) => (e.target as Element).id === 'restore-file' && (w.safetyChanges += 1), true);
    const look = (n: number): Shown | null => {
      if (w.safetyChanges !== n) return null;
      const section = document.getElementById('restore-file')?.closest('section');
      if (!section || section.textContent?.includes('Læser filen')) return null;
      const confirm = section.querySelector('.confirm');
      if (confirm) return { kind: 'accepted', title: '', message: confirm.textContent ?? '', details: [] };
      const alert = section.querySelector<HTMLElement>('[role="alert"]');
      if (!alert) return null;
      const text = alert.textContent ?? '';
      if (alert.dataset.safetySeen === text) return null;
      alert.dataset.safetySeen = text;
      const paragraphs = [...alert.querySelectorAll(':scope > p')].map((p) => p.textContent ?? '');
      return { kind: 'refused', title: paragraphs[0] ?? '', message: paragraphs[1] ?? '', details: [...alert.querySelectorAll('li')].map((li) => li.textContent ?? '') };
    };
    w.safetyAnswer = (n) =>
      new Promise((resolve, reject) => {
        const now = look(n);
        if (now) return resolve(now);
        const observer = new MutationObserver(() => check());
        const timer = setTimeout(() => {
          observer.disconnect();
          clearInterval(poll);
          reject(new Error(`no answer to file ${n} within 10 s (changes seen: ${w.safetyChanges})`));
        }, 10_000);
        const poll = setInterval(() => check(), 20);
        const check = () => {
          const shown = look(n);
          if (!shown) return;
          observer.disconnect();
          clearTimeout(timer);
          clearInterval(poll);
          resolve(shown);
        };
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
  });

  const seenMessages = new Set<string>();
  const started = Date.now();
  for (const [i, file] of files.entries()) {
    current = `file ${i + 1} (${file.label})`;
    await input.setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: file.buffer });
    // The answer to this file: its change has fired, it is no longer being read, and the refusal on
    // screen is new (a new element, or new text when the very same element is reused).
    const shown = await page.evaluate((n) => (window as unknown as SafetyWindow).safetyAnswer(n), i + 1);
    expect(shown.kind, `${current} was accepted: ${shown.message}`).toBe('refused');
    expect(shown.title, current).toBe(REFUSED);
    expect(shown.message.length, `${current}: the explanation`).toBeGreaterThan(10);
    expect(shown.message, current).toMatch(OPENING);
    expect(shown.message, current).not.toMatch(NOT_FOR_USERS);
    expect(shown.message, current).toMatch(/\.$/);
    expect(errors, 'uncaught errors in the page').toEqual([]);
    seenMessages.add(shown.message.replace(/\d[\d.,]*/g, 'N').replace(/»[^«]*«/g, '»…«'));
    if (i % 100 === 99) expect(await dumpDatabase(page), `IndexedDB after ${current}`).toBe(before);
    if (i === 0) await expectAccessible(page, 'Data og sikkerhed with a refused file');
  }
  const perFile = (Date.now() - started) / files.length;

  const after = await dumpDatabase(page);
  expect(after.length).toBe(before.length);
  expect(after, 'IndexedDB, every object store, after all the files').toBe(before);
  expect(errors, 'uncaught errors in the page').toEqual([]);
  // Not one catch-all message: the refusals say different things about different files.
  expect(seenMessages.size).toBeGreaterThan(30);
  test.info().annotations.push({ type: 'corpus', description: `${files.length} files, ${seenMessages.size} kinds of message, ${perFile.toFixed(0)} ms per file` });

  // ------------------------------------------------ the same input still takes a good file (so the refusals above were about the files)
  current = 'the untouched real backup';
  await input.setInputFiles({ name: real.name, mimeType: 'application/json', buffer: real.bytes });
  await expect(page.getByText('Filen indeholder 2 dialogmøder.')).toBeVisible();
  await expect(page.getByText('2 af dem findes allerede på enheden:')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('group', { name: 'Gendan fra en sikkerhedskopi' }).getByRole('button', { name: 'Annuller' }).click();
  expect(await dumpDatabase(page), 'IndexedDB after cancelling a good file').toBe(before);
});
