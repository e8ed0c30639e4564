import { expectAccessible, expect, test } from './fixtures';

test('the app loads in Danish with the Forside and its create form', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogmøder' })).toBeVisible();
  await expect(page.getByText('Der er ingen dialogmøder endnu.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opret dialogmøde' })).toBeVisible();
  await expect(page).toHaveTitle('Forside – Kom i hus');
  await expectAccessible(page, 'Forside');
});

test('the start page comes as HTML: the Forside shows before any script runs, takes no input until the app has rendered, and never says "ingen dialogmøder" to someone who has some', async ({ page, browser, request }) => {
  // What the server sends: the page itself, and one small script, not inline (the CSP allows none), that need not go first.
  const html = await (await request.get('/')).text();
  expect(html).toContain('<h1>Dialogmøder</h1>');
  expect(html).toContain('Nyt dialogmøde');
  expect(html).toContain('Målgruppe 1: Ledelsesgruppe / leder');
  expect(html).toContain('Målgruppe 2: MED / Trio / arbejdsmiljøgruppe');
  expect(html).toMatch(/<div id="app" inert>/);
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toMatch(/^<script type="module" fetchpriority="low" crossorigin src="\/assets\/index-[\w-]+\.js">$/);
  // Until the app knows this device, the list says "Henter …", not that there are no meetings.
  expect(html).not.toContain('Der er ingen dialogmøder endnu.');

  // Without script: the page is there (painted at once on a slow line), and inert.
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const bare = await noScript.newPage();
  await bare.goto('/');
  await expect(bare.locator('h1')).toHaveText('Dialogmøder');
  await expect(bare.locator('form h2')).toHaveText('Nyt dialogmøde');
  await expect(bare.locator('#app')).toHaveAttribute('inert', '');
  await noScript.close();

  // Someone with a meeting: the app renders over the same elements (heading, lead and form are never replaced),
  // the list has the meeting, "ingen dialogmøder" never shows, and the date field gets today.
  await page.goto('/');
  await page.getByLabel('Arbejdsplads eller enhed').fill('Ledergruppen Nord');
  await page.getByRole('button', { name: 'Opret dialogmøde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opsætning' })).toBeVisible();
  await page.addInitScript(() => {
    const seen = { emptyText: false, pageReplaced: false };
    (window as unknown as { prerender: typeof seen }).prerender = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) if (node instanceof Element && (node.matches('h1, .lead, form') || node.querySelector('h1, .lead, form'))) seen.pageReplaced = true;
      }
      if (document.body?.textContent?.includes('Der er ingen dialogmøder endnu.')) seen.emptyText = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('/');
  await expect(page.locator('#app')).not.toHaveAttribute('inert');
  await expect(page.getByRole('link', { name: 'Ledergruppen Nord' })).toBeVisible();
  const today = await page.evaluate(() => new Date().toLocaleDateString('da-DK', { day: '2-digit', month: '2-digit', year: 'numeric' }).replaceAll('-', '.'));
  await expect(page.getByLabel('Dato', { exact: true })).toHaveValue(today);
  expect(await page.evaluate(() => (window as unknown as { prerender: unknown }).prerender)).toEqual({ emptyText: false, pageReplaced: false });
  await expectAccessible(page, 'Forside with a meeting, after the prerendered page');
});

test('Huset shows the six building blocks with 28 + 24 questions', async ({ page }) => {
  await page.goto('/#/huset');
  const blocks = page.locator('.blocks > li');
  await expect(blocks).toHaveCount(6);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    /Trivsel, arbejdsmiljø, social kapital og arbejdsfællesskaber/,
    /Ordentlig statistik/,
    /Systematiske samtaler/,
    /Tidlige indsatser/,
    /Fælles ejerskab/,
    /Tydelig ledelse/,
  ]);
  const m1 = page.getByRole('region', { name: /Målgruppe 1: Ledelsesgruppe \/ leder$/ }).locator('ol.questions > li');
  const m2 = page.getByRole('region', { name: /Målgruppe 2: MED \/ Trio \/ arbejdsmiljøgruppe$/ }).locator('ol.questions > li');
  await expect(m1).toHaveCount(28);
  await expect(m2).toHaveCount(24);
  await expect(page.locator('.star')).toHaveCount(12);
  await expect(page.getByText('Indberettes sygefravær korrekt og rettidigt?')).toBeVisible();
  await expectAccessible(page, 'Huset');
});

test('Huset is drawn as the booklet\'s house, and each block in it leads to its description and questions', async ({ page }) => {
  await page.goto('/#/huset');
  const house = page.getByRole('group', { name: /^Huset med de seks byggesten/ });
  const links = house.getByRole('link');
  // Roof, the three pillars left to right, then the foundation: the drawing's order, also by keyboard.
  await expect(links).toHaveText([
    'Trivsel, arbejdsmiljø, social kapital og arbejdsfællesskaber',
    'Ordentlig statistik',
    'Systematiske samtaler',
    'Tidlige indsatser',
    'Tydelig ledelse',
    'Fælles ejerskab',
  ]);
  for (const name of ['Ordentlig statistik', 'Systematiske samtaler', 'Tidlige indsatser']) await expect(house.getByRole('link', { name, exact: true })).toBeVisible();
  const roof = await links.first().boundingBox();
  const pillar = await links.nth(2).boundingBox();
  const foundation = await links.nth(4).boundingBox();
  expect(roof!.y + roof!.height).toBeLessThanOrEqual(pillar!.y + 1);
  expect(pillar!.y + pillar!.height).toBeLessThanOrEqual(foundation!.y + 1);
  // By keyboard: Enter on a pillar moves to that block, heading focused.
  await links.nth(2).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: /Systematiske samtaler/ });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page).toHaveURL(/#\/huset$/);
  await expectAccessible(page, 'Huset with its drawing');
});

test('the shell works by keyboard: skip link and main navigation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogmøder' })).toBeVisible();
  // The prerendered page shows at once but takes keys only once the app has rendered over it.
  await expect(page.locator('#app')).not.toHaveAttribute('inert');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Gå til indhold' })).toBeFocused();
  const huset = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Huset' });
  await huset.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/huset$/);
  await expect(page.getByRole('heading', { level: 1, name: /Huset/ })).toBeVisible();
  await expect(page.locator('main')).toBeFocused();
  await expect(huset).toHaveAttribute('aria-current', 'page');
});

test('an unknown address says so and leads back', async ({ page }) => {
  await page.goto('/#/noget-andet');
  await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
  await page.getByRole('link', { name: 'Gå til forsiden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogmøder' })).toBeVisible();
});
