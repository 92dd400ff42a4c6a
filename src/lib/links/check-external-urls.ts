import pLimit from 'p-limit';

/** How hard to try each external URL. */
export interface ExternalCheckOptions {
  /** Requests in flight at once. */
  concurrency: number;
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Extra attempts after a timeout, network error, 5xx or 429. */
  retries: number;
  /** Wait before the first retry; doubled for each next one. */
  retryDelayMs: number;
  /** Redirect hops followed before giving up. */
  maxRedirects: number;
}

/** `ok`: 2xx at once; `redirected`: 2xx after redirects (update the link); `broken`: 4xx/5xx or a redirect loop; `unreachable`: no answer. */
export type ExternalStatus = 'ok' | 'redirected' | 'broken' | 'unreachable';

/** What one external URL answered. */
export interface ExternalResult {
  url: string;
  status: ExternalStatus;
  /** The last HTTP status received. */
  httpStatus?: number;
  /** Where the redirects ended. */
  finalUrl?: string;
  redirects: { status: number; to: string }[];
  attempts: number;
  error?: string;
  /** When it was checked (ms since the epoch); older than the cache's max age means check again. */
  checkedAt: number;
  /** True when the result came from the cache rather than the network. */
  cached?: boolean;
}

/** Sensible defaults for a CI run against real sites. */
export const defaultExternalCheckOptions: ExternalCheckOptions = {
  concurrency: 8,
  timeoutMs: 10_000,
  retries: 2,
  retryDelayMs: 500,
  maxRedirects: 10,
};

type Answer = { status: number; location?: string } | { error: string };

/** Asks for a URL's status without its body, retrying what may be passing trouble; HEAD first, GET if the server refuses HEAD. */
async function request(
  url: string,
  options: ExternalCheckOptions,
): Promise<{ answer: Answer; attempts: number }> {
  let answer: Answer = { error: 'not tried' };
  let attempts = 0;
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0)
      await new Promise((resolve) =>
        setTimeout(resolve, options.retryDelayMs * 2 ** (attempt - 1)),
      );
    attempts++;
    answer = await fetchStatus(url, 'HEAD', options.timeoutMs);
    if ('status' in answer && (answer.status === 405 || answer.status === 501))
      answer = await fetchStatus(url, 'GET', options.timeoutMs);
    const passing = 'error' in answer || answer.status >= 500 || answer.status === 429;
    if (!passing) break;
  }
  return { answer, attempts };
}

async function fetchStatus(url: string, method: string, timeoutMs: number): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'polyhelp-link-check' },
    });
    await response.body?.cancel();
    return { status: response.status, location: response.headers.get('location') ?? undefined };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return { error: `timed out after ${timeoutMs} ms` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ?? cause?.message ?? (error as Error).message };
  }
}

/**
 * Checks one URL, following and recording redirects:
 * `checkExternalUrl('https://docs.microsoft.com/a')` → `{ status: 'redirected', finalUrl: 'https://learn.microsoft.com/a', redirects: [{ status: 301, … }] }`.
 */
export async function checkExternalUrl(
  url: string,
  options: ExternalCheckOptions = defaultExternalCheckOptions,
  now = Date.now(),
): Promise<ExternalResult> {
  const redirects: ExternalResult['redirects'] = [];
  let current = url.replace(/#.*$/, '');
  let attempts = 0;
  for (let hop = 0; hop <= options.maxRedirects; hop++) {
    const result = await request(current, options);
    attempts += result.attempts;
    const { answer } = result;
    if ('error' in answer)
      return {
        url,
        status: 'unreachable',
        redirects,
        attempts,
        error: answer.error,
        checkedAt: now,
      };
    if (answer.status >= 300 && answer.status < 400 && answer.location) {
      current = new URL(answer.location, current).href;
      redirects.push({ status: answer.status, to: current });
      continue;
    }
    const ok = answer.status >= 200 && answer.status < 300;
    const status: ExternalStatus = !ok ? 'broken' : redirects.length > 0 ? 'redirected' : 'ok';
    return {
      url,
      status,
      httpStatus: answer.status,
      finalUrl: redirects.length > 0 ? current : undefined,
      redirects,
      attempts,
      checkedAt: now,
    };
  }
  return {
    url,
    status: 'broken',
    redirects,
    attempts,
    error: `more than ${options.maxRedirects} redirects`,
    checkedAt: now,
  };
}

/** True when a cached result may stand in for a new check: a success younger than `maxAgeMs`. */
export function isFreshResult(result: ExternalResult, now: number, maxAgeMs: number): boolean {
  return (
    (result.status === 'ok' || result.status === 'redirected') && now - result.checkedAt < maxAgeMs
  );
}

/**
 * Checks many URLs with at most `concurrency` requests in flight; a fresh cached success is reused
 * instead of asking again. Results come back in the order of `urls`.
 */
export async function checkExternalUrls(
  urls: readonly string[],
  options: ExternalCheckOptions = defaultExternalCheckOptions,
  cache: { results: ReadonlyMap<string, ExternalResult>; maxAgeMs: number; now?: number } = {
    results: new Map(),
    maxAgeMs: 0,
  },
): Promise<ExternalResult[]> {
  const now = cache.now ?? Date.now();
  const limit = pLimit(options.concurrency);
  return Promise.all(
    urls.map((url) => {
      const cached = cache.results.get(url);
      if (cached && isFreshResult(cached, now, cache.maxAgeMs)) return { ...cached, cached: true };
      return limit(() => checkExternalUrl(url, options, now));
    }),
  );
}
