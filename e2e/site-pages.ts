import type { APIRequestContext } from '@playwright/test';

const locPattern = /<loc>([^<]+)<\/loc>/g;
const linkPattern = /<a\s[^>]*?href="([^"]+)"/g;
/** Paths that are pages, not files: directories and `.html`. */
const pagePattern = /(?:\/|\.html)$/;

async function getText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  if (!response.ok()) throw new Error(`GET ${path}: expected 200, found ${response.status()}`);
  return response.text();
}

/**
 * Every page of the built site, as paths: the sitemap's pages, then every same-site page they link to,
 * followed until none is new (the sitemap leaves out NOINDEX articles), plus the pages nothing links to:
 * the language picker `/`, `/404.html` and each locale's 404 page.
 */
export async function getSitePages(request: APIRequestContext): Promise<string[]> {
  const sitemaps = [...(await getText(request, '/sitemap-index.xml')).matchAll(locPattern)].map((m) => new URL(m[1]).pathname);
  const listed: string[] = [];
  for (const sitemap of sitemaps) {
    listed.push(...[...(await getText(request, sitemap)).matchAll(locPattern)].map((m) => new URL(m[1]).pathname));
  }
  const homes = listed.filter((path) => /^\/[a-z]{2}-[a-z]{2}\/$/.test(path));
  const queue = [...listed, '/', '/404.html', ...homes.map((home) => `${home}404/`)];
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    const base = new URL(queue[i], 'http://site.invalid');
    const html = await getText(request, queue[i]);
    for (const [, href] of html.matchAll(linkPattern)) {
      const url = new URL(href.replaceAll('&amp;', '&'), base);
      if (url.origin !== base.origin || !pagePattern.test(url.pathname) || seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      queue.push(url.pathname);
    }
  }
  return queue;
}

