import { expect, test } from '@playwright/test';
import { locales } from '../src/i18n/locales.ts';
import { localizedPath } from '../src/i18n/locale-helpers.ts';
import { getSitePages, sampledLocales } from './site-pages.ts';

const articles = [
  { path: '/en-us/troubleshoot-sspr/', lang: 'en-US', dir: 'ltr', title: 'Troubleshoot SSPR' },
  {
    path: '/fr-fr/troubleshoot-sspr/',
    lang: 'fr-FR',
    dir: 'ltr',
    title: 'Résoudre les problèmes de SSPR',
  },
  {
    path: '/de-de/troubleshoot-sspr/',
    lang: 'de-DE',
    dir: 'ltr',
    title: 'Problembehandlung bei SSPR',
  },
  {
    path: '/es-es/troubleshoot-sspr/',
    lang: 'es-ES',
    dir: 'ltr',
    title: 'Solucionar problemas de SSPR',
  },
  {
    path: '/ja-jp/troubleshoot-sspr/',
    lang: 'ja-JP',
    dir: 'ltr',
    title: 'SSPR のトラブルシューティング',
  },
  {
    path: '/ar-sa/troubleshoot-sspr/',
    lang: 'ar-SA',
    dir: 'rtl',
    title: 'استكشاف أخطاء SSPR وإصلاحها',
  },
];

for (const article of articles) {
  test(`the ${article.lang} article renders with lang="${article.lang}" and dir="${article.dir}"`, async ({
    page,
  }) => {
    await page.goto(article.path);
    await expect(page.locator('html')).toHaveAttribute('lang', article.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', article.dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    await expect(page.locator('h2#error-message')).toHaveCount(1);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      'href',
      /\/en-us\/troubleshoot-sspr\/$/,
    );
  });
}

test('the language switcher goes to the same article in the chosen language', async ({ page }) => {
  await page.goto('/fr-fr/troubleshoot-sspr/');
  await page.locator('.language-switcher summary').click();
  await page.locator('.language-switcher a[hreflang="ja-JP"]').click();
  await expect(page).toHaveURL(/\/ja-jp\/troubleshoot-sspr\/(#.*)?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP');
});

test('the machine-translation notice shows on fr-FR with a link to the English article, and not on en-US', async ({
  page,
}) => {
  await page.goto('/fr-fr/troubleshoot-sspr/');
  const notice = page.locator('.notice-mt');
  await expect(notice).toContainText('traduite automatiquement');
  await expect(notice.locator('a[href^="/en-us/troubleshoot-sspr/"]')).toHaveCount(1);
  await page.goto('/en-us/troubleshoot-sspr/');
  await expect(page.locator('.notice-mt')).toHaveCount(0);
});

test('the home page leads to an article through its letter page, and the article leads back through its breadcrumbs, product crumb included', async ({
  page,
}) => {
  await page.goto('/fr-fr/');
  await page
    .getByRole('region', { name: 'Parcourir de A à Z' })
    .getByRole('link', { name: 'R', exact: true })
    .click();
  await expect(page).toHaveURL(/\/fr-fr\/a-z\/r\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles commençant par R');
  await page.getByRole('link', { name: 'Résoudre les problèmes de SSPR' }).click();
  await expect(page).toHaveURL(/\/fr-fr\/troubleshoot-sspr\/$/);
  const breadcrumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' });
  await expect(breadcrumbs.getByRole('link')).toHaveText(['Centre d’aide', 'R']);
  // content/fr-FR/breadcrumb.yml names the product crumb, between the home and the letter.
  await expect(breadcrumbs).toHaveText(
    /^Centre d’aide\s*›\s*Administration de Microsoft 365\s*›\s*R\s*›\s*Résoudre les problèmes de SSPR$/,
  );
  await expect(breadcrumbs.locator('[aria-current="page"]')).toHaveText(
    'Résoudre les problèmes de SSPR',
  );
});

test("the home page's search form sends the query to the locale's search page", async ({
  page,
}) => {
  await page.goto('/fr-fr/');
  await page.locator('#home-search-input').fill('mot de passe');
  await page.locator('#home-search-input').press('Enter');
  await expect(page).toHaveURL(/\/fr-fr\/search\/\?q=mot\+de\+passe$/);
});

test.describe('every article is two clicks from its locale home', () => {
  const pages = getSitePages();
  for (const locale of sampledLocales) {
    test(`in ${locale}`, async ({ page }) => {
      const home = localizedPath(locale);
      const isArticle = (path: string) =>
        path.startsWith(home) && path !== home && !/^\/[^/]+\/(search|404|a-z|topics)\//.test(path);
      const linksOf = async (path: string) => {
        await page.goto(path);
        return page
          .locator('main a[href^="/"]')
          .evaluateAll((anchors) =>
            anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
          );
      };
      const reached = new Set<string>();
      for (const group of await linksOf(home)) {
        reached.add(group);
        for (const link of await linksOf(group)) reached.add(link);
      }
      const articles = pages.filter(isArticle);
      expect(articles.length).toBeGreaterThan(0);
      expect(articles.filter((path) => !reached.has(path))).toEqual([]);
    });
  }
});

test('the article shows a localized last-updated date and an in-page table of contents', async ({
  page,
}) => {
  await page.goto('/de-de/troubleshoot-sspr/');
  await expect(page.locator('.last-updated time')).toHaveAttribute('datetime', '2021-03-04');
  await expect(page.locator('.last-updated')).toContainText('4. März 2021');
  const toc = page.getByRole('navigation', { name: 'In diesem Artikel' });
  await expect(toc.getByRole('link')).toHaveCount(5);
});

test('a heading anchor link has a localized accessible name', async ({ page }) => {
  await page.goto('/es-es/troubleshoot-sspr/');
  await expect(page.locator('a.heading-anchor[href="#error-message"]')).toHaveAccessibleName(
    /^Enlace a la sección: /,
  );
});

test('without JavaScript, / lists every language and the switcher still works', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-language-picker] a')).toHaveCount(locales.length);
  await page.goto('/en-us/troubleshoot-sspr/');
  await page.locator('.language-switcher summary').click();
  await page.locator('.language-switcher a[hreflang="de-DE"]').click();
  await expect(page).toHaveURL(/\/de-de\/troubleshoot-sspr\/$/);
  await context.close();
});

test('with JavaScript, / sends the reader to their browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-CA' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr-fr\/$/);
  await context.close();
});

test('an unknown address shows the localized 404 page', async ({ page }) => {
  const response = await page.goto('/fr-fr/no-such-article/');
  expect(response?.status()).toBe(404);
  await page.goto('/fr-fr/404/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
});

test('at 320 px wide the article does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/fr-fr/troubleshoot-sspr/', '/ar-sa/troubleshoot-sspr/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

for (const path of ['/fr-fr/troubleshoot-sspr/', '/ar-sa/troubleshoot-sspr/']) {
  test(`on a 390 px phone ${path} reads title, translation notice, "In this article", text, in that order`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const order = ['h1', '.notice-mt', '.toc', '.article-body h2'];
    const tops = await Promise.all(
      order.map(async (selector) => (await page.locator(selector).first().boundingBox())!.y),
    );
    expect(tops, 'on screen, top to bottom').toEqual([...tops].sort((a, b) => a - b));
    const inDocumentOrder = await page.evaluate((selectors) => {
      const elements = selectors.map((selector) => document.querySelector(selector)!);
      return elements.every(
        (element, i) =>
          i === 0 ||
          elements[i - 1].compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    }, order);
    expect(inDocumentOrder, 'and so for screen readers').toBe(true);
  });
}

for (const width of [390, 320]) {
  test(`at ${width} px the header is one row: site name, search box, search button and language button`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 700 });
    for (const path of ['/fr-fr/troubleshoot-sspr/', '/ar-sa/troubleshoot-sspr/']) {
      await page.goto(path);
      const boxes = await Promise.all(
        [
          '.site-name',
          '#site-search-input',
          '.site-search button',
          '.language-switcher summary',
        ].map(async (selector) => (await page.locator(selector).boundingBox())!),
      );
      const top = Math.max(...boxes.map((box) => box.y));
      const bottom = Math.min(...boxes.map((box) => box.y + box.height));
      expect(bottom - top, `${path}: the four share one line`).toBeGreaterThan(10);
      expect(
        Math.min(...boxes.map((box) => box.x)),
        `${path}: nothing starts off screen`,
      ).toBeGreaterThanOrEqual(0);
      expect(
        Math.max(...boxes.map((box) => box.x + box.width)),
        `${path}: nothing ends off screen`,
      ).toBeLessThanOrEqual(width);
      expect(
        await page
          .locator('#site-search-input')
          .evaluate((input: HTMLInputElement) => input.offsetWidth),
        `${path}: room to type`,
      ).toBeGreaterThanOrEqual(90);
      await expect(page.locator('.site-search button')).toHaveAccessibleName(
        path.startsWith('/fr') ? 'Rechercher' : 'بحث',
      );
      await expect(page.locator('.language-switcher summary')).toHaveAccessibleName(
        path.startsWith('/fr') ? /Français/ : /العربية/,
      );
    }
  });
}

test('without POLYHELP_FEEDBACK_URL there is no feedback form, and forms may post to the site only', async ({
  page,
}) => {
  await page.goto('/fr-fr/troubleshoot-sspr/');
  await expect(page.locator('form.feedback')).toHaveCount(0);
  const csp = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute('content');
  expect(csp).toMatch(/form-action 'self';/);
});
