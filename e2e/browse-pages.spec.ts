import { expect, test } from '@playwright/test';
import { axeFindings } from './axe-findings.ts';

// The fallback fixture site (e2e/fixtures/fallback-site) has a slug folder, so a topic page, and a breadcrumb.yml for
// en-US; the shipped content has neither. Its other locales show the English articles on stand-in pages.
const browsePages = [
  '/en-us/topics/commercial-dialogues/',
  '/fr-fr/topics/commercial-dialogues/',
  '/ar-sa/topics/commercial-dialogues/',
  '/en-us/a-z/r/',
  '/ar-sa/a-z/r/',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`topic and letter pages have no axe violations in the ${colorScheme} colour scheme`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const failures = await axeFindings(browser, browsePages, colorScheme);
    expect(failures, failures.join('\n')).toEqual([]);
  });
}

test('a topic page is labelled from breadcrumb.yml, shows the product crumb and switches to the same topic in another language', async ({
  page,
}) => {
  await page.goto('/en-us/topics/commercial-dialogues/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Topic: Commercial dialogue fixtures',
  );
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveText(
    /^Help center\s*›\s*Fixture product$/,
  );
  // Only the pages that exist in another locale are alternates; a topic page exists wherever its article has a page.
  await expect(page.locator('link[rel="alternate"][hreflang="fr-FR"]')).toHaveAttribute(
    'href',
    /\/fr-fr\/topics\/commercial-dialogues\/$/,
  );
  await page.locator('.language-switcher summary').click();
  await page.locator('.language-switcher a[data-locale="fr-FR"]').click();
  await expect(page).toHaveURL(/\/fr-fr\/topics\/commercial-dialogues\/$/);
  // fr-FR has no breadcrumb.yml: no product crumb, and the folder name humanised.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sujet : Commercial dialogues');
  await expect(page.getByRole('link', { name: 'Refund fixture article' })).toHaveAttribute(
    'hreflang',
    'en-US',
  );
});

test('an article in a slug folder has Home › product › topic › title breadcrumbs', async ({
  page,
}) => {
  await page.goto('/en-us/commercial-dialogues/refund-fixture/');
  const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumbs).toHaveText(
    /^Help center\s*›\s*Fixture product\s*›\s*Commercial dialogue fixtures\s*›\s*Refund fixture article$/,
  );
  await breadcrumbs.getByRole('link', { name: 'Commercial dialogue fixtures' }).click();
  await expect(page).toHaveURL(/\/en-us\/topics\/commercial-dialogues\/$/);
});

test('in right-to-left locales the breadcrumbs read from the right in their order, Latin crumbs included', async ({
  page,
}) => {
  // ar-SA shows the English article on a stand-in page: its topic and title are two Latin crumbs side by side.
  await page.goto('/ar-sa/commercial-dialogues/refund-fixture/');
  const crumbs = page.locator('nav.breadcrumbs > :not(.breadcrumb-separator)');
  await expect(crumbs).toHaveCount(3);
  const rights = await crumbs.evaluateAll((elements) =>
    elements.map((element) => Math.round(element.getBoundingClientRect().right)),
  );
  expect(rights, 'each crumb left of the one before').toEqual([...rights].sort((a, b) => b - a));
  // The separator points forward, to the left.
  await expect(page.locator('nav.breadcrumbs .breadcrumb-separator').first()).toHaveText('‹');
});
