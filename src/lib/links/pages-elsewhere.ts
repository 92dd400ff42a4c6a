import { localeToLang } from '../../i18n/locale-helpers.ts';
import type { ArticleRef } from '../content/article-catalog.ts';
import { parseArticleBody } from '../content/parse-article-body.ts';
import { headingsToPageIds, readSectionHeadings } from '../content/section-ids.ts';
import { splitFrontmatter } from '../content/split-frontmatter.ts';
import { routesByPath, type SiteRoute } from '../site/site-routes.ts';
import type { BuiltPage } from './collect-page-links.ts';

/** Pages another shard builds, looked up by site path as the link checker follows a link there. */
export interface PagesElsewhere {
  get(path: string): BuiltPage | undefined;
  has(path: string): boolean;
}

/**
 * The pages of the whole site this shard did not build, as the link checker needs them, from the route list and the
 * content alone (nothing is rendered): each page's language, the locale a stand-in shows, and its ids, which are
 * its article's heading ids (`headingIdsOf`, asked only for pages a link leads to) and the ids every built page of
 * its template has (the chrome: `main`, the search input…).
 * `createPagesElsewhere(wholeSiteRoutes, shardPages, idsOf).get('/fr-fr/a/')` → `{ path: '/fr-fr/a/', lang: 'fr-FR', ids: Set {'main', 'steps', …}, links: [] }`.
 */
export function createPagesElsewhere(
  routes: readonly SiteRoute[],
  built: ReadonlyMap<string, BuiltPage>,
  headingIdsOf: (ref: ArticleRef) => Iterable<string>,
): PagesElsewhere {
  const byPath = routesByPath(routes.filter((route) => !built.has(route.path)));
  const chrome = chromeIdsByTemplate(routes, built);
  const pages = new Map<string, BuiltPage>();
  return {
    has: (path) => byPath.has(path),
    get(path) {
      const route = byPath.get(path);
      if (!route) return undefined;
      let page = pages.get(path);
      if (!page) {
        let ids: Set<string> | undefined;
        const idsOf = () => {
          const found = new Set(chrome.get(route.template));
          if ('content' in route) for (const id of headingIdsOf(route.content)) found.add(id);
          return found;
        };
        page = {
          path,
          lang: localeToLang(route.locale),
          fallbackFrom: route.kind === 'stand-in' ? localeToLang(route.content.locale) : undefined,
          // Read only for a link with a fragment: most links into other shards (the language links) have none, and
          // the heading ids of an article elsewhere cost a parse of its text.
          get ids() {
            return (ids ??= idsOf());
          },
          links: [],
          articleTexts: [],
        };
        pages.set(path, page);
      }
      return page;
    },
  };
}

/** Per page template, the ids every page built from it has here: what the template itself draws. */
function chromeIdsByTemplate(
  routes: readonly SiteRoute[],
  built: ReadonlyMap<string, BuiltPage>,
): Map<string, Set<string>> {
  const chrome = new Map<string, Set<string>>();
  for (const route of routes) {
    const page = built.get(route.path);
    if (!page) continue;
    const seen = chrome.get(route.template);
    chrome.set(
      route.template,
      seen ? new Set([...seen].filter((id) => page.ids.has(id))) : new Set(page.ids),
    );
  }
  return chrome;
}

/**
 * The heading ids an article file's page has, parsed from its text as the content check parses it; none for a file
 * that does not parse (the content check reports it): `articleTextToHeadingIds('---\ntitle: A\n---\n## Steps\n')` → `['steps']`.
 */
export function articleTextToHeadingIds(text: string): string[] {
  try {
    const { body, bodyLine } = splitFrontmatter(text);
    const { tree } = parseArticleBody('', body, bodyLine);
    return tree ? headingsToPageIds(readSectionHeadings(tree, body)) : [];
  } catch {
    return [];
  }
}
