import { expect, test, type Page } from '@playwright/test';

/** Console errors and uncaught exceptions of a page, collected for the whole test. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('search by symptom', () => {
  let errors: string[];
  test.beforeEach(({ page }) => {
    errors = collectErrors(page);
  });
  test.afterEach(() => {
    expect(errors, 'no console errors').toEqual([]);
  });

  test('a French reader searching "message d\'erreur" lands on the fr-FR article at the error-message section', async ({ page }) => {
    await page.goto('/fr-fr/troubleshoot-sspr/');
    await page.getByRole('searchbox', { name: 'Rechercher dans le centre d’aide' }).fill("message d'erreur");
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/fr-fr\/search\/\?q=message/);
    await expect(page.getByRole('status')).toHaveText('Un résultat pour « message d\'erreur »');
    await page.getByRole('link', { name: 'Je vois un message d’erreur' }).click();
    await expect(page).toHaveURL(/\/fr-fr\/troubleshoot-sspr\/#error-message$/);
    await expect(page.locator('#error-message')).toBeInViewport();
  });

  test('a section link highlights body words with a text fragment and still lands in the section', async ({ page }) => {
    await page.goto('/fr-fr/search/?q=courantes');
    const section = page.locator('.search-hit-sections a', { hasText: 'Je vois un message d’erreur' });
    await expect(section).toHaveAttribute('href', /#error-message:~:text=.*courantes/);
    await section.click();
    await expect(page).toHaveURL(/\/fr-fr\/troubleshoot-sspr\/#error-message$/);
    await expect(page.locator('#error-message')).toBeInViewport();
  });

  test('a Japanese query finds the ja-JP section', async ({ page }) => {
    await page.goto('/ja-jp/search/');
    await page.getByRole('searchbox', { name: 'ヘルプセンターを検索' }).fill('エラー');
    await expect(page.getByRole('status')).toHaveText('「エラー」の検索結果: 1 件');
    const section = page.locator('.search-hit-sections a', { hasText: 'エラー メッセージが表示される' });
    await expect(section).toHaveAttribute('href', /^\/ja-jp\/troubleshoot-sspr\/#error-message/);
    await section.click();
    await expect(page).toHaveURL(/\/ja-jp\/troubleshoot-sspr\/#error-message$/);
  });

  test('an Arabic query finds the ar-SA article and lays results out right to left', async ({ page }) => {
    await page.goto(`/ar-sa/search/?q=${encodeURIComponent('كلمة المرور')}`);
    await expect(page.getByRole('status')).toHaveText('نتيجة واحدة عن «كلمة المرور»');
    await expect(page.locator('.search-hit-title')).toHaveAttribute('href', '/ar-sa/troubleshoot-sspr/');
    expect(await page.locator('.search-hits').evaluate((list) => getComputedStyle(list).direction)).toBe('rtl');
  });

  test('a query with no French result offers the English one, labelled as such', async ({ page }) => {
    await page.goto('/fr-fr/search/?q=licensing');
    await expect(page.getByRole('status')).toHaveText('Aucun résultat en français. Voici les résultats en anglais : Un résultat pour « licensing »');
    await expect(page.locator('.search-hits')).toHaveAttribute('lang', 'en-US');
    await expect(page.getByRole('link', { name: 'Troubleshoot SSPR' })).toHaveAttribute('href', /\/en-us\/troubleshoot-sspr\/$/);
  });

  test('a query nothing matches says so in the reader\'s language', async ({ page }) => {
    await page.goto('/de-de/search/?q=zzzqqq');
    await expect(page.getByRole('status')).toHaveText(/^Keine Ergebnisse für „zzzqqq“/);
    await expect(page.locator('.search-hit')).toHaveCount(0);
  });

  test('an article page loads no search JavaScript, and the search page loads Pagefind only on interaction', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || /\.m?js(\?|$)|\.pagefind|pf_/.test(request.url())) scripts.push(new URL(request.url()).pathname);
    });
    const isSearchCode = (path: string) => path.startsWith('/pagefind/') || path.includes('search');
    await page.goto('/fr-fr/troubleshoot-sspr/');
    await page.waitForLoadState('networkidle');
    // The one module an article loads is the language switcher's (issue 5); nothing of search.
    expect(scripts.filter(isSearchCode)).toEqual([]);

    await page.goto('/fr-fr/search/');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((path) => path.startsWith('/pagefind/') || path.includes('search-island'))).toEqual([]);
    await page.getByRole('searchbox').focus();
    await expect.poll(() => scripts.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
  });

  test('keyboard only: reach search, type, move through results, come back with Escape, open one', async ({ page }) => {
    await page.goto('/en-us/troubleshoot-sspr/');
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.id === 'site-search-input')); i++) await page.keyboard.press('Tab');
    await expect(page.locator('#site-search-input')).toBeFocused();
    await page.keyboard.type('password');
    await page.keyboard.press('Enter');
    const input = page.getByRole('searchbox', { name: 'Search the help center' });
    await expect(input).toBeFocused();
    await expect(page.getByRole('status')).toHaveText('One result for “password”');
    const links = page.locator('.search-results a');
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(input).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = await links.nth(1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target!.split(':~:')[0].replace(/[.?#]/g, '\\$&')}$`));
  });

  test('Escape in the search box clears the query and the results', async ({ page }) => {
    await page.goto('/en-us/search/?q=password');
    await expect(page.locator('.search-hit')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(page.locator('.search-hit')).toHaveCount(0);
    await expect(page.getByRole('searchbox')).toBeFocused();
  });

  test('/ and Ctrl+K move focus to the search box on the search page', async ({ page }) => {
    await page.goto('/es-es/search/');
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox')).toBeFocused();
  });
});
