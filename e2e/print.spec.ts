import { expect, test, type Locator } from '@playwright/test';

/** What a link shows after its text, from its ::after box: `none` when nothing. */
const afterContent = (link: Locator) =>
  link.evaluate((a) => getComputedStyle(a, '::after').content);

test('a printed article has no header, search or language switcher, and keeps the title and the notice', async ({
  page,
}) => {
  await page.goto('/fr-fr/troubleshoot-sspr/');
  await expect(page.locator('.site-header')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const selector of [
    '.site-header',
    '#site-search-input',
    '.language-switcher',
    '.toc',
    '.breadcrumbs',
    '.site-footer',
    '.show-original',
  ]) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.notice-mt')).toBeVisible();
});

test('a printed link is followed by its URL, on paper only', async ({ page }) => {
  await page.goto('/fr-fr/troubleshoot-sspr/');
  const external = page.locator('.article-body a[href^="https:"]').first();
  const href = (await external.getAttribute('href'))!;
  const notice = page.locator('.notice-mt a');
  expect(await afterContent(external), 'on screen').toBe('none');
  await page.emulateMedia({ media: 'print' });
  expect(await afterContent(external)).toBe(`" (${href})"`);
  expect(await afterContent(notice)).toBe('" (/en-us/troubleshoot-sspr/)"');
});
