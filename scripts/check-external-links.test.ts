import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureHtml } from '../test/fixture-html.ts';

let server: Server;
let base: string;
let folder: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/old') response.writeHead(301, { location: '/new' }).end();
    else if (request.url === '/new') response.writeHead(200).end();
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  folder = mkdtempSync(join(tmpdir(), 'links-external-'));
  mkdirSync(join(folder, 'dist', 'en-us', 'a'), { recursive: true });
  const article = `<a href="${base}/old">Old guide</a> <a href="${base}/gone">Gone guide</a>`;
  writeFileSync(
    join(folder, 'dist', 'en-us', 'a', 'index.html'),
    fixtureHtml({ lang: 'en-US', article }),
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

/** Runs the CLI without blocking this process, which serves the requests. */
function run(): Promise<{ code: number | null; out: string }> {
  const script = join(import.meta.dirname, 'check-external-links.ts');
  const child = spawn(
    process.execPath,
    [
      script,
      '--dist',
      join(folder, 'dist'),
      '--cache',
      join(folder, 'cache.json'),
      '--retries',
      '0',
    ],
    { cwd: folder },
  );
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })));
}

describe('npm run links:external', () => {
  it('reports redirects with the URL to link instead, fails on a 404, and caches the successes', async () => {
    const { code, out } = await run();
    expect(code).toBe(1);
    expect(out).toContain('External links: 2 URLs');
    expect(out).toContain(
      `warning ${base}/old: redirects (301 → ${base}/new)\n      fix: link "${base}/new"`,
    );
    expect(out).toContain(`error ${base}/gone: broken (HTTP 404, 1 attempt)`);
    expect(existsSync(join(folder, 'cache.json'))).toBe(true);
    expect((await run()).out).toContain('(1 from cache)');
  });
});
