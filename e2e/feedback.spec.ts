import { createServer } from 'node:http';
import { expect, test, type Page } from '@playwright/test';

// Runs against the fixture site, built with POLYHELP_FEEDBACK_URL=http://127.0.0.1:<port>/feedback (see
// playwright.config.ts). Each test starts its own endpoint on that loopback port, or none, and stops it: serial.
test.describe.configure({ mode: 'serial' });

const port = Number(process.env.POLYHELP_E2E_FEEDBACK_PORT);
const article = '/fr-fr/troubleshoot-sspr/';

/**
 * A feedback endpoint on 127.0.0.1 that records each post. `answer`: replies 303 to the posted `page` on the site
 * that posted (the contract the README gives); `hang`: takes the post and does not reply until closed, which drops
 * the connection. Bodies over 4 KB are refused.
 */
async function startEndpoint(behaviour: 'answer' | 'hang') {
  const posts: Record<string, string>[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk;
      if (body.length > 4096) request.destroy();
    });
    request.on('end', () => {
      posts.push(Object.fromEntries(new URLSearchParams(body)));
      if (behaviour === 'hang') return;
      const origin = request.headers.origin ?? '';
      const back = new URL(posts.at(-1)!.page ?? '/', origin);
      response
        .writeHead(back.origin === new URL(test.info().project.use.baseURL!).origin ? 303 : 400, {
          location: back.href,
        })
        .end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    posts,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The feedback form at the end of a section. */
const formOf = (page: Page, section: string) =>
  page.locator(`form.feedback:has(input[name="section"][value="${section}"])`);

test('each symptom section ends with a localized yes/no question, in page order', async ({
  page,
}) => {
  await page.goto(article);
  const sections = await page
    .locator('.article-body h2[id]')
    .evaluateAll((headings) => headings.map((h) => h.id));
  expect(sections.length).toBeGreaterThanOrEqual(5);
  const forms = page.locator('form.feedback');
  await expect(forms).toHaveCount(sections.length);
  expect(
    await forms
      .locator('input[name="section"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
  ).toEqual(sections);
  const form = formOf(page, 'error-message');
  await expect(
    form.getByRole('group', { name: 'Cela a-t-il résolu votre problème ?' }),
  ).toBeVisible();
  await expect(form.getByRole('button')).toHaveText(['Oui', 'Non']);
  // Each form follows its section's text and "Show original", before the next section.
  const isBetween = await form.evaluate((element) => {
    const own = document.getElementById('error-message')!;
    const next = document.getElementById('password-reset-policy')!;
    return !!(
      own.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
      element.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING
    );
  });
  expect(isBetween).toBe(true);
  const csp = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute('content');
  expect(csp).toContain(`form-action 'self' http://127.0.0.1:${port};`);
});

test('without JavaScript, an answer posts article, locale, section and answer, and the reader is thanked in place', async ({
  browser,
}) => {
  const endpoint = await startEndpoint('answer');
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(article);
    await formOf(page, 'error-message').getByRole('button', { name: 'Oui' }).click();
    await expect(page).toHaveURL(new RegExp(`${article}#feedback-sent-error-message$`));
    expect(endpoint.posts).toEqual([
      {
        article: 'troubleshoot-sspr',
        locale: 'fr-FR',
        section: 'error-message',
        page: `${article}#feedback-sent-error-message`,
        answer: 'yes',
      },
    ]);
    const form = formOf(page, 'error-message');
    await expect(form.locator('.feedback-sent')).toHaveText('Merci : votre réponse a été envoyée.');
    await expect(form.locator('.feedback-sent')).toBeInViewport();
    await expect(form.getByRole('button'), 'the thanks replaces the buttons').toHaveCount(0);
    await expect(
      formOf(page, 'password-reset-policy').getByRole('button', { name: 'Non' }),
    ).toBeVisible();
  } finally {
    await context.close();
    await endpoint.close();
  }
});

test('a stand-in page posts the page locale, in the page language', async ({ page }) => {
  const endpoint = await startEndpoint('answer');
  try {
    await page.goto('/ja-jp/troubleshoot-sspr/');
    await formOf(page, 'setup-password-reset').getByRole('button', { name: 'いいえ' }).click();
    await expect(page).toHaveURL(
      /\/ja-jp\/troubleshoot-sspr\/#feedback-sent-setup-password-reset$/,
    );
    expect(endpoint.posts.map((post) => [post.locale, post.answer])).toEqual([['ja-JP', 'no']]);
    await expect(formOf(page, 'setup-password-reset')).toHaveAttribute('lang', 'ja-JP');
  } finally {
    await endpoint.close();
  }
});

test('an endpoint that refuses the connection leaves the reader on the browser error page, one Back from the article', async ({
  page,
}) => {
  // Nothing listens on the port: the browser cannot connect and shows its own error page.
  await page.goto(article);
  const failed = page.waitForEvent('requestfailed', (request) =>
    request.url().startsWith(`http://127.0.0.1:${port}/`),
  );
  await formOf(page, 'error-message').getByRole('button', { name: 'Non' }).click();
  expect((await failed).failure()?.errorText).toBe('net::ERR_CONNECTION_REFUSED');
  await expect.poll(() => page.url(), "the browser's own error page").toMatch(/^chrome-error:/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${article}$`));
  await expect(formOf(page, 'error-message').getByRole('button', { name: 'Non' })).toBeVisible();
});

test('an endpoint that takes the post and drops it unanswered ends on the browser error page too, one Back from the article', async ({
  page,
}) => {
  // Until then the browser keeps the article on screen and shows that it is waiting (no page script runs either way).
  const endpoint = await startEndpoint('hang');
  try {
    await page.goto(article);
    const failed = page.waitForEvent('requestfailed', (request) =>
      request.url().startsWith(`http://127.0.0.1:${port}/`),
    );
    // A click would wait for the navigation to commit; the dispatched click submits all the same.
    await formOf(page, 'error-message').getByRole('button', { name: 'Oui' }).dispatchEvent('click');
    await expect.poll(() => endpoint.posts.length).toBe(1);
    await endpoint.close();
    // Chrome may retry the dropped post once, and then finds the port closed.
    expect((await failed).failure()?.errorText).toMatch(
      /^net::ERR_(EMPTY_RESPONSE|CONNECTION_RESET|CONNECTION_REFUSED)$/,
    );
    await expect.poll(() => page.url(), "the browser's own error page").toMatch(/^chrome-error:/);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${article}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    await endpoint.close().catch(() => undefined);
  }
});
