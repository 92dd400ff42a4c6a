import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, sourceLocale } from '../i18n/locales.ts';
import { feedbackEndpoint } from './feedback-endpoint.ts';
import { getShardLocales } from './shard-locales.ts';
import { readBreadcrumbConfigs } from './breadcrumb-configs.ts';
import { getContentDir } from './content-dir.ts';
import { entryIdToRef, refToEntryId, type ArticleRef } from '../lib/content/article-catalog.ts';
import {
  buildSiteRoutes,
  type ArticleRoute,
  type BrowseRoute,
  type HomeRoute,
  type PickerRoute,
  type PlainRoute,
  type SiteRoute,
} from '../lib/site/site-routes.ts';

type Article = CollectionEntry<'articles'>;
/** The route list with the collection entries it names, built once per build from the collection. */
interface SiteRoutes {
  routes: SiteRoute[];
  entries: Map<string, Article>;
}

let built: Promise<SiteRoutes> | undefined;

/** Every page's route, from the articles collection (see `buildSiteRoutes`); computed once per build. */
function getSiteRoutes(): Promise<SiteRoutes> {
  // `astro dev` serves edited content without restarting, so it builds the routes anew for each request.
  if (built && !import.meta.env.DEV) return built;
  built = getCollection('articles').then((articles) => ({
    routes: buildSiteRoutes(
      articles.map((entry) => ({
        ref: entryIdToRef(entry.id),
        data: entry.data,
        body: entry.body,
      })),
      {
        locales,
        sourceLocale,
        shard: getShardLocales(),
        breadcrumbs: readBreadcrumbConfigs(getContentDir(), locales),
      },
    ),
    entries: new Map(articles.map((entry) => [entry.id, entry])),
  }));
  return built;
}

/** `getStaticPaths` of a `[locale]/…` page with nothing to show but its route: `{ params: { locale: 'fr-fr' }, props: { route } }` each. */
export async function routeStaticPaths(kind: PlainRoute['kind']) {
  const { routes } = await getSiteRoutes();
  return routes
    .filter((route): route is PlainRoute => route.kind === kind)
    .map((route) => ({ params: route.params, props: { route }, cacheKey: routeCacheKey(route) }));
}

/** `getStaticPaths` of the locale homes: `{ params: { locale: 'fr-fr' }, props: { route } }` each, the route carrying its browse links. */
export async function homeStaticPaths() {
  const { routes } = await getSiteRoutes();
  return routes
    .filter((route): route is HomeRoute => route.kind === 'home')
    .map((route) => ({ params: route.params, props: { route }, cacheKey: routeCacheKey(route) }));
}

/** `getStaticPaths` of the topic or letter pages: `{ params: { locale: 'fr-fr', letter: 'a' }, props: { route } }` each; titles come from frontmatter, nothing is rendered. */
export async function browseStaticPaths(kind: BrowseRoute['kind']) {
  const { routes } = await getSiteRoutes();
  return routes
    .filter((route): route is BrowseRoute => route.kind === kind)
    .map((route) => ({ params: route.params, props: { route }, cacheKey: routeCacheKey(route) }));
}

/** `getStaticPaths` of the article pages, stand-ins included: each route with the entry it shows and, for a translation, its source's. */
export async function articleStaticPaths() {
  const { routes, entries } = await getSiteRoutes();
  return routes
    .filter((route): route is ArticleRoute => route.kind === 'article' || route.kind === 'stand-in')
    .map((route) => {
      const entry = entryOf(entries, route.content);
      const source = route.source && entryOf(entries, route.source);
      return {
        params: route.params,
        props: { route, entry, source },
        cacheKey: routeCacheKey(route, entry.digest, source?.digest),
      };
    });
}

/** The route of the one page of a kind at the site root, for a page without `getStaticPaths`: `getRootRoute('picker')`. */
export async function getRootRoute<K extends 'picker' | 'not-found'>(
  kind: K,
): Promise<Extract<PickerRoute | PlainRoute, { kind: K }>> {
  const { routes } = await getSiteRoutes();
  return routes.find((route) => route.kind === kind) as Extract<
    PickerRoute | PlainRoute,
    { kind: K }
  >;
}

/**
 * What a page shows, for Astro's incremental build (`experimental.incrementalBuild`): its route (every prop a
 * page gets is in it), the digests of the entries it renders, the feedback URL its forms post to and the Markdown
 * engine that rendered them (environment variables, which Astro's own config hash does not see: a build with
 * `POLYHELP_MARKDOWN=satteri` must not reuse unified's pages); an unchanged key and unchanged code let Astro
 * copy last build's page instead of rendering it. `routeCacheKey(route, 'a1b2')` → `'3f…'` (SHA-256, hex).
 */
function routeCacheKey(route: SiteRoute, ...digests: (string | number | undefined)[]): string {
  return createHash('sha256')
    .update(
      JSON.stringify([route, digests, feedbackEndpoint?.href, process.env.POLYHELP_MARKDOWN ?? '']),
    )
    .digest('hex');
}

function entryOf(entries: Map<string, Article>, ref: ArticleRef): Article {
  const entry = entries.get(refToEntryId(ref));
  if (!entry) throw new Error(`No collection entry for the routed article ${refToEntryId(ref)}`);
  return entry;
}
