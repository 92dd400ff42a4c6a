import { expect, test, type Page } from '@playwright/test';

/** Console errors and uncaught exceptions of a page, collected for the whole test. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Paths of the scripts and Pagefind files a page has requested so far. */
function collectRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

const isSearchCode = (path: string) =>
  path.startsWith('/pagefind/') || path.includes('SearchUiScript');

test.describe('search by symptom', () => {
  let errors: string[];
  test.beforeEach(({ page }) => {
    errors = collectErrors(page);
  });
  test.afterEach(() => {
    expect(errors, 'no console errors').toEqual([]);
  });

  test('a French reader searching "message d\'erreur" lands on the fr-FR article at the error-message section, words highlighted', async ({
    page,
  }) => {
    await page.goto('/fr-fr/troubleshoot-sspr/');
    await page.locator('#site-search-input').click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('searchbox', { name: 'Rechercher dans le centre d’aide' })
      .fill("message d'erreur");
    await expect(dialog.locator('pagefind-summary')).toHaveText(
      "Un résultat pour « message d'erreur »",
    );
    // One result fits the dialog: no link to the full list.
    await expect(dialog.locator('a.search-all')).toBeHidden();
    await dialog.getByRole('link', { name: 'Je vois un message d’erreur' }).click();
    // The elided article is not searched: "d'erreur" is the word "erreur", not Pagefind's "derreur".
    await expect(page).toHaveURL(
      /\/fr-fr\/troubleshoot-sspr\/\?pagefind-highlight=message&pagefind-highlight=erreur#error-message$/,
    );
    await expect(page.locator('#error-message')).toBeInViewport();
    await expect(page.locator('#error-message mark.search-highlight')).toHaveText([
      'message',
      'erreur',
    ]);
  });

  test('a French query with another elided article, typed with ’, finds and highlights the word', async ({
    page,
  }) => {
    // The page has "d’erreur", never "l’erreur": Pagefind alone would search "lerreur" and mark nothing.
    await page.goto('/fr-fr/search/?q=' + encodeURIComponent('l’erreur'));
    const section = page.getByRole('link', { name: 'Je vois un message d’erreur' });
    await expect(section).toHaveAttribute('href', /\?pagefind-highlight=erreur#error-message$/);
    await expect(page.locator('pagefind-summary')).toContainText('« l’erreur »');
    await expect(page.getByRole('searchbox')).toHaveValue('l’erreur');
    await section.click();
    await expect(page.locator('#error-message mark.search-highlight')).toHaveText(['erreur']);
  });

  test('a result lists the article and, under it, only its matching symptom sections', async ({
    page,
  }) => {
    await page.goto('/en-us/search/?q=password');
    const result = page.locator('pagefind-results .pf-result').first();
    await expect(result.locator('.pf-result-link')).toHaveText('Troubleshoot SSPR');
    const sections = result.locator('.pf-heading-link');
    await expect(sections.first()).toBeVisible();
    for (const href of await sections.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    )) {
      expect(href).toMatch(
        /^\/en-us\/troubleshoot-sspr\/\?pagefind-highlight=password#(?!troubleshoot-sspr$)[a-z-]+$/,
      );
    }
  });

  test('a Japanese query finds the ja-JP section', async ({ page }) => {
    await page.goto('/ja-jp/search/');
    await page.getByRole('searchbox', { name: 'ヘルプセンターを検索' }).fill('エラー');
    await expect(page.locator('pagefind-summary')).toHaveText('「エラー」の検索結果: 1 件');
    // Results show Japanese without the spaces of the one-character-a-word index, the heading's own space included.
    const section = page.getByRole('link', { name: 'エラーメッセージが表示される' });
    await expect(section).toHaveAttribute(
      'href',
      /^\/ja-jp\/troubleshoot-sspr\/\?pagefind-highlight=.*#error-message$/,
    );
    await section.click();
    await expect(page).toHaveURL(/\/ja-jp\/troubleshoot-sspr\/.*#error-message$/);
    await expect(page.locator('.article-body mark.search-highlight').first()).toHaveText('エラー');
  });

  test('an Arabic query finds the ar-SA article and lays results out right to left', async ({
    page,
  }) => {
    await page.goto(`/ar-sa/search/?q=${encodeURIComponent('كلمة المرور')}`);
    await expect(page.locator('pagefind-summary')).toHaveText('نتيجة واحدة عن «كلمة المرور»');
    await expect(page.locator('pagefind-results .pf-result-link')).toHaveAttribute(
      'href',
      /^\/ar-sa\/troubleshoot-sspr\//,
    );
    expect(
      await page
        .locator('pagefind-results')
        .first()
        .evaluate((list) => getComputedStyle(list).direction),
    ).toBe('rtl');
  });

  test('a query with no French result offers the English one, labelled as such', async ({
    page,
  }) => {
    await page.goto('/fr-fr/search/?q=licensing');
    const fallback = page.locator('.search-fallback');
    await expect(fallback).toBeVisible();
    await expect(fallback).toHaveAttribute('lang', 'en-US');
    await expect(fallback.locator('.search-fallback-label')).toHaveText(
      'Aucun résultat en français. Voici les résultats en anglais :',
    );
    // The merged en-US index was loaded from an absolute bundle URL, so its result URLs are absolute too.
    const href = await fallback
      .getByRole('link', { name: 'Troubleshoot SSPR' })
      .getAttribute('href');
    expect(new URL(href!, page.url()).pathname).toBe('/en-us/troubleshoot-sspr/');
  });

  test("a query nothing matches says so in the reader's language, with no English block", async ({
    page,
  }) => {
    await page.goto('/de-de/search/?q=zzzqqq');
    await expect(page.locator('pagefind-summary')).toHaveText(/^Keine Ergebnisse für „zzzqqq“/);
    await expect(page.locator('.pf-result')).toHaveCount(0);
    await expect(page.locator('.search-fallback')).toBeHidden();
  });

  test('an article page loads no search JavaScript until the reader focuses the search box, and opens search once they type', async ({
    page,
  }) => {
    const requests = collectRequests(page);
    await page.goto('/fr-fr/troubleshoot-sspr/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isSearchCode)).toEqual([]);
    await page.locator('#site-search-input').focus();
    await expect.poll(() => requests).toContain('/pagefind/pagefind-component-ui.js');
    // Focus only loads search: a keyboard reader tabbing past the box is not pulled into a dialog.
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.locator('#site-search-input')).toBeFocused();
    await page.keyboard.type('m');
    await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
  });

  test('/ and Ctrl+K open search in place on an article page; Escape closes it and focus returns to the header search', async ({
    page,
  }) => {
    await page.goto('/es-es/troubleshoot-sspr/');
    const dialog = page.getByRole('dialog');
    await page.keyboard.press('/');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('#site-search-input')).toBeFocused();
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Control+k');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
  });

  test('what the reader typed in the header before search loaded is kept', async ({ page }) => {
    await page.goto('/fr-fr/troubleshoot-sspr/');
    await page.locator('#site-search-input').pressSequentially('mot de passe');
    const input = page.getByRole('dialog').getByRole('searchbox');
    await expect(input).toHaveValue('mot de passe');
    await expect(page.getByRole('dialog').locator('pagefind-summary')).toHaveText(
      /« mot de passe »/,
    );
  });

  test('keyboard only: reach search, type, move through results, open one', async ({ page }) => {
    await page.goto('/en-us/troubleshoot-sspr/');
    const dialog = page.getByRole('dialog');
    for (
      let i = 0;
      i < 6 && !(await page.evaluate(() => document.activeElement?.id === 'site-search-input'));
      i++
    )
      await page.keyboard.press('Tab');
    // Reaching the header search with Tab loads search; typing opens it in place, focus in its input.
    await expect(dialog).toBeHidden();
    await page.keyboard.type('password');
    const input = dialog.getByRole('searchbox', { name: 'Search the help center' });
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('password');
    await expect(dialog.locator('pagefind-summary')).toHaveText('One result for “password”');
    const links = dialog.locator('pagefind-results a');
    // The summary can come before the result list is drawn under load: arrows only move once links exist.
    await expect(links.nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const target = await links.nth(1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.?#]/g, '\\$&')}$`));
  });

  test('results are announced to screen readers', async ({ page }) => {
    await page.goto('/en-us/search/');
    const input = page.getByRole('searchbox');
    await expect(input).toBeFocused();
    // Pagefind's live regions hold an announcement for a moment only: record every text they are given.
    await page.evaluate(() => {
      const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
      new MutationObserver(() => {
        for (const region of document.querySelectorAll('[aria-live]'))
          if (region.textContent) heard.push(region.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await input.fill('password');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
      .toContain('One result for “password”');
  });
});
