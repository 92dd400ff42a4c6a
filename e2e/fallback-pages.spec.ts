import { expect, test } from '@playwright/test';

// Runs against the fixture site e2e/fixtures/fallback-site (see playwright.config.ts): its only article
// exists in en-US and fr-FR, so ja-JP and the other locales get stand-in pages.
const fallback = '/ja-jp/troubleshoot-sspr/';

test('a missing translation shows the source article with a localized notice and the right lang', async ({
  page,
}) => {
  const response = await page.goto(fallback);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP');
  await expect(page.locator('html')).toHaveAttribute('data-fallback-from', 'en-US');
  await expect(page.locator('main')).toHaveAttribute('lang', 'en-US');
  const notice = page.getByRole('note');
  await expect(notice).toHaveText(
    'この記事はまだ日本語では提供されていません。原文（英語）を表示しています。',
  );
  await expect(notice).toHaveAttribute('lang', 'ja-JP');
  await expect(page.locator('article h1')).toHaveText('Troubleshoot SSPR');
});

test('a stand-in page is advertised nowhere: no hreflang, canonical to the source, not in the sitemap', async ({
  page,
  request,
}) => {
  await page.goto(fallback);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/en-us\/troubleshoot-sspr\/$/,
  );
  // The canonical names its language: the source's, so `check:links` knows the link into en-US is meant.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('hreflang', 'en-US');
  await page.goto('/en-us/troubleshoot-sspr/');
  await expect(page.locator('link[rel="alternate"][hreflang="fr-FR"]')).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][hreflang="ja-JP"]')).toHaveCount(0);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/ja-jp/</loc>');
  expect(sitemap).not.toContain('/ja-jp/troubleshoot-sspr/');
});

test('a stand-in page is not indexed under the page language; its content is searched in English', async ({
  page,
}) => {
  await page.goto('/en-us/troubleshoot-sspr/');
  const entry = await (await page.request.get('/pagefind/pagefind-entry.json')).json();
  expect(Object.keys(entry.languages).sort()).toEqual(['en-us', 'fr-fr']);
  const urls = await page.evaluate(async (bundle) => {
    const pagefind = await import(bundle);
    const search = await pagefind.search('security');
    return Promise.all(
      search.results.map(
        async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url,
      ),
    );
  }, '/pagefind/pagefind.js');
  expect(urls).toEqual(['/en-us/troubleshoot-sspr/']);
});

test('a reader whose language lacks the article gets its English search result on their own stand-in page', async ({
  page,
}) => {
  // english-only-fixture exists in en-US only; the French index has nothing for its made-up word.
  await page.goto('/fr-fr/search/?q=quasarbeacon');
  const english = page.locator('.search-fallback');
  await expect(english).toBeVisible();
  const link = english.getByRole('link', { name: 'English-only fixture article' });
  await expect(link).toHaveAttribute('href', /\/fr-fr\/english-only-fixture\//);
  await link.click();
  await expect(page).toHaveURL(/\/fr-fr\/english-only-fixture\//);
  await expect(page.locator('html')).toHaveAttribute('data-fallback-from', 'en-US');
});

test('an English result of an article the reader has in their language still leads to the English page', async ({
  page,
}) => {
  await page.goto('/fr-fr/search/?q=licensing');
  await expect(
    page.locator('.search-fallback').getByRole('link', { name: 'Troubleshoot SSPR' }),
  ).toHaveAttribute('href', /\/en-us\/troubleshoot-sspr\//);
});
