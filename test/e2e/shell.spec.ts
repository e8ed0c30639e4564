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
