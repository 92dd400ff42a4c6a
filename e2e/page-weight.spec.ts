import { expect, test, type Browser, type Response } from '@playwright/test';
import {
  articlePageBudget,
  isArticlePagePath,
  isBrowsePagePath,
  getPageWeight,
  gzipSize,
  isSearchScript,
} from '../src/lib/site/page-weight.ts';
import { getSitePages, pagesOfLocales, sampledLocales } from './site-pages.ts';

// Weighed in a fresh browser each, so the sampled locales' article pages (translations and stand-ins, both
// directions, CJK; see sampledLocales) rather than all 37 × every article.
test('article pages of the sampled locales stay within 20 KB of gzipped HTML and CSS, and load no search or inline script before interaction', async ({
  browser,
  request,
}) => {
  const articles = pagesOfLocales(getSitePages(), sampledLocales).filter(isArticlePagePath);
  expect(articles.length, 'an article page in each sampled locale').toBeGreaterThanOrEqual(
    sampledLocales.length,
  );
  for (const path of articles) {
    // A fresh context per page (firstVisit), so every page is weighed as a first visit, with nothing cached.
    const loaded = await firstVisit(browser, path);

    const scripts = loaded.filter((r) => r.type === 'script');
    expect(
      scripts.filter((r) => isSearchScript(r.url)).map((r) => r.url),
      `${path} loads no search code before interaction`,
    ).toEqual([]);
    const jsGzip = scripts.reduce((sum, r) => sum + r.gzip, 0);
    expect(
      jsGzip,
      `${path}: eager JavaScript gzipped (${scripts.map((r) => new URL(r.url).pathname).join(', ')})`,
    ).toBeLessThanOrEqual(articlePageBudget.eagerJsGzip);
    const html = await (await request.get(path)).text();
    expect(getPageWeight(html, () => '').inlineScriptBytes, `${path} has no inline script`).toBe(
      articlePageBudget.inlineScriptBytes,
    );
    const htmlCss = loaded
      .filter((r) => r.type === 'document' || r.type === 'stylesheet')
      .reduce((sum, r) => sum + r.gzip, 0);
    expect(
      loaded.some((r) => r.type === 'stylesheet' && r.gzip > 0),
      `${path}: its stylesheet is weighed`,
    ).toBe(true);
    expect(htmlCss, `${path}: HTML + CSS gzipped`).toBeLessThanOrEqual(
      articlePageBudget.htmlCssGzip,
    );
  }
});

/** What a first visit to `path` loads: each response's type, URL and gzipped size (documents, stylesheets, scripts). */
async function firstVisit(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(path, { waitUntil: 'networkidle' });
  const loaded = await Promise.all(
    responses.map(async (response) => {
      const type = response.request().resourceType();
      const isWeighed =
        ['document', 'stylesheet', 'script'].includes(type) && response.status() === 200;
      return { type, url: response.url(), gzip: isWeighed ? gzipSize(await response.body()) : 0 };
    }),
  );
  await context.close();
  return loaded;
}

// Topic and letter pages carry the language switcher too: the same eager module, within the article budget.
test('topic and letter pages of the sampled locales load no search or inline script and stay within the eager-JS budget', async ({
  browser,
  request,
}) => {
  const browse = pagesOfLocales(getSitePages(), sampledLocales).filter(isBrowsePagePath);
  expect(browse.length, 'a letter page in each sampled locale').toBeGreaterThanOrEqual(
    sampledLocales.length,
  );
  for (const path of browse) {
    const scripts = (await firstVisit(browser, path)).filter((r) => r.type === 'script');
    expect(
      scripts.filter((r) => isSearchScript(r.url)).map((r) => r.url),
      path,
    ).toEqual([]);
    const jsGzip = scripts.reduce((sum, r) => sum + r.gzip, 0);
    expect(jsGzip, `${path}: eager JavaScript gzipped`).toBeLessThanOrEqual(
      articlePageBudget.eagerJsGzip,
    );
    const html = await (await request.get(path)).text();
    expect(getPageWeight(html, () => '').inlineScriptBytes, `${path} has no inline script`).toBe(0);
    console.log(`${path}: eager JS ${jsGzip} B gzipped`);
  }
});
