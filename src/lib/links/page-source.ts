import { contentPathToRef, refToEntryId } from '../content/article-catalog.ts';
import { createLineIndex } from '../line-index.ts';
import { buildSiteRoutes, type RoutableArticle, type RouteLocales } from '../site/site-routes.ts';

/** The files a built page was made from: its page template and, for an article or stand-in, the content file it shows. */
export interface PageSources {
  template: string;
  contentFile?: string;
}

/**
 * What each page of the site is made from, by site path, from the route list of the content files alone
 * (without rendering; a stand-in maps to the source file it shows):
 * `mapPagesToSources(['content/en-US/a.mdx'], …).get('/ja-jp/a/')` → `{ template: 'src/pages/[locale]/[...slug].astro', contentFile: 'content/en-US/a.mdx' }`.
 */
export function mapPagesToSources(
  contentPaths: Iterable<string>,
  locales: RouteLocales,
): Map<string, PageSources> {
  const files = new Map<string, string>();
  const articles: RoutableArticle[] = [];
  for (const path of contentPaths) {
    const ref = contentPathToRef(path);
    if (ref) articles.push({ ref });
    if (ref) files.set(refToEntryId(ref), path);
  }
  const routes = buildSiteRoutes(articles, locales);
  return new Map(
    routes.map((route) => [
      route.path,
      {
        template: route.template,
        contentFile: 'content' in route ? files.get(refToEntryId(route.content)) : undefined,
      },
    ]),
  );
}

/** Characters that continue a URL or an id, so a match followed or preceded by one is only part of a longer string. */
const continuesAfter = /[\p{L}\p{N}\-_~/%#?=&]/u;
const continuesBefore = /[\p{L}\p{N}\-_~/%.]/u;

/**
 * Finds the lines where strings occur in a source text, each needle resuming after its previous hit so the
 * n-th link with the same URL maps to the n-th occurrence. `startLine` is the line of `text`'s first line:
 * `createLineFinder('a\n[x](/b/)\n', 1).find('/b/')` → `2`.
 */
export function createLineFinder(text: string, startLine = 1) {
  const lines = createLineIndex(text);
  const cursors = new Map<string, number>();
  const search = (needle: string, from: number): number => {
    for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + needle.length] ?? ' ';
      if (!continuesBefore.test(before) && !continuesAfter.test(after)) return at;
    }
    return -1;
  };
  return {
    /** The line of the next occurrence of the first needle found, or undefined. */
    find(...needles: string[]): number | undefined {
      for (const needle of needles) {
        if (!needle) continue;
        // Past the last occurrence (a plugin repeated the link), the first one is the best guess.
        let at = search(needle, cursors.get(needle) ?? 0);
        if (at === -1 && cursors.has(needle)) at = search(needle, 0);
        if (at === -1) continue;
        cursors.set(needle, at + 1);
        return startLine + lines.lineAt(at) - 1;
      }
      return undefined;
    },
  };
}
