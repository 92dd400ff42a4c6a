/**
 * Measures what the first search costs a reader: bytes of JavaScript and of index transferred, and the time
 * from typing to the first result, on a built site folder (default `dist/`). `bench/search-corpus.ts` and
 * `bench/build.ts` measure their generated sites with it.
 *
 *   node_modules/.bin/node bench/search-first-query.ts [site-folder]
 *
 * The folder is served by a small static server that gzips text like any real host does (Pagefind's own
 * index files are already compressed). Each case runs in a fresh browser context, so caches are cold.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium, type Request } from 'playwright';

/** One search to measure: an article page of the locale, whose header search the reader types into. */
export interface QueryCase {
  locale: string;
  query: string;
  /** The article page the reader starts on; default the locale's copy of the shipped article, `/fr-fr/troubleshoot-sspr/`. */
  page?: string;
}

/** What one first query cost. */
export interface FirstQueryCost {
  locale: string;
  query: string;
  /** JavaScript an article page of the locale loads before the reader touches search (every eager script). */
  jsBeforeInteraction: number;
  jsBytes: number;
  /** Pagefind's Component UI stylesheet. */
  cssBytes: number;
  indexBytes: number;
  /** Every file the first query fetched, from the first keystroke on, with the bytes it took on the wire. */
  files: { path: string; bytes: number }[];
  msToFirstResult: number;
  results: number;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

/** A static server for a built site folder on a free port, with gzip for text files. */
export async function serveFolder(
  root: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = extname(file);
      const gzip =
        compressible.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      const sent = gzip ? gzipSync(body) : body;
      response.writeHead(200, {
        'content-type': types[type] ?? 'application/octet-stream',
        'content-length': sent.length,
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(sent);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Bytes a response took on the wire. Chromium reports no body size for the worker script, so the
 * server's content-length (the gzipped size) stands in when it is larger.
 */
async function transferOf(request: Request): Promise<{ url: string; bytes: number }> {
  const sizes = await request.sizes();
  const declared = Number((await request.response())?.headers()['content-length'] ?? 0);
  return {
    url: request.url(),
    bytes: Math.max(sizes.responseBodySize, declared) + sizes.responseHeadersSize,
  };
}

const isJs = (url: string) => /\.m?js(\?|$)/.test(url);

/** The page a case starts on: its own, or the locale's copy of the shipped article (bench/search-corpus.ts keeps it). */
const startPage = ({ locale, page }: QueryCase) =>
  page ?? `/${locale.toLowerCase()}/troubleshoot-sspr/`;

/** Runs each case cold `runs` times (fresh context: empty cache) and keeps the run with the median time. */
export async function measureFirstQueries(
  root: string,
  cases: QueryCase[],
  runs = 3,
): Promise<FirstQueryCost[]> {
  const all = await measureOnce(
    root,
    cases.flatMap((one) => Array.from({ length: runs }, () => one)),
  );
  return cases.map((_, index) => {
    const sorted = all
      .slice(index * runs, (index + 1) * runs)
      .sort((a, b) => a.msToFirstResult - b.msToFirstResult);
    return sorted[Math.floor(sorted.length / 2)];
  });
}

async function measureOnce(root: string, cases: QueryCase[]): Promise<FirstQueryCost[]> {
  const server = await serveFolder(root);
  const browser = await chromium.launch({
    executablePath: process.env.POLYHELP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const costs: FirstQueryCost[] = [];
  try {
    for (const one of cases) {
      const { locale, query } = one;
      const context = await browser.newContext();
      const page = await context.newPage();
      let transfers: Promise<{ url: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) => transfers.push(transferOf(request)));
      // An article page, as a reader arrives from a web search: search opens in place from its header.
      await page.goto(`${server.origin}${startPage(one)}`, { waitUntil: 'networkidle' });
      const upFront = await Promise.all(transfers);
      transfers = [];
      // The dialog does not exist yet: watch the whole document for its first result link.
      await page.evaluate(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('dialog pagefind-results .pf-result-link')) {
            (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
            observer.disconnect();
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      // From the first keystroke: the UI loads while the reader types.
      const startedAt = await page.evaluate(() => performance.now());
      // Focus loads the search UI; typing goes on in the header and is carried into the dialog.
      await page.locator('#site-search-input').pressSequentially(query);
      const firstResult = page
        .getByRole('dialog')
        .locator('pagefind-results .pf-result-link')
        .first();
      await firstResult.waitFor({ timeout: 30_000 }).catch((error: unknown) => {
        throw new Error(
          `no search result for ${JSON.stringify(query)} on ${startPage(one)} within 30 s: pick a query the ${locale} pages contain`,
          { cause: error },
        );
      });
      const firstResultAt = await page.evaluate(
        () => (window as unknown as { firstResultAt: number }).firstResultAt,
      );
      await page.waitForLoadState('networkidle');
      const files = await Promise.all(transfers);
      costs.push({
        locale,
        query,
        jsBeforeInteraction: upFront
          .filter((file) => isJs(file.url))
          .reduce((sum, file) => sum + file.bytes, 0),
        jsBytes: files.filter((file) => isJs(file.url)).reduce((sum, file) => sum + file.bytes, 0),
        cssBytes: files
          .filter((file) => file.url.endsWith('.css'))
          .reduce((sum, file) => sum + file.bytes, 0),
        indexBytes: files
          .filter(
            (file) =>
              !isJs(file.url) && !file.url.endsWith('.css') && file.url.includes('/pagefind/'),
          )
          .reduce((sum, file) => sum + file.bytes, 0),
        files: files.map((file) => ({ path: new URL(file.url).pathname, bytes: file.bytes })),
        msToFirstResult: Math.round(firstResultAt - startedAt),
        results: await page.getByRole('dialog').locator('pagefind-results .pf-result').count(),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return costs;
}

/** The costs as an aligned text table, kilobytes with one decimal. */
export function formatCosts(title: string, costs: FirstQueryCost[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = costs.map(
    (c) =>
      `  ${c.locale.padEnd(6)} ${JSON.stringify(c.query).padEnd(22)} page JS ${kb(c.jsBeforeInteraction).padStart(7)}  first-query JS ${kb(c.jsBytes).padStart(9)}  CSS ${kb(c.cssBytes).padStart(7)}  index ${kb(c.indexBytes).padStart(9)}  ${String(c.files.length).padStart(2)} requests  ${String(c.msToFirstResult).padStart(5)} ms to first result  (${c.results} results)`,
  );
  return [title, ...rows].join('\n');
}

/** The shipped site's cases: a French symptom, a Japanese one, an English one. */
export const shippedCases: QueryCase[] = [
  { locale: 'fr-FR', query: "message d'erreur" },
  { locale: 'ja-JP', query: 'エラー' },
  { locale: 'en-US', query: 'password' },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  console.log(
    formatCosts(
      `First query on ${root}/ (cold cache, gzip for text, median of 3):`,
      await measureFirstQueries(root, shippedCases),
    ),
  );
}
