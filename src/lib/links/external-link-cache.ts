import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ExternalResult } from './check-external-urls.ts';

/** Reads the results of earlier external checks by URL; a missing or unreadable file is an empty cache. */
export function readLinkCache(path: string): Map<string, ExternalResult> {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { results?: ExternalResult[] };
    return new Map((data.results ?? []).map((result) => [result.url, result]));
  } catch {
    return new Map();
  }
}

/** Saves results for the next run; only successes are kept, so failures are always asked again. */
export function writeLinkCache(path: string, results: readonly ExternalResult[]): void {
  const kept = results
    .filter((result) => result.status === 'ok' || result.status === 'redirected')
    .map(({ cached: _cached, ...result }) => result);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ results: kept }, null, 2)}\n`);
}
