// `npm run links:external [-- --concurrency 8 --timeout 10000 --retries 2 --max-age 24 --json]`: asks every external
// URL of the built site over HTTP. Not part of the build (builds have no network). Broken or unreachable URLs exit 1;
// redirects are reported so links can be updated. Successes are cached for --max-age hours.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readBuiltSite } from '../src/bindings/read-built-site.ts';
import {
  checkExternalUrls,
  defaultExternalCheckOptions,
  type ExternalResult,
} from '../src/lib/links/check-external-urls.ts';
import { readLinkCache, writeLinkCache } from '../src/lib/links/external-link-cache.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    concurrency: { type: 'string', default: String(defaultExternalCheckOptions.concurrency) },
    timeout: { type: 'string', default: String(defaultExternalCheckOptions.timeoutMs) },
    retries: { type: 'string', default: String(defaultExternalCheckOptions.retries) },
    'max-age': { type: 'string', default: '24' },
    cache: { type: 'string', default: 'node_modules/.cache/polyhelp/external-links.json' },
    json: { type: 'boolean', default: false },
  },
});

function positiveNumber(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`links:external: --${name} expects a number ≥ 0, found "${text}"`);
    process.exit(2);
  }
  return value;
}

if (!existsSync(values.dist)) {
  console.error(`links:external: no build output at ${values.dist}; run \`npm run build\` first`);
  process.exit(2);
}
const site = readBuiltSite(values.dist);
const pagesByUrl = new Map<string, string[]>();
for (const page of site.pages.values()) {
  for (const link of page.links) {
    if (!/^https?:\/\//i.test(link.url) || new URL(link.url).origin === site.origin) continue;
    const url = link.url.replace(/#.*$/, '');
    const pages = pagesByUrl.get(url) ?? [];
    if (!pages.includes(page.path)) pages.push(page.path);
    pagesByUrl.set(url, pages);
  }
}

const options = {
  ...defaultExternalCheckOptions,
  concurrency: Math.max(1, positiveNumber('concurrency', values.concurrency)),
  timeoutMs: positiveNumber('timeout', values.timeout),
  retries: positiveNumber('retries', values.retries),
};
const started = performance.now();
const results = await checkExternalUrls([...pagesByUrl.keys()], options, {
  results: readLinkCache(values.cache),
  maxAgeMs: positiveNumber('max-age', values['max-age']) * 3_600_000,
});
writeLinkCache(values.cache, results);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const failed = results.filter((r) => r.status === 'broken' || r.status === 'unreachable');

if (values.json) {
  console.log(
    JSON.stringify(
      {
        seconds: Number(seconds),
        results: results.map((r) => ({ ...r, pages: pagesByUrl.get(r.url) })),
      },
      null,
      2,
    ),
  );
} else {
  const count = (status: string) => results.filter((r) => r.status === status).length;
  console.log(
    `External links: ${results.length} URLs in ${seconds} s (${results.filter((r) => r.cached).length} from cache): ` +
      `${count('ok')} ok, ${count('redirected')} redirected, ${count('broken')} broken, ${count('unreachable')} unreachable`,
  );
  for (const result of results.filter((r) => r.status !== 'ok')) console.log(describe(result));
}
process.exit(failed.length > 0 ? 1 : 0);

function describe(result: ExternalResult): string {
  const pages = pagesByUrl.get(result.url) ?? [];
  const where = `    on ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ` and ${pages.length - 3} more` : ''}`;
  if (result.status === 'redirected') {
    const hops = result.redirects.map((hop) => `${hop.status} → ${hop.to}`).join(', ');
    return `  warning ${result.url}: redirects (${hops})\n      fix: link "${result.finalUrl}"\n${where}`;
  }
  const why = result.error ?? `HTTP ${result.httpStatus}`;
  return `  error ${result.url}: ${result.status} (${why}, ${result.attempts} attempt${result.attempts === 1 ? '' : 's'})\n${where}`;
}
