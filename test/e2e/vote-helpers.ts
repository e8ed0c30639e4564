/**
 * Helpers for the Trin 2 (voting) and Trin 3 (dialogue) end-to-end tests:
 * creating a workshop, answering step 1 quickly, and the expected ranking,
 * computed here from the answers and votes the test gave — independently of
 * the app's own voting code.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { TITLE, type Block, type ExpectedRow } from './expected-ranking';
import { addParticipant, chooseMode, fillInNewWorkshop, goToScoring as pressGoToScoring } from './scoring-helpers';

export type Score = 1 | 2 | 3 | 4 | 5 | 'skip';
export type Role = 'Leder' | 'TR' | 'AMR' | 'MED-medlem' | 'Andet';
export type Mode = 'Møde med facilitator' | 'Én delt tablet' | 'Alene – selvevaluering';

export interface Question {
  id: string;
  number: number;
  block: string;
}

// The expected ranking is pure (no Playwright): the WebKit suite uses it too.
export * from './expected-ranking';

export const SHORT_TITLE: Record<Block, string> = {
  trivsel: 'Trivsel og arbejdsmiljø',
  statistik: 'Statistik',
  samtaler: 'Samtaler',
  'tidlige-indsatser': 'Tidlige indsatser',
  'faelles-ejerskab': 'Fælles ejerskab',
  'tydelig-ledelse': 'Tydelig ledelse',
};

const SCALE = ['Slet ikke', 'I nogen grad', 'I middel grad', 'I høj grad', 'I meget høj grad'] as const;
const SKIP = 'Ved ikke / ikke relevant';

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../questionnaires/${name}.json`, import.meta.url), 'utf8')) as T;
}

export function questionsOf(id: 'maalgruppe-1' | 'maalgruppe-2'): Question[] {
  return readJson<{ questions: Question[] }>(id).questions;
}

/** How many inspiration items the content has for a block. */
export function inspirationCount(block: Block): number {
  return readJson<{ items: Array<{ blocks: string[] }> }>('inspiration').items.filter((i) => i.blocks.includes(block)).length;
}

// ---------------------------------------------------------------- set-up

/**
 * The one-time "Klar til brug uden net" toast sits at the bottom of the
 * window over the buttons; these tests are not about it, so it counts as
 * seen already (the app's own localStorage flag).
 */
export async function skipOfflineNotice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    try {
      localStorage.setItem('kom-i-hus:offline-notice-seen', '1');
    } catch {
      // ignore
    }
  });
}

export async function createWorkshop(page: Page, title: string, målgruppe: RegExp): Promise<void> {
  await skipOfflineNotice(page);
  await fillInNewWorkshop(page, title, målgruppe);
}

export { addParticipant, chooseMode };

/** "Gå til Trin 1", and waits until step 1 is the current step (the set-up is valid). */
/** A solo workshop with one block (Samtaler) chosen, on the step-3 screen. */
export async function openDialogue(page: Page, title = 'Lederen i Sydhavn'): Promise<void> {
  await createWorkshop(page, title, /Målgruppe 1/);
  await chooseMode(page, 'Alene – selvevaluering');
  await expect(page.getByRole('button', { name: 'Fjern leder', exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'Trin i dialogmødet' }).getByRole('link', { name: 'Trin 2: Udvælg emner' }).click();
  await chooseAloneInStep2(page, ['samtaler']);
  await page.getByRole('button', { name: 'Videre til Trin 3: Gå i dialog' }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE.samtaler })).toBeVisible();
}

/** Step 2 alone (solo mode): ticks the blocks in "Vælg 1–3 byggesten, du vil arbejde med" and waits until the choice is stored. */
export async function chooseAloneInStep2(page: Page, blocks: readonly Block[]): Promise<void> {
  const chooser = page.getByRole('group', { name: 'Vælg 1–3 byggesten, du vil arbejde med' });
  for (const block of blocks) await chooser.locator(`li[data-block="${block}"]`).getByRole('checkbox').check();
  await expect(page.getByRole('status').filter({ hasText: /^Du har valgt \d+ byggesten/ })).toContainText(`Du har valgt ${blocks.length} byggesten`);
}

export async function goToScoring(page: Page): Promise<void> {
  await pressGoToScoring(page);
  await expect(page.getByRole('link', { name: 'Trin 1: Besvar' })).toHaveAttribute('aria-current', 'step');
}

/**
 * Answers the whole questionnaire on the open form, block by block, and
 * presses "Færdig". `answers[i]` is the answer to questions[i].
 */
export async function answerAll(page: Page, questions: Question[], answers: Score[]): Promise<void> {
  const groups: Question[][] = [];
  for (const q of questions) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.block === q.block) last.push(q);
    else groups.push([q]);
  }
  let done = 0;
  for (const [g, group] of groups.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: TITLE[group[0]!.block as Block], exact: true })).toBeVisible();
    for (const q of group) {
      const a = answers[questions.indexOf(q)];
      if (a === undefined) throw new Error(`no answer for question ${q.number}`);
      await page
        .locator(`#question-${q.id}`)
        .getByRole('radio', { name: a === 'skip' ? SKIP : SCALE[a - 1], exact: true })
        .check();
    }
    done += group.length;
    await expect(page.locator('#score-progress')).toHaveText(`${done} af ${questions.length} besvaret`);
    if (g < groups.length - 1) await page.getByRole('button', { name: 'Næste byggesten', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Færdig', exact: true }).click();
}

/** From the step-1 result screen to step 2. */
export async function resultsToVoting(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Videre til Trin 2: Udvælg emner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trin 2: Udvælg emner I vil drøfte i fællesskab' })).toBeVisible();
}

// ---------------------------------------------------------------- expected results

export function rankingRows(page: Page): Locator {
  return page.locator('li.ranking__row');
}

/** Asserts the ranking shows exactly these rows, in this order. */
export async function expectRanking(page: Page, rows: Array<Pick<ExpectedRow, 'block'> & Partial<ExpectedRow>>): Promise<void> {
  await expect(rankingRows(page)).toHaveCount(rows.length);
  await expect
    .poll(() => rankingRows(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-element'))), { message: 'order of the ranking' })
    .toEqual(rows.map((r) => r.block));
  for (const r of rows) {
    const row = page.locator(`li.ranking__row[data-element="${r.block}"]`);
    await expect(row.locator('.ranking__label strong')).toHaveText(TITLE[r.block]);
    if (r.rank) await expect(row.locator('.ranking__rank'), `place of ${r.block}`).toHaveText(r.rank);
    if (r.meta) await expect(row.locator('.ranking__meta'), `votes of ${r.block}`).toHaveText(r.meta);
  }
}

/** Presses Tab until `target` has focus (at most `max` times); fails if it never does. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reached by Tab within ${max} presses`).toBeFocused();
}
