import AxeBuilder from '@axe-core/playwright';
import type { Browser } from '@playwright/test';

/** Axe's findings on each of `paths`, as lines naming page, rule and elements; one fresh context per page. */
export async function axeFindings(
  browser: Browser,
  paths: readonly string[],
  colorScheme: 'light' | 'dark',
): Promise<string[]> {
  const failures: string[] = [];
  for (const path of paths) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    // `/` sends readers on to their language with a script; without it, `/` is the page they see.
    // (Axe itself needs JavaScript, so the page's own scripts are blocked instead of JavaScript as a whole.)
    if (path === '/') await page.route('**/*.js', (route) => route.abort());
    const response = await page.goto(path);
    if (response?.status() !== 200) failures.push(`${path}: HTTP ${response?.status()}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const violation of violations) {
      const targets = violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ');
      failures.push(
        `${path}: ${violation.id} (${violation.impact}): ${violation.help} at ${targets}`,
      );
    }
    await context.close();
  }
  return failures;
}
