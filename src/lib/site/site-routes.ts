import type { Locale } from '../../i18n/locales.ts';
import { localeToPathSegment, localizedPath } from '../../i18n/locale-helpers.ts';
import {
  localesBySlug,
  refToEntryId,
  refToSitePath,
  type ArticleRef,
} from '../content/article-catalog.ts';
import type { Frontmatter } from '../content/frontmatter-schema.ts';
import { getMissingTranslations } from '../l10n/missing-translations.ts';
import { bodyHash } from '../l10n/source-hash.ts';
import { translationState } from '../l10n/translation-status.ts';
import { searchPagePath } from '../search/search-url.ts';
import { isInShard } from './shard-locales.ts';
import {
  groupByLetter,
  groupByTopic,
  splitLargeGroups,
  type BrowseGroup,
  type BrowseItem,
} from './browse-groups.ts';
import { folderToLabel, type BreadcrumbConfig } from './breadcrumb-config.ts';

/** An article as routes need it: where it is and, when known, what decides its page's notices and listing. */
export interface RoutableArticle {
  ref: ArticleRef;
  data?: Partial<
    Pick<Frontmatter, 'title' | 'ROBOTS' | 'ms.openlocfilehash' | 'polyhelp.sourcehash'>
  >;
  /** The body byte for byte (see `CheckedArticle.body`): a source's hash, which tells whether a translation is outdated. */
  body?: string;
}

/** A link to another-language version of a page. */
export interface RouteLanguage {
  locale: Locale;
  href: string;
  /** Set when the page has no version in that locale and the link leads to its home instead: no alternate for search engines. */
  home?: true;
}

/** The page template of each kind of route, relative to the project: the link checker reports chrome findings there. */
export const routeTemplates = {
  picker: 'src/pages/index.astro',
  'not-found': 'src/pages/404.astro',
  home: 'src/pages/[locale]/index.astro',
  topic: 'src/pages/[locale]/topics/[topic].astro',
  letter: 'src/pages/[locale]/a-z/[letter].astro',
  search: 'src/pages/[locale]/search.astro',
  'locale-not-found': 'src/pages/[locale]/404.astro',
  article: 'src/pages/[locale]/[...slug].astro',
  'stand-in': 'src/pages/[locale]/[...slug].astro',
} as const;

/** What every page of the site has: where it is served, what renders it, its locale and whether the sitemap lists it. */
interface RouteBase {
  /** The site path, as the link checker reads it from `dist/` (`/fr-fr/a/`, `/404.html`). */
  path: string;
  template: string;
  locale: Locale;
  inSitemap: boolean;
  /** The params of its `[locale]/…` template; empty for the pages at the root. */
  params: Record<string, string>;
  /** The language switcher's links, the page's own locale included; empty for a page with none. */
  languages: RouteLanguage[];
}

/** The language picker at `/`: one link per locale's home. */
export interface PickerRoute extends RouteBase {
  kind: 'picker';
  homes: RouteLanguage[];
}

/** A page with nothing of its own to carry: the 404 pages and the search pages. */
export interface PlainRoute extends RouteBase {
  kind: 'not-found' | 'locale-not-found' | 'search';
}

/** A link to a browse page, as the home and the breadcrumbs show it: `{ label: 'A', href: '/en-us/a-z/a/', count: 12 }`. */
export interface GroupLink {
  label: string;
  href: string;
  /** How many articles the page lists. */
  count: number;
}

/**
 * A locale's home: it leads with search and links every browse page, so that every article it has a page for (its
 * translations, and the stand-ins of those it lacks) is two clicks away: home → topic or letter → article.
 */
export interface HomeRoute extends RouteBase {
  kind: 'home';
  /** One per slug folder; empty when every slug is at the top. */
  topics: GroupLink[];
  /** One per first letter of the titles: together they list every article of the locale. */
  letters: GroupLink[];
}

/** A browse page: the titles of a topic's articles, or of those whose title starts with one letter. */
export interface BrowseRoute extends RouteBase {
  kind: 'topic' | 'letter';
  group: BrowseGroup;
  /** The product crumb between the home and the page, from the locale's breadcrumb configuration. */
  product?: string;
}

/** An article page; a stand-in shows the source article in a locale that lacks the translation. */
export interface ArticleRoute extends RouteBase {
  kind: 'article' | 'stand-in';
  slug: string;
  /** The article shown: this locale's, or the source for a stand-in. */
  content: ArticleRef;
  /** For a translation, its source article (to compare with, and to show section originals from). */
  source?: ArticleRef;
  /**
   * What can be said of a translation's freshness: `outdated` when its recorded source hash proves an older source,
   * `unverified` when nothing the project recorded proves either way; absent when up to date (or not a translation).
   */
  freshness?: 'outdated' | 'unverified';
  /** On a source article, the locales that show it on a stand-in page. */
  standIns: Locale[];
  /** The browse page between the home and the article in its breadcrumbs: its topic, or its letter for a slug at the top. */
  parent?: GroupLink;
  /** The product crumb after the home, from the locale's breadcrumb configuration (`content/<locale>/breadcrumb.yml`). */
  product?: string;
}

/** One page of the site and what it needs to render. */
export type SiteRoute = PickerRoute | PlainRoute | HomeRoute | BrowseRoute | ArticleRoute;

/** The locales the site has, the source first among them or not, and the one translations are made from. */
export interface RouteLocales {
  locales: readonly Locale[];
  sourceLocale: Locale;
  /**
   * A shard build's locales (`POLYHELP_LOCALES`): only their pages, and the picker and root 404 every shard carries.
   * Each page is the one the whole site has (its language links and browse lists still span every locale).
   */
  shard?: readonly Locale[];
  /** Per locale, its product crumb and topic labels; a locale without one humanises its folder names. */
  breadcrumbs?: Partial<Record<Locale, BreadcrumbConfig>>;
}

/**
 * Every page of the site, once: the picker, a 404 page, and per locale a home, a search page, a 404 page,
 * its articles and a stand-in for each source article it lacks, then its topic and letter pages. Pages, the sitemap and the link checker all
 * read this list; a shard build filters it by locale here (`shard`), and nowhere else.
 * `buildSiteRoutes([{ ref: { locale: 'en-US', slug: 'a' } }], { locales: ['en-US', 'ja-JP'], sourceLocale: 'en-US' })`
 * → picker `/`, `/404.html`, `/en-us/`, `/en-us/search/`, `/en-us/404/`, … `/en-us/a/` (article), `/ja-jp/a/` (stand-in),
 * `/en-us/a-z/a/` (letter; the title is the slug when the data has none). With `shard: ['ja-JP']`: `/`, `/404.html`
 * and the `/ja-jp/…` pages only.
 */
export function buildSiteRoutes(
  articles: readonly RoutableArticle[],
  { locales, sourceLocale, shard, breadcrumbs = {} }: RouteLocales,
): SiteRoute[] {
  const homes = locales.map((locale) => ({ locale, href: localizedPath(locale) }));
  const searches = locales.map((locale) => ({ locale, href: searchPagePath(locale) }));
  const bySlug = localesBySlug(articles.map((article) => article.ref));
  const byId = new Map(articles.map((article) => [refToEntryId(article.ref), article]));
  const sourceHashes = new Map<string, string | undefined>();
  const sourceHashOf = (source: RoutableArticle) => {
    const id = refToEntryId(source.ref);
    if (!sourceHashes.has(id))
      sourceHashes.set(id, source.body === undefined ? undefined : bodyHash(source.body));
    return sourceHashes.get(id);
  };
  const languagesOf = (slug: string) =>
    (bySlug.get(slug) ?? []).map((locale) => ({ locale, href: refToSitePath({ locale, slug }) }));
  const routes: SiteRoute[] = [
    {
      kind: 'picker',
      path: '/',
      template: routeTemplates.picker,
      locale: sourceLocale,
      inSitemap: false,
      params: {},
      languages: [],
      homes,
    },
    {
      kind: 'not-found',
      path: '/404.html',
      template: routeTemplates['not-found'],
      locale: sourceLocale,
      inSitemap: false,
      params: {},
      languages: [],
    },
  ];
  for (const locale of locales) {
    const params = { locale: localeToPathSegment(locale) };
    routes.push(
      {
        kind: 'home',
        path: localizedPath(locale),
        template: routeTemplates.home,
        locale,
        inSitemap: true,
        params,
        languages: homes,
        topics: [],
        letters: [],
      },
      {
        kind: 'search',
        path: searchPagePath(locale),
        template: routeTemplates.search,
        locale,
        inSitemap: false,
        params,
        languages: searches,
      },
      {
        kind: 'locale-not-found',
        path: `${localizedPath(locale)}404/`,
        template: routeTemplates['locale-not-found'],
        locale,
        inSitemap: false,
        params,
        languages: [],
      },
    );
  }
  for (const article of articles) {
    const { locale, slug } = article.ref;
    const languages = languagesOf(slug);
    const source =
      locale === sourceLocale ? undefined : byId.get(refToEntryId({ locale: sourceLocale, slug }));
    const sourceHash = source && sourceHashOf(source);
    const state =
      sourceHash === undefined
        ? undefined
        : translationState(sourceHash, {
            sourceHash: article.data?.['polyhelp.sourcehash'],
            localizationHash: article.data?.['ms.openlocfilehash'],
          });
    const freshness =
      state === 'outdated'
        ? 'outdated'
        : state === 'unverified' || state === 'no-hash'
          ? 'unverified'
          : undefined;
    const robots = article.data?.ROBOTS ?? [];
    routes.push({
      ...articleRouteBase(article.ref, languages),
      kind: 'article',
      inSitemap: !robots.includes('noindex') && !robots.includes('none'),
      content: article.ref,
      source: source?.ref,
      freshness,
      standIns:
        locale === sourceLocale
          ? locales.filter((other) => !languages.some((language) => language.locale === other))
          : [],
    });
  }
  for (const { locale, slug, contentLocale } of getMissingTranslations(
    bySlug,
    locales,
    sourceLocale,
  )) {
    const ref = { locale, slug };
    routes.push({
      ...articleRouteBase(ref, languagesOf(slug)),
      kind: 'stand-in',
      inSitemap: false,
      content: { locale: contentLocale, slug },
      standIns: [],
    });
  }
  routes.push(
    ...browseRoutes(
      routes,
      new Map(
        articles.map((article) => [
          refToEntryId(article.ref),
          article.data?.title ?? article.ref.slug,
        ]),
      ),
      breadcrumbs,
    ),
  );
  ensureUniquePaths(routes);
  return shard
    ? routes.filter((route) => isSiteWide(route) || isInShard(route.locale, shard))
    : routes;
}

/** True for a page outside the locale folders, which every shard builds: the language picker at `/` and `/404.html`. */
export function isSiteWide(route: SiteRoute): boolean {
  return route.kind === 'picker' || route.kind === 'not-found';
}

/** Per locale, its topic and letter pages; fills in the home's links to them and each article's breadcrumb parent. */
function browseRoutes(
  routes: SiteRoute[],
  titles: Map<string, string>,
  breadcrumbs: Partial<Record<Locale, BreadcrumbConfig>>,
): BrowseRoute[] {
  const browse: BrowseRoute[] = [];
  for (const home of routes.filter((route): route is HomeRoute => route.kind === 'home')) {
    const config = breadcrumbs[home.locale];
    const product = config?.product;
    const pages = routes.filter(
      (route): route is ArticleRoute =>
        (route.kind === 'article' || route.kind === 'stand-in') && route.locale === home.locale,
    );
    const items: BrowseItem[] = pages.map((page) => ({
      slug: page.slug,
      content: page.content,
      title: titles.get(refToEntryId(page.content)) ?? page.slug,
    }));
    const parentOf = new Map<string, GroupLink>();
    for (const [kind, groups] of [
      [
        'topic',
        splitLargeGroups(
          groupByTopic(items, home.locale, (folder) => folderToLabel(folder, config)),
          home.locale,
        ),
      ],
      ['letter', splitLargeGroups(groupByLetter(items, home.locale), home.locale)],
    ] as const) {
      for (const group of groups) {
        const path = `${home.path}${kind === 'topic' ? 'topics' : 'a-z'}/${group.key}/`;
        const link = { label: group.label, href: path, count: group.items.length };
        (kind === 'topic' ? home.topics : home.letters).push(link);
        for (const item of group.items) if (!parentOf.has(item.slug)) parentOf.set(item.slug, link);
        const params = { ...home.params, [kind]: group.key };
        browse.push({
          kind,
          path,
          template: routeTemplates[kind],
          locale: home.locale,
          inSitemap: true,
          params,
          languages: [],
          group,
          ...(product ? { product } : {}),
        });
      }
    }
    for (const page of pages) {
      page.parent = parentOf.get(page.slug);
      if (product) page.product = product;
    }
  }
  const homes = routes.filter((route): route is HomeRoute => route.kind === 'home');
  const byPage = Map.groupBy(browse, (route) => `${route.kind}/${route.group.key}`);
  for (const route of browse) {
    const same = byPage.get(`${route.kind}/${route.group.key}`) ?? [];
    // The same topic or letter in each locale that has it, else that locale's home: every language stays one click away.
    route.languages = homes.map((home) => {
      const other = same.find((candidate) => candidate.locale === home.locale);
      return other
        ? { locale: home.locale, href: other.path }
        : { locale: home.locale, href: home.path, home: true as const };
    });
  }
  return browse;
}

function articleRouteBase(ref: ArticleRef, languages: RouteLanguage[]) {
  const params = { locale: localeToPathSegment(ref.locale), slug: ref.slug };
  return {
    path: refToSitePath(ref),
    template: routeTemplates.article,
    locale: ref.locale,
    params,
    languages,
    slug: ref.slug,
  };
}

/** Two pages at one path would silently overwrite each other in `dist/`: an article slug `search` or `404`. */
function ensureUniquePaths(routes: SiteRoute[]): SiteRoute[] {
  const seen = new Map<string, SiteRoute>();
  for (const route of routes) {
    const other = seen.get(route.path);
    if (other)
      throw new Error(
        `Two pages at ${route.path}: ${describe(other)} and ${describe(route)}; rename the article's file`,
      );
    seen.set(route.path, route);
  }
  return routes;
}

function describe(route: SiteRoute): string {
  return 'content' in route
    ? `the ${route.kind} ${refToEntryId(route.content)}`
    : `the ${route.kind} page`;
}

/** The routes by site path: `routesByPath(buildSiteRoutes(…)).get('/fr-fr/')` → the French home route. */
export function routesByPath(routes: readonly SiteRoute[]): Map<string, SiteRoute> {
  return new Map(routes.map((route) => [route.path, route]));
}
