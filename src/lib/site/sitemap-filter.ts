import { isSearchPagePath } from '../search/search-url.ts';

/**
 * Which built pages the sitemap lists: content only. The language picker, 404 pages and search pages are tools;
 * `hiddenPaths` are the articles that must not be listed (NOINDEX, stand-ins for missing translations).
 * `createSitemapFilter(new Set(['/ja-jp/a/']))('/ja-jp/a/')` → `false`.
 */
export function createSitemapFilter(hiddenPaths: ReadonlySet<string>): (path: string) => boolean {
  return (path) => path !== '/' && !/\/404\/?$/.test(path) && !isSearchPagePath(path) && !hiddenPaths.has(path);
}
