import { cutNetwork, expectAccessible, expect, test, visitUntilOfflineReady } from './fixtures';

test('after the first visit the app works with every request cut', async ({ page, context }) => {
  // The service worker installs, precaches every screen and says so once.
  await visitUntilOfflineReady(page);
  await expectAccessible(page, 'Forside with the offline notice');
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Klar til brug uden net.')).toBeHidden();

  const leaked = await cutNetwork(context);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogmøder' })).toBeVisible();
  await page.getByLabel('Arbejdsplads eller enhed').fill('Uden net');
  await page.getByRole('button', { name: 'Opret dialogmøde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  await page.getByRole('link', { name: 'Huset' }).click();
  await expect(page.locator('.blocks > li')).toHaveCount(6);
  // The notice is remembered: not shown again.
  await expect(page.getByText('Klar til brug uden net.')).toBeHidden();
  expect(leaked, 'requests that reached the network while offline').toEqual([]);
});

test('the app asks nothing from other origins', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  // Context-wide, so the service worker's own fetches are seen too.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(request.url());
  });
  await page.goto('/');
  await page.getByLabel('Arbejdsplads eller enhed').fill('Privat');
  await page.getByRole('button', { name: 'Opret dialogmøde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  await page.getByRole('link', { name: 'Huset' }).click();
  await expect(page.locator('.blocks > li')).toHaveCount(6);
  expect(foreign).toEqual([]);
});

test('the page runs under a Content-Security-Policy without unsafe-inline or unsafe-eval', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  await page.getByLabel('Arbejdsplads eller enhed').fill('CSP');
  await page.getByRole('button', { name: 'Opret dialogmøde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  expect(violations).toEqual([]);
});
