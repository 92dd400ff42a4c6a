import { expect, test, type Response } from '@playwright/test';
import { articlePageBudget, getPageWeight, gzipSize } from '../src/lib/page-weight.ts';
import { getSitePages, isArticlePath } from './site-pages.ts';

test('article pages of every locale stay within 20 KB of gzipped HTML and CSS and load no JavaScript', async ({ browser, request }) => {
  const articles = (await getSitePages(request)).filter(isArticlePath);
  expect(articles.length, 'an article page in each of the six locales').toBeGreaterThanOrEqual(6);
  for (const path of articles) {
    // A fresh context per page, so every page is weighed as a first visit, with nothing cached.
    const context = await browser.newContext();
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(path, { waitUntil: 'networkidle' });
    const loaded = await Promise.all(
      responses.map(async (response) => {
        const type = response.request().resourceType();
        const isWeighed = ['document', 'stylesheet'].includes(type) && response.status() === 200;
        return { type, url: response.url(), gzip: isWeighed ? gzipSize(await response.body()) : 0 };
      }),
    );
    await context.close();

    expect(loaded.filter((r) => r.type === 'script').map((r) => r.url), `${path} loads no script`).toEqual([]);
    const html = await (await request.get(path)).text();
    expect(getPageWeight(html, () => '').jsBytes, `${path} has no inline script`).toBe(0);
    const htmlCss = loaded.filter((r) => r.type === 'document' || r.type === 'stylesheet').reduce((sum, r) => sum + r.gzip, 0);
    expect(loaded.some((r) => r.type === 'stylesheet' && r.gzip > 0), `${path}: its stylesheet is weighed`).toBe(true);
    expect(htmlCss, `${path}: HTML + CSS gzipped`).toBeLessThanOrEqual(articlePageBudget.htmlCssGzip);
  }
});
