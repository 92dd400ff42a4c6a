import type { Locale } from '../src/i18n/locales.ts';
import { localizedPath, pathSegmentToLocale } from '../src/i18n/locale-helpers.ts';
import { searchPagePath } from '../src/lib/search/search-url.ts';
import { readBuiltSite } from '../src/bindings/read-built-site.ts';

/**
 * Every page of the built site the preview server serves, as paths, read from `dist/` by the link checker's own
 * reader (`readBuiltSite`), so these tests visit exactly the pages the link check proved: also NOINDEX articles and
 * pages nothing links to (the language picker `/`, the 404s). `getSitePages()` → `['/404.html', '/', '/ar-sa/404/', …]`.
 */
export function getSitePages(distDir = 'dist'): string[] {
  return [...readBuiltSite(distDir).pages.keys()];
}

/**
 * The locales browser-heavy checks (axe in two themes, page weight) visit every page kind of, instead of all 37:
 * the source, a translation with every notice (fr-FR), right to left with content (ar-SA) and as a stand-in
 * (he-IL), CJK (ja-JP), and a script subtag in the URL (sr-Latn-RS, a stand-in). The pages of all 37 locales
 * get the cheap per-request checks (CSP, lang and dir, names) in full.
 */
export const sampledLocales = [
  'en-US',
  'fr-FR',
  'ar-SA',
  'he-IL',
  'ja-JP',
  'sr-Latn-RS',
] as const satisfies readonly Locale[];

/** The pages of `paths` that belong to one of `locales`, plus those of no locale (`/`, `/404.html`). */
export function pagesOfLocales(paths: readonly string[], locales: readonly Locale[]): string[] {
  return paths.filter((path) => {
    const locale = pathSegmentToLocale(path.split('/')[1] ?? '');
    return locale === undefined || locales.includes(locale);
  });
}

/**
 * The page kinds every locale has: home, search, 404, the seed article (a translation or a stand-in), and the first of
 * its letter pages and of its topic pages that `pages` (the built site's) holds; the shipped content has no slug
 * folder, so its topic pages are checked on the fallback fixture site (browse-pages.spec.ts).
 */
export function pageKindsOf(locale: Locale, pages: readonly string[] = builtPages()): string[] {
  const home = localizedPath(locale);
  const first = (folder: string) =>
    pages.filter((path) => path.startsWith(`${home}${folder}/`)).sort()[0];
  return [
    home,
    searchPagePath(locale),
    `${home}404/`,
    localizedPath(locale, 'troubleshoot-sspr'),
    ...[first('a-z'), first('topics')].filter((path) => path !== undefined),
  ];
}

let built: string[] | undefined;
/** The built site's pages, read once per test file. */
function builtPages(): string[] {
  built ??= getSitePages();
  return built;
}
