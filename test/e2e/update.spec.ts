/**
 * A new version is deployed while version 1 is open with text typed: the
 * prompt appears, nothing reloads by itself, and after "Opdater nu" the
 * text is still there. A second tab still on version 1 is told to reload
 * now, and a screen it had not opened yet offers the reload instead of a
 * dead end (issue #17, point 6).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allowTime, expectAccessible, expect, test } from './fixtures';
import { startStaticServer } from './support/static-server';

let folder = '';
let current = 'v1';
let server: Awaited<ReturnType<typeof startStaticServer>>;

test.beforeAll(async () => {
  allowTime(120_000);
  // Version 1 is the build the suite runs on (dist); version 2 is built here with another build id.
  folder = mkdtempSync(join(tmpdir(), 'kom-i-hus-update-'));
  execFileSync('npx', ['vite', 'build', '--outDir', join(folder, 'v2'), '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, KOM_I_HUS_BUILD_ID: 'v2' },
    stdio: 'inherit',
  });
  const root = () => (current === 'v1' ? 'dist' : join(folder, 'v2'));
  expect(readFileSync(join('dist', 'sw.js'), 'utf8')).not.toEqual(readFileSync(join(folder, 'v2', 'sw.js'), 'utf8'));
  server = await startStaticServer(root);
});

test.afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

test('a waiting version is offered, never forced, and typed text survives the update', async ({ page }) => {
  current = 'v1';
  await page.goto(`${server.url}/`);
  await expect(page.getByText('Klar til brug uden net.')).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click();

  await page.getByLabel('Arbejdsplads eller enhed').fill('Opdateringstest');
  await page.getByRole('button', { name: 'Opret dialogmøde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  await page.getByRole('link', { name: 'Trin 4: Handleplan' }).click();
  const effect = page.getByLabel('Den effekt, vi håber på', { exact: true });
  await effect.fill('Færre lange sygeforløb – vi følger op hver måned.');
  await effect.blur();

  // Deploy version 2 and let the app look for it, as it does when it becomes visible.
  current = 'v2';
  await page.evaluate(() => {
    (window as unknown as { marker: string }).marker = 'still the same page';
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByText('Ny version klar')).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, 'update prompt');

  // Nothing reloads by itself.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still the same page');
  await expect(effect).toHaveValue('Færre lange sygeforløb – vi følger op hver måned.');

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Opdater nu' }).click()]);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
  await expect(page.getByLabel('Den effekt, vi håber på', { exact: true })).toHaveValue('Færre lange sygeforløb – vi følger op hver måned.');
  await expect(page.getByText('Ny version klar')).toBeHidden();
});

test('a tab left on the old version after "Opdater nu" elsewhere is told to reload, and loses nothing when it does', async ({ page }) => {
  allowTime(120_000);
  current = 'v1';
  await page.goto(`${server.url}/`);
  await expect(page.getByText('Klar til brug uden net.')).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click();
  await page.getByLabel('Arbejdsplads eller enhed').fill('To faner');
  await page.getByRole('button', { name: 'Opret dialogmøde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  await page.getByRole('link', { name: 'Trin 4: Handleplan' }).click();
  const workshopUrl = page.url();

  // The second tab works in the same meeting; it has not opened "Data og sikkerhed" yet.
  const other = await page.context().newPage();
  await other.goto(workshopUrl);
  const evidence = other.getByLabel('Sådan kan vi se, at det virker', { exact: true });
  await evidence.fill('Færre sygedage i kvartalsopgørelsen.');
  await evidence.blur();
  await expect(other.getByText('Alt er gemt på enheden')).toBeVisible();

  // Version 2 arrives; the first tab takes it.
  current = 'v2';
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByText('Ny version klar')).toBeVisible({ timeout: 20_000 });
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Opdater nu' }).click()]);

  // The old tab is told plainly, and a screen it never loaded offers the reload.
  await expect(other.getByText('Appen er opdateret i et andet vindue. Genindlæs siden nu, så alt virker – alt er gemt.')).toBeVisible({ timeout: 20_000 });
  await other.getByRole('link', { name: 'Data og sikkerhed' }).click();
  const failed = other.getByRole('alert').filter({ hasText: 'Appen er opdateret i et andet vindue, så denne del skal hentes i den nye version.' });
  await expect(failed).toBeVisible();
  await expectAccessible(other, 'a screen of the old version that is gone');
  await Promise.all([other.waitForEvent('load'), failed.getByRole('button', { name: 'Genindlæs siden' }).click()]);
  await expect(other.getByRole('heading', { level: 1, name: 'Data og sikkerhed' })).toBeVisible();

  // Nothing was lost: the text typed in the old version is in the meeting.
  await other.goto(workshopUrl);
  await expect(other.getByLabel('Sådan kan vi se, at det virker', { exact: true })).toHaveValue('Færre sygedage i kvartalsopgørelsen.');
  await other.close();
});
