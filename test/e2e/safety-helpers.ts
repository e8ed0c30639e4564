/**
 * Helpers for the "nothing lost, nothing leaves the device" end-to-end tests
 * (safety-*.spec.ts): reading IndexedDB directly with the raw API (never
 * through the app's own code), catching downloads, and killing a browser
 * the hard way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { backupText } from '../data/fixtures';
import { expect, workshopIdOf } from './fixtures';
import type { Question } from './scoring-helpers';
import { addParticipant, chooseMode, createWorkshop, goToScoring, SHORT_TITLE, skipOfflineNotice, type Block } from './vote-helpers';

export const DATABASE = 'kom-i-hus';

/**
 * Something worth protecting: the two full workshops of test/data/fixtures,
 * restored through the real "Data og sikkerhed" screen. Returns its file input.
 */
export async function restoreTwoWorkshops(page: Page): Promise<Locator> {
  await skipOfflineNotice(page);
  await page.goto('/#/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data og sikkerhed' })).toBeVisible();
  const input = page.locator('#restore-file');
  await input.setInputFiles({ name: 'sikkerhedskopi.json', mimeType: 'application/json', buffer: Buffer.from(backupText()) });
  await expect(page.getByText('Filen indeholder 2 dialogmøder.')).toBeVisible();
  await page.getByRole('button', { name: 'Gendan', exact: true }).click();
  await expect(page.getByText('2 dialogmøder er gendannet.')).toBeVisible();
  return input;
}

/** A stored answer as the app keeps it: 1–5 or "skip". */
export type StoredAnswer = 1 | 2 | 3 | 4 | 5 | 'skip';

export interface StoredWorkshop {
  id: string;
  title: string;
  date: string;
  mode: string;
  updatedAt: string;
  participants: Array<{ id: string; name: string; role: string }>;
  answers: Record<string, Record<string, StoredAnswer>>;
  cursor?: { participantId: string; questionId: string } | null;
  voting: { ballots: Record<string, string[]>; chosen: string[]; revealed: boolean };
  dialogue: Record<string, { notes: Record<string, string>; proposals: unknown[] }>;
  plan: { items: Array<{ id: string; block: string; what: string; who: string }>; effect: string; evidence: string; followUpDate: string | null };
  [key: string]: unknown;
}

/**
 * Every object store of the app's database as JSON: the database version,
 * each store's key path and indexes, and every record with its key, in key
 * order. Two equal strings mean nothing stored has changed. Uses the raw
 * IndexedDB API, so it does not depend on Dexie or the app's code, and closes
 * its connection so the app's next schema upgrade is never blocked.
 */
export async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async (name) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
      open.onupgradeneeded = () => {
        open.transaction?.abort();
        reject(new Error(`database ${name} does not exist`));
      };
    });
    try {
      const names = [...db.objectStoreNames].sort();
      const tx = db.transaction(names, 'readonly');
      const stores: Record<string, unknown> = {};
      for (const store of names.map((n) => tx.objectStore(n))) {
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        stores[store.name] = {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
          indexes: [...store.indexNames].sort(),
          records: keys.map((key, i) => [key, values[i]]),
        };
      }
      return JSON.stringify({ version: db.version, stores });
    } finally {
      db.close();
    }
  }, DATABASE);
}

/**
 * Every workshop as stored, in key (id) order. Its dialogue notes are stored
 * one per record in the `notes` store (workshop id, block, prompt, text) and
 * are put back here, read independently of the app's own code.
 */
export async function storedWorkshops(page: Page): Promise<StoredWorkshop[]> {
  const dump = JSON.parse(await dumpDatabase(page)) as { stores: Record<string, { records: Array<[unknown, unknown]> }> };
  const workshops = (dump.stores.workshops?.records ?? []).map(([, value]) => value as StoredWorkshop);
  for (const [, value] of dump.stores.notes?.records ?? []) {
    const note = value as { workshopId: string; block: string; prompt: string; text: string };
    const notes = workshops.find((w) => w.id === note.workshopId)?.dialogue[note.block]?.notes;
    if (notes) notes[note.prompt] = note.text;
  }
  return workshops;
}

/** One stored workshop by id (fails loudly if it is not there). */
export async function storedWorkshop(page: Page, id: string): Promise<StoredWorkshop> {
  const found = (await storedWorkshops(page)).find((w) => w.id === id);
  if (!found) throw new Error(`workshop ${id} is not in IndexedDB`);
  return found;
}

/**
 * A facilitated meeting (Målgruppe 2) with Anna (leder) and Bo (TR), set up
 * and opened on step 1's overview; returns the workshop's id.
 */
export async function annaAndBoMeeting(page: Page, title: string): Promise<string> {
  await createWorkshop(page, title, /Målgruppe 2/);
  await chooseMode(page, 'Møde med facilitator');
  await addParticipant(page, 'Anna', 'Leder');
  await addParticipant(page, 'Bo', 'TR');
  const id = workshopIdOf(page);
  await goToScoring(page);
  return id;
}

/** Clicks something that downloads a file and returns the file's name and bytes. */
export async function downloadFrom(page: Page, click: () => Promise<void>, timeout = 15_000): Promise<{ download: Download; name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), click()]);
  const path = await download.path();
  return { download, name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * The process id of the Chromium browser process that runs on `profileDir`:
 * the one process whose command line names that --user-data-dir and has no
 * --type= (renderers, GPU and utility processes all have one). Linux only
 * (/proc).
 */
export function browserProcessOf(profileDir: string): number {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // the process ended while we looked
    }
    if (args.includes(`--user-data-dir=${profileDir}`) && !args.some((a) => a.startsWith('--type='))) found.push(Number(entry));
  }
  if (found.length !== 1) throw new Error(`expected one browser process for ${profileDir}, found ${found.length}: ${found.join(', ')}`);
  return found[0] as number;
}

/** The process group of a process (field 5 of /proc/<pid>/stat; the name in field 2 may hold spaces). */
export function processGroupOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[2]);
}

/**
 * Kills the whole browser at once with SIGKILL: no unload, pagehide or
 * visibilitychange handler runs, no IndexedDB transaction gets to finish,
 * nothing is flushed — the same as the power going or the OS killing the app.
 *
 * How: Playwright spawns the browser `detached`, so the browser process leads
 * its own process group, and every renderer, GPU and utility process it
 * starts is in that group. The browser process is found in /proc by its
 * --user-data-dir, and the whole group gets SIGKILL in one kill(2) call
 * (Playwright does the same, `process.kill(-pid, 'SIGKILL')`, when it has to
 * force a browser down). `context.browser()` gives no process handle, and
 * `launchServer` (which does) refuses a --user-data-dir, so this is the way
 * to crash a persistent profile.
 */
export async function killBrowserHard(profileDir: string): Promise<void> {
  const pid = browserProcessOf(profileDir);
  const group = processGroupOf(pid);
  if (group <= 1 || group === process.pid || group === processGroupOf(process.pid)) {
    throw new Error(`refusing to kill process group ${group} (browser ${pid}): it is not the browser's own group`);
  }
  process.kill(-group, 'SIGKILL');
  const deadline = Date.now() + 10_000;
  while (existsSync(`/proc/${pid}`) && !isZombie(pid)) {
    if (Date.now() > deadline) throw new Error(`browser process ${pid} survived SIGKILL`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

// ---------------------------------------------------------------- the answering screen

/** The answers the crash and reload tests tap, in turn. */
export const VALUES: StoredAnswer[] = [4, 2, 'skip', 5, 1, 3];
/** The answering screen's counter, "7 af 24 besvaret", computed from what is stored. */
export const progress = (page: Page): Locator => page.locator('#score-progress');

/** "7 af 24 besvaret" → 7. */
export function counted(text: string | null): number {
  const match = /^(\d+) af \d+ besvaret$/.exec(text?.trim() ?? '');
  if (!match) throw new Error(`not a progress text: ${text}`);
  return Number(match[1]);
}

/** Opens the block of `question` on the answering screen if it is not the one shown. */
export async function showQuestion(page: Page, question: Question): Promise<void> {
  const fieldset = page.locator(`#question-${question.id}`);
  if (await fieldset.isVisible()) return;
  const title = SHORT_TITLE[question.block as Block];
  await page
    .getByRole('navigation', { name: 'Byggesten i spørgeskemaet' })
    .getByRole('button', { name: new RegExp(`^${title} \\d+/\\d+$`) })
    .click();
  await expect(fieldset).toBeVisible();
}
