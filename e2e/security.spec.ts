import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { getSitePages } from './site-pages.ts';

/** The directives of the CSP meta tag in an HTML text, by name: `{ 'script-src': ["'self'", …] }`. */
function cspOf(html: string): Record<string, string[]> | undefined {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) return undefined;
  const directives = content
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]);
  return Object.fromEntries(directives.map(([name, ...sources]) => [name, sources]));
}

/** Collects what the browser says about CSP violations and script errors on a page. */
function watchForViolations(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
  return messages;
}

test("every built page carries a CSP that allows only our own scripts, Pagefind's WebAssembly and hashed inline code", async ({
  request,
}) => {
  const pages = getSitePages();
  expect(pages.length).toBeGreaterThanOrEqual(18);
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const csp = cspOf(html);
    expect(csp, `${path} has a CSP meta tag`).toBeDefined();
    const scriptSources = csp!['script-src'];
    expect(
      scriptSources.filter((s) => !s.startsWith("'sha")),
      path,
    ).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp!['default-src'], path).toEqual(["'self'"]);
    expect(csp!['object-src'], path).toEqual(["'none'"]);
    expect(csp!['style-src'], path).not.toContain("'unsafe-inline'");
    for (const [, code] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
      expect(
        scriptSources,
        `${path}: the inline script "${code.slice(0, 40)}" has its hash in script-src`,
      ).toContain(hash);
    }
  }
});

test('the language picker script still runs under the CSP and sends the reader to their language', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const violations = watchForViolations(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/de-de\/$/);
  expect(violations).toEqual([]);
  await context.close();
});

test('Pagefind loads and answers a query under the CSP', async ({ page }) => {
  const violations = watchForViolations(page);
  await page.goto('/en-us/troubleshoot-sspr/');
  const urls = await page.evaluate(async () => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    const search = await pagefind.search('password');
    const results = await Promise.all(
      search.results
        .slice(0, 3)
        .map((result: { data: () => Promise<{ url: string }> }) => result.data()),
    );
    return results.map((data) => data.url);
  });
  expect(urls).toContain('/en-us/troubleshoot-sspr/');
  expect(violations).toEqual([]);
});

test('the CSP refuses a script injected into a page, and says so', async ({ page }) => {
  const violations = watchForViolations(page);
  await page.goto('/en-us/troubleshoot-sspr/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "ran"';
    document.body.append(script);
    const link = document.createElement('img');
    link.setAttribute('src', 'https://tracker.example/pixel.png');
    document.body.append(link);
  });
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  expect(await page.locator('html').getAttribute('data-injected')).toBeNull();
});
