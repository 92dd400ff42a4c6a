import { expect, test, type Page } from '@playwright/test';

const article = '/fr-fr/troubleshoot-sspr/';

async function switchTo(page: Page, locale: string) {
  await page.locator('.language-switcher summary').click();
  await page.locator(`.language-switcher a[data-locale="${locale}"]`).click();
}

test.describe('language switch keeps the section', () => {
  for (const [locale, path] of [
    ['en-US', '/en-us/troubleshoot-sspr/'],
    ['ja-JP', '/ja-jp/troubleshoot-sspr/'],
  ]) {
    test(`switching from fr-FR at the error-message section to ${locale} lands on that section`, async ({
      page,
    }) => {
      await page.goto(`${article}#error-message`);
      await switchTo(page, locale);
      await expect(page).toHaveURL(`${path}#error-message`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h2#error-message')).toBeInViewport();
    });
  }

  test('without a hash, the section the reader scrolled to is carried over, though reaching the switcher scrolls back up', async ({
    page,
  }) => {
    await page.goto(article);
    await page
      .locator('h2#password-reset-policy')
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => window.scrollY > 0);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await switchTo(page, 'en-US');
    await expect(page).toHaveURL('/en-us/troubleshoot-sspr/#password-reset-policy');
    await expect(page.locator('h2#password-reset-policy')).toBeInViewport();
  });

  test('at the top of the article, the switch leads to the top of the other language', async ({
    page,
  }) => {
    await page.goto(article);
    await switchTo(page, 'en-US');
    await expect(page).toHaveURL('/en-us/troubleshoot-sspr/');
  });

  test('the "read the original" link of the machine translation notice follows the section being read', async ({
    page,
  }) => {
    await page.goto(`${article}#error-message`);
    await page.locator('.notice-mt a').click();
    await expect(page).toHaveURL('/en-us/troubleshoot-sspr/#error-message');
    // Reading the original once is not choosing English for good.
    expect(await page.evaluate(() => localStorage.getItem('polyhelp:locale'))).toBeNull();
  });
});

test.describe('remembered choice', () => {
  test.use({ locale: 'fr-CA' });

  test('the browser language decides / until the reader picks a language, with fr-CA served fr-FR', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/fr-fr/');
  });

  test('a language picked in the switcher drives / afterwards', async ({ page }) => {
    await page.goto(article);
    await switchTo(page, 'ja-JP');
    await expect(page).toHaveURL('/ja-jp/troubleshoot-sspr/');
    await page.goto('/');
    await expect(page).toHaveURL('/ja-jp/');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switcher still leads to the same article in the other language', async ({ page }) => {
    await page.goto(`${article}#error-message`);
    await switchTo(page, 'de-DE');
    await expect(page).toHaveURL('/de-de/troubleshoot-sspr/');
  });

  test('"Show original" still opens, as a plain details element', async ({ page }) => {
    await page.goto(article);
    const original = page.locator('details.show-original').nth(1);
    await original.locator('summary').click();
    await expect(original.getByText('Review this article to find common errors')).toBeVisible();
  });
});

test.describe('show original', () => {
  test('reveals the English text of that section, marked as English, after the section', async ({
    page,
  }) => {
    await page.goto(article);
    const english = page.getByText('Review this article to find common errors and their solutions');
    await expect(english).toBeHidden();
    // The details that follows the error-message section, before the next section heading.
    const original = page.locator('.heading:has(h2#error-message) ~ details.show-original').first();
    await expect(original.locator('summary')).toHaveText('Afficher l’original (anglais)');
    await original.locator('summary').click();
    await expect(english).toBeVisible();
    await expect(original.locator('[lang="en-US"]')).toContainText("I'm seeing an error message");
    const order = await page.evaluate(() => {
      const details = [...document.querySelectorAll('details.show-original')].find((d) =>
        d.textContent?.includes('Review this article'),
      );
      const own = document.getElementById('error-message')!;
      const next = document.getElementById('password-reset-policy')!;
      const follows = (a: Node, b: Node) =>
        (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      return { afterItsHeading: follows(own, details!), beforeTheNext: follows(details!, next) };
    });
    expect(order).toEqual({ afterItsHeading: true, beforeTheNext: true });
  });

  test('is kept out of search and offered on machine-translated pages only', async ({ page }) => {
    await page.goto(article);
    await expect(page.locator('details.show-original')).toHaveCount(5);
    await expect(page.locator('details.show-original:not([data-pagefind-ignore])')).toHaveCount(0);
    await page.goto('/en-us/troubleshoot-sspr/');
    await expect(page.locator('details.show-original')).toHaveCount(0);
  });
});

test.describe('freshness', () => {
  test('an outdated translation (the fr-FR seed) says so, with a link to the source', async ({
    page,
  }) => {
    await page.goto(article);
    const notice = page
      .getByRole('note')
      .filter({ hasText: 'Cette traduction n’est peut-être plus à jour' });
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('lang', 'fr-FR');
    await expect(notice.getByRole('link')).toHaveAttribute('href', '/en-us/troubleshoot-sspr/');
  });

  test('an up-to-date translation shows no such notice', async ({ page }) => {
    await page.goto('/de-de/troubleshoot-sspr/');
    await expect(page.locator('.notice-mt')).toBeVisible();
    await expect(page.locator('.notice-outdated')).toHaveCount(0);
  });
});
