import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  checkExternalUrl,
  checkExternalUrls,
  type ExternalCheckOptions,
} from './check-external-urls.ts';
import { readLinkCache, writeLinkCache } from './external-link-cache.ts';

const options: ExternalCheckOptions = {
  concurrency: 2,
  timeoutMs: 300,
  retries: 2,
  retryDelayMs: 10,
  maxRedirects: 5,
};
const hits = new Map<string, number>();
let inFlight = 0;
let maxInFlight = 0;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    const send = (status: number, headers: Record<string, string> = {}) =>
      response.writeHead(status, headers).end();
    if (path === '/ok') return send(200);
    if (path === '/moved') return send(301, { location: '/moved-again' });
    if (path === '/moved-again') return send(301, { location: `${base}/ok` });
    if (path === '/loop') return send(302, { location: '/loop' });
    if (path === '/missing') return send(404);
    if (path === '/error') return send(500);
    if (path === '/flaky') return send(count === 1 ? 503 : 200);
    if (path === '/no-head') return send(request.method === 'HEAD' ? 405 : 200);
    if (path === '/timeout') return; // never answers
    if (path === '/slow' || path.startsWith('/busy')) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return setTimeout(
        () => {
          inFlight--;
          send(200);
        },
        path === '/slow' ? 150 : 40,
      );
    }
    send(404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  hits.clear();
  maxInFlight = 0;
});

describe('checkExternalUrl', () => {
  it('reports a 200 as ok in one attempt', async () => {
    expect(await checkExternalUrl(`${base}/ok`, options)).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      attempts: 1,
      redirects: [],
    });
  });

  it('follows a chain of 301s and reports every hop and where it ends', async () => {
    expect(await checkExternalUrl(`${base}/moved#section`, options)).toMatchObject({
      status: 'redirected',
      httpStatus: 200,
      finalUrl: `${base}/ok`,
      redirects: [
        { status: 301, to: `${base}/moved-again` },
        { status: 301, to: `${base}/ok` },
      ],
    });
  });

  it('reports a redirect loop as broken', async () => {
    expect(await checkExternalUrl(`${base}/loop`, options)).toMatchObject({
      status: 'broken',
      error: 'more than 5 redirects',
    });
  });

  it('reports a 404 as broken without retrying', async () => {
    expect(await checkExternalUrl(`${base}/missing`, options)).toMatchObject({
      status: 'broken',
      httpStatus: 404,
      attempts: 1,
    });
  });

  it('retries a 500 and reports it broken after the last attempt', async () => {
    expect(await checkExternalUrl(`${base}/error`, options)).toMatchObject({
      status: 'broken',
      httpStatus: 500,
      attempts: 3,
    });
    expect(hits.get('/error')).toBe(3);
  });

  it('recovers when a retry succeeds', async () => {
    expect(await checkExternalUrl(`${base}/flaky`, options)).toMatchObject({
      status: 'ok',
      attempts: 2,
    });
  });

  it('gives up on a server that never answers, after the timeout and the retries', async () => {
    const started = performance.now();
    expect(await checkExternalUrl(`${base}/timeout`, { ...options, retries: 1 })).toMatchObject({
      status: 'unreachable',
      error: 'timed out after 300 ms',
      attempts: 2,
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(600);
  });

  it('waits for a slow server within the timeout', async () => {
    expect(await checkExternalUrl(`${base}/slow`, options)).toMatchObject({
      status: 'ok',
      attempts: 1,
    });
  });

  it('falls back to GET when the server refuses HEAD', async () => {
    expect(await checkExternalUrl(`${base}/no-head`, options)).toMatchObject({
      status: 'ok',
      httpStatus: 200,
    });
  });
});

describe('checkExternalUrls', () => {
  it('keeps at most `concurrency` requests in flight and returns results in order', async () => {
    const urls = Array.from({ length: 6 }, (_, i) => `${base}/busy-${i}`);
    const results = await checkExternalUrls(urls, { ...options, concurrency: 2 });
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(maxInFlight).toBe(2);
  });

  it('reuses a fresh cached success, and checks again once it is older than the max age', async () => {
    const url = `${base}/ok`;
    const cached = new Map([
      [
        url,
        {
          url,
          status: 'ok' as const,
          httpStatus: 200,
          redirects: [],
          attempts: 1,
          checkedAt: 1_000,
        },
      ],
    ]);
    const [fresh] = await checkExternalUrls([url], options, {
      results: cached,
      maxAgeMs: 500,
      now: 1_200,
    });
    expect(fresh).toMatchObject({ cached: true, checkedAt: 1_000 });
    expect(hits.get('/ok')).toBeUndefined();
    const [stale] = await checkExternalUrls([url], options, {
      results: cached,
      maxAgeMs: 500,
      now: 2_000,
    });
    expect(stale).toMatchObject({ checkedAt: 2_000, status: 'ok' });
    expect(stale.cached).toBeUndefined();
    expect(hits.get('/ok')).toBe(1);
  });
});

describe('link cache file', () => {
  it('keeps successes only, so failures are asked again next time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'link-cache-'));
    try {
      const path = join(folder, 'nested', 'cache.json');
      const results = await checkExternalUrls([`${base}/ok`, `${base}/missing`], options);
      writeLinkCache(path, results);
      expect([...readLinkCache(path).keys()]).toEqual([`${base}/ok`]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads a missing file as an empty cache', () => {
    expect(readLinkCache(join(tmpdir(), 'no-such-dir', 'cache.json')).size).toBe(0);
  });
});
