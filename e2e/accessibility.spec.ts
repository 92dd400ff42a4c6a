import { expect, test, type Page } from '@playwright/test';
import { axeFindings } from './axe-findings.ts';
import { pageKindsOf, sampledLocales } from './site-pages.ts';

// Axe takes seconds a page, in two themes: every page kind (home, search, 404, article, letter) of the sampled locales
// (see sampledLocales: the source, a translation, RTL with content and as a stand-in, CJK, a script subtag)
// plus the picker and the root 404, rather than all 37 × every page. What differs between the other locales
// is their text, which locales.spec.ts checks per request for all of them.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`no axe violations in the ${colorScheme} colour scheme`, () => {
    test('the picker and the root 404', async ({ browser }) => {
      const failures = await axeFindings(browser, ['/', '/404.html'], colorScheme);
      expect(failures, failures.join('\n')).toEqual([]);
    });

    for (const locale of sampledLocales) {
      test(`every page kind of ${locale}`, async ({ browser }) => {
        test.setTimeout(120_000);
        const failures = await axeFindings(browser, pageKindsOf(locale), colorScheme);
        expect(failures, failures.join('\n')).toEqual([]);
      });
    }
  });
}

/** The element that has focus, described for comparison: tag, class and text. */
function describeFocus(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return undefined;
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      className: element.className,
      id: element.id,
      text: element.textContent?.trim().slice(0, 40),
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth) },
    };
  });
}

test.describe('keyboard', () => {
  test('the skip link is first in tab order, shows on focus and moves focus to the main content', async ({
    page,
  }) => {
    await page.goto('/en-us/troubleshoot-sspr/');
    await page.keyboard.press('Tab');
    expect(await describeFocus(page)).toMatchObject({ tag: 'a', className: 'skip-link' });
    const box = await page.locator('.skip-link').boundingBox();
    expect(box?.y, 'the focused skip link is on screen').toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await describeFocus(page)).toMatchObject({ tag: 'main', id: 'main' });
    await page.keyboard.press('Tab');
    const next = await describeFocus(page);
    expect(next?.tag, 'after skipping, Tab continues inside main').toBe('a');
    expect(
      await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)),
    ).toBe(true);
  });

  test('tab order follows the document order and every focused control shows a visible outline', async ({
    page,
  }) => {
    await page.goto('/fr-fr/troubleshoot-sspr/');
    expect(
      await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count(),
      'no positive tabindex',
    ).toBe(0);
    const expected = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], summary, button, input, select, textarea',
        ),
      ]
        .filter((element) => element.checkVisibility({ visibilityProperty: true }))
        .slice(0, 15)
        .map((element) => element.textContent?.trim().slice(0, 40)),
    );
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const focused = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      const focus = await describeFocus(page);
      focused.push(focus?.text);
      expect(focus?.outline.style, `outline of ${focus?.tag} "${focus?.text}"`).not.toBe('none');
      expect(
        focus?.outline.width,
        `outline of ${focus?.tag} "${focus?.text}"`,
      ).toBeGreaterThanOrEqual(2);
    }
    expect(focused).toEqual(expected);
  });
});

test.describe('right-to-left pages', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  /** Where the main boxes of an article page sit, horizontally. */
  async function layoutOf(page: Page, path: string) {
    await page.goto(path);
    const box = async (selector: string) => {
      const b = await page.locator(selector).first().boundingBox();
      if (!b) throw new Error(`${path}: ${selector} is not visible`);
      return { left: b.x, right: b.x + b.width };
    };
    return {
      dir: await page.locator('html').getAttribute('dir'),
      toc: await box('.toc'),
      body: await box('.article-body'),
      siteName: await box('.site-name'),
      tools: await box('.header-tools'),
      listMarkerSide: await page
        .locator('.article-body ul')
        .first()
        .evaluate((list) => {
          const style = getComputedStyle(list);
          return parseFloat(style.paddingRight) > parseFloat(style.paddingLeft) ? 'right' : 'left';
        }),
      noticeStripe: await page
        .locator('.notice')
        .first()
        .evaluate((notice) => {
          const style = getComputedStyle(notice);
          return parseFloat(style.borderRightWidth) > parseFloat(style.borderLeftWidth)
            ? 'right'
            : 'left';
        }),
      textAlign: await page.locator('.last-updated').evaluate((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        const text = range.getBoundingClientRect();
        const box = p.getBoundingClientRect();
        return Math.abs(text.right - box.right) < Math.abs(text.left - box.left) ? 'right' : 'left';
      }),
    };
  }

  test('Arabic article pages mirror the layout of left-to-right ones', async ({ page }) => {
    const ltr = await layoutOf(page, '/fr-fr/troubleshoot-sspr/');
    const rtl = await layoutOf(page, '/ar-sa/troubleshoot-sspr/');
    expect([ltr.dir, rtl.dir]).toEqual(['ltr', 'rtl']);
    // The table of contents sits after the article in reading order: right of it in French, left of it in Arabic.
    expect(ltr.toc.left).toBeGreaterThanOrEqual(ltr.body.right);
    expect(rtl.toc.right).toBeLessThanOrEqual(rtl.body.left);
    expect(ltr.siteName.left).toBeLessThan(ltr.tools.left);
    expect(rtl.siteName.left).toBeGreaterThan(rtl.tools.left);
    expect([ltr.listMarkerSide, rtl.listMarkerSide]).toEqual(['left', 'right']);
    expect([ltr.noticeStripe, rtl.noticeStripe]).toEqual(['left', 'right']);
    expect([ltr.textAlign, rtl.textAlign]).toEqual(['left', 'right']);
  });

  test('the skip link appears at the start edge of the page, on the right in Arabic', async ({
    page,
  }) => {
    await page.goto('/ar-sa/');
    await page.keyboard.press('Tab');
    const box = (await page.locator('.skip-link').boundingBox())!;
    const width = page.viewportSize()!.width;
    expect(box.x).toBeGreaterThan(width / 2);
  });
});
