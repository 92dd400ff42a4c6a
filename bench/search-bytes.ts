import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';

/** What one first search cost: bytes sent by the server for Pagefind files (gzip where a host would use it). */
export interface FirstQueryCost {
  bytes: number;
  requests: { path: string; bytes: number }[];
  results: number;
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml' };

/** Serves a built site like a static host: `/x/` is `/x/index.html`, text is gzipped, every response's size is recorded. */
function serveSite(root: string, sent: { path: string; bytes: number }[]): Server {
  return createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const type = types[extname(file)];
      let body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': type ?? 'application/octet-stream' };
      // Pagefind's own index files are gzipped already; text is gzipped as any static host does.
      if (type && /gzip/.test(String(request.headers['accept-encoding']))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers).end(body);
      sent.push({ path, bytes: body.length + JSON.stringify(headers).length });
    } catch {
      response.writeHead(404).end();
    }
  });
}

/**
 * Opens `pagePath` of the built site in `root` in Chromium, loads `/pagefind/pagefind.js`, runs one `search(query)`
 * and loads the first `shown` results, as a results list would, and counts the bytes Pagefind fetched for it.
 */
export async function measureFirstQuery(root: string, pagePath: string, query: string, shown = 5): Promise<FirstQueryCost> {
  const sent: { path: string; bytes: number }[] = [];
  const server = serveSite(root, sent);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({ executablePath: process.env.POLYHELP_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}${pagePath}`);
    const results = await page.evaluate(async ([q, n]) => {
      const pagefind = await import('/pagefind/pagefind.js' as string);
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, n).map((result: { data: () => Promise<unknown> }) => result.data()));
      return search.results.length as number;
    }, [query, shown] as const);
    const requests = sent.filter((r) => r.path.startsWith('/pagefind/'));
    return { bytes: requests.reduce((sum, r) => sum + r.bytes, 0), requests, results };
  } finally {
    await browser.close();
    server.close();
  }
}
