import type { APIRequestContext } from '@playwright/test';
import type { Locale } from '../src/i18n/locales.ts';
import { localizedPath, pathSegmentToLocale } from '../src/i18n/locale-helpers.ts';
import { searchPagePath } from '../src/lib/search/search-url.ts';

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
 * the language picker `/`, `/404.html`, and each locale's 404 page and search page (reached by a form).
 */
export async function getSitePages(request: APIRequestContext): Promise<string[]> {
  const sitemaps = [...(await getText(request, '/sitemap-index.xml')).matchAll(locPattern)].map((m) => new URL(m[1]).pathname);
  const listed: string[] = [];
  for (const sitemap of sitemaps) {
    listed.push(...[...(await getText(request, sitemap)).matchAll(locPattern)].map((m) => new URL(m[1]).pathname));
  }
  const homes = listed.filter((path) => /^\/[^/]+\/$/.test(path) && pathSegmentToLocale(path.slice(1, -1)) !== undefined);
  const queue = [...new Set([...listed, '/', '/404.html', ...homes.flatMap((home) => [`${home}404/`, `${home}search/`])])];
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


/**
 * The locales browser-heavy checks (axe in two themes, page weight) visit every page kind of, instead of all 37:
 * the source, a translation with every notice (fr-FR), right to left with content (ar-SA) and as a stand-in
 * (he-IL), CJK (ja-JP), and a script subtag in the URL (sr-Latn-RS, a stand-in). The pages of all 37 locales
 * get the cheap per-request checks (CSP, lang and dir, names) in full.
 */
export const sampledLocales = ['en-US', 'fr-FR', 'ar-SA', 'he-IL', 'ja-JP', 'sr-Latn-RS'] as const satisfies readonly Locale[];

/** The pages of `paths` that belong to one of `locales`, plus those of no locale (`/`, `/404.html`). */
export function pagesOfLocales(paths: readonly string[], locales: readonly Locale[]): string[] {
  return paths.filter((path) => {
    const locale = pathSegmentToLocale(path.split('/')[1] ?? '');
    return locale === undefined || locales.includes(locale);
  });
}

/** The page kinds every locale has: home, search, 404, and the seed article (a translation or a stand-in). */
export function pageKindsOf(locale: Locale): string[] {
  return [localizedPath(locale), searchPagePath(locale), `${localizedPath(locale)}404/`, localizedPath(locale, 'troubleshoot-sspr')];
}
