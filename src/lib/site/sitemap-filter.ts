import { routesByPath, type SiteRoute } from './site-routes.ts';

/**
 * Which built pages the sitemap lists, from the route list: homes and articles, not the language picker, 404 and
 * search pages, NOINDEX articles or stand-ins for missing translations. A page no route built is a mistake, not a guess:
 * `createSitemapFilter(routes)('/ja-jp/a/')` → `false` when `/ja-jp/a/` is a stand-in.
 */
export function createSitemapFilter(routes: readonly SiteRoute[]): (path: string) => boolean {
  const byPath = routesByPath(routes);
  return (path) => {
    const route = byPath.get(path);
    if (!route)
      throw new Error(
        `sitemap: ${path} was built but is in no route of src/lib/site/site-routes.ts; add its route there`,
      );
    return route.inSitemap;
  };
}
