import { expect, test, type APIRequestContext } from '@playwright/test';
import { locales, sourceLocale, type Locale } from '../src/i18n/locales.ts';
import {
  compareLanguageNames,
  languageName,
  localeToDir,
  localizedPath,
} from '../src/i18n/locale-helpers.ts';
import { dictionaries } from '../src/i18n/ui.ts';
import { pageKindsOf } from './site-pages.ts';

// All 37 locales, checked per request (no browser page): cheap enough to cover every locale's every page kind,
// where the axe crawl samples a few (see sampledLocales in site-pages.ts).

async function getHtml(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return response.text();
}

/** The escaped text as it appears in Astro's HTML output. */
const asHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

test('every page kind of every locale is served in its language and direction, its chrome in its own words', async ({
  request,
}) => {
  const problems: string[] = [];
  for (const locale of locales) {
    for (const path of pageKindsOf(locale)) {
      const html = await getHtml(request, path);
      const root = /<html lang="([^"]+)" dir="(ltr|rtl)"/.exec(html);
      if (root?.[1] !== locale || root[2] !== localeToDir(locale))
        problems.push(
          `${path}: <html lang dir> is ${root?.slice(1).join(' ')}, expected ${locale} ${localeToDir(locale)}`,
        );
      if (!html.includes(asHtml(dictionaries[locale]['site.skipToContent'])))
        problems.push(`${path}: no skip link in ${locale}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('a locale without the article serves its stand-in: page chrome in the locale, the source article inside', async ({
  request,
}) => {
  for (const locale of ['he-IL', 'sr-Latn-RS', 'zh-TW'] as const satisfies readonly Locale[]) {
    const html = await getHtml(request, localizedPath(locale, 'troubleshoot-sspr'));
    expect(html).toContain(`data-fallback-from="${sourceLocale}"`);
    expect(html).toMatch(
      new RegExp(`<main id="main" tabindex="-1" lang="${sourceLocale}" dir="ltr"`),
    );
  }
});

test('a locale without translations lists the source articles on its browse pages, marked as in the source language', async ({
  request,
}) => {
  // The home links a letter page; the article is listed there under the letter of its (source-language) title.
  expect(await getHtml(request, localizedPath('th-TH'))).toContain('href="/th-th/a-z/t/"');
  const html = await getHtml(request, '/th-th/a-z/t/');
  expect(html).toContain(
    '<li lang="en-US"><a href="/th-th/troubleshoot-sspr/" hreflang="en-US">Troubleshoot SSPR</a>',
  );
  // A translated locale lists its own article, unmarked.
  expect(await getHtml(request, '/fr-fr/a-z/r/')).toContain(
    '<li><a href="/fr-fr/troubleshoot-sspr/">',
  );
});

test('the picker at / lists all 37 languages once, by their own names, each marked with its language', async ({
  request,
}) => {
  const html = await getHtml(request, '/');
  const entries = [
    ...html.matchAll(
      /<li lang="([^"]+)"><a href="([^"]+)" hreflang="([^"]+)"[^>]*><strong>([^<]+)<\/strong>/g,
    ),
  ].map((m) => ({ lang: m[1], href: m[2], hreflang: m[3], name: m[4] }));
  const expected = [...locales].sort(compareLanguageNames);
  expect(entries.map((entry) => entry.lang)).toEqual(expected);
  expect(entries.map((entry) => entry.href)).toEqual(
    expected.map((locale) => localizedPath(locale)),
  );
  expect(entries.map((entry) => entry.name)).toEqual(
    expected.map((locale) => asHtml(languageName(locale))),
  );
  expect(entries.find((entry) => entry.lang === 'sr-Latn-RS')).toMatchObject({
    href: '/sr-latn-rs/',
    hreflang: 'sr-Latn-RS',
    name: 'Srpski',
  });
});

test.describe('the switcher on a home page, with all 37 languages', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 640 },
  ]) {
    test(`fits a ${viewport.width}×${viewport.height} screen in columns and reaches its last language by scrolling the menu`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('/he-il/');
      await page.locator('.language-switcher summary').click();
      const menu = page.locator('.language-switcher nav');
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await expect(menu.getByRole('link')).toHaveCount(37);
      const last = menu.getByRole('link').last();
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
      await expect(menu.locator('a[aria-current="page"]')).toHaveText('עברית');
    });
  }
});

test.describe('the picker sends a reader to the locale that serves their browser language', () => {
  for (const [browserLocale, path] of [
    ['zh-HK', '/zh-tw/'],
    ['sr', '/sr-latn-rs/'],
    ['pt', '/pt-br/'],
  ]) {
    test(`${browserLocale} → ${path}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(path);
      await context.close();
    });
  }
});
