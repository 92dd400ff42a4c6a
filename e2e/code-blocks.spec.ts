import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Runs against the fixture site (see playwright.config.ts): its code-fixture article holds one fence per language.
const article = '/en-us/code-fixture/';

test('fenced PowerShell, XML, bash and JSON are coloured by class, with no inline style', async ({
  page,
}) => {
  await page.goto(article);
  for (const language of ['powershell', 'markup', 'bash', 'json']) {
    await expect(
      page.locator(`pre.code-highlighted code.language-${language} .token`).first(),
    ).toBeVisible();
  }
  await expect(page.locator('article [style]')).toHaveCount(0);
  const colourOf = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).color);
  const plain = await colourOf('pre:not(.code-highlighted) code');
  const command = await colourOf('code.language-powershell .token.function');
  expect(await page.locator('code.language-powershell .token.function').first().textContent()).toBe(
    'Get-Mailbox',
  );
  expect(command).not.toBe(plain);
  expect(await colourOf('code.language-powershell .token.variable')).not.toBe(command);
});

test('an untagged fence stays plain text', async ({ page }) => {
  await page.goto(article);
  const plain = page.locator('pre:not(.code-highlighted)');
  await expect(plain).toHaveText('setup.exe /uninstall\n');
  await expect(plain.locator('span')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`code colours meet contrast in the ${colorScheme} scheme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(article);
    const { violations, passes } = await new AxeBuilder({ page })
      .include('pre')
      .withRules(['color-contrast'])
      .analyze();
    expect(violations.flatMap((v) => v.nodes.map((node) => node.target.join(' ')))).toEqual([]);
    expect(passes.flatMap((p) => p.nodes).length, 'token colours were checked').toBeGreaterThan(10);
    await context.close();
  });
}
