import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyHash } from '../l10n/source-hash.ts';
import {
  buildSiteRoutes,
  routesByPath,
  routeTemplates,
  type ArticleRoute,
  type BrowseRoute,
  type HomeRoute,
  type RoutableArticle,
} from './site-routes.ts';

const locales = { locales: ['en-US', 'fr-FR', 'ja-JP'], sourceLocale: 'en-US' } as const;
const en = (slug: string, extra: Partial<RoutableArticle> = {}): RoutableArticle => ({
  ref: { locale: 'en-US', slug },
  body: `# ${slug}\n`,
  ...extra,
});
const fr = (slug: string, recorded?: string): RoutableArticle => ({
  ref: { locale: 'fr-FR', slug },
  data: { 'ms.openlocfilehash': recorded },
});
const article = (routes: ReturnType<typeof buildSiteRoutes>, path: string) =>
  routesByPath(routes).get(path) as ArticleRoute;
const home = (routes: ReturnType<typeof buildSiteRoutes>, path: string) =>
  routesByPath(routes).get(path) as HomeRoute;
const titled = (locale: 'en-US' | 'fr-FR', slug: string, title: string): RoutableArticle => ({
  ref: { locale, slug },
  data: { title },
});

describe('buildSiteRoutes', () => {
  const routes = buildSiteRoutes([en('a'), fr('a', bodyHash('# a\n'))], locales);

  it('lists every page once: picker, 404, and per locale a home, search and 404 page, then articles and stand-ins, then browse pages', () => {
    expect(routes.map((route) => `${route.kind} ${route.path}`)).toEqual([
      'picker /',
      'not-found /404.html',
      ...['en-us', 'fr-fr', 'ja-jp'].flatMap((segment) => [
        `home /${segment}/`,
        `search /${segment}/search/`,
        `locale-not-found /${segment}/404/`,
      ]),
      'article /en-us/a/',
      'article /fr-fr/a/',
      'stand-in /ja-jp/a/',
      'letter /en-us/a-z/a/',
      'letter /fr-fr/a-z/a/',
      'letter /ja-jp/a-z/a/',
    ]);
  });

  it('gives each [locale] page the lower-case segment as its param, and an article its slug', () => {
    expect(routesByPath(routes).get('/ja-jp/search/')?.params).toEqual({ locale: 'ja-jp' });
    expect(article(routes, '/fr-fr/a/').params).toEqual({ locale: 'fr-fr', slug: 'a' });
  });

  it('shows the source article on a stand-in page, which the sitemap leaves out', () => {
    expect(article(routes, '/ja-jp/a/')).toMatchObject({
      kind: 'stand-in',
      locale: 'ja-JP',
      content: { locale: 'en-US', slug: 'a' },
      inSitemap: false,
    });
    expect(article(routes, '/en-us/a/').standIns).toEqual(['ja-JP']);
  });

  it('lists homes, browse pages and articles in the sitemap, not the tool pages or NOINDEX articles', () => {
    const listed = buildSiteRoutes(
      [
        en('a'),
        en('hidden', { data: { ROBOTS: ['noindex', 'nofollow'] } }),
        en('gone', { data: { ROBOTS: ['none'] } }),
      ],
      locales,
    )
      .filter(
        (route) =>
          route.inSitemap &&
          !route.path.startsWith('/ja-jp/a-z/') &&
          !route.path.startsWith('/fr-fr/a-z/'),
      )
      .map((route) => route.path);
    expect(listed).toEqual([
      '/en-us/',
      '/fr-fr/',
      '/ja-jp/',
      '/en-us/a/',
      '/en-us/a-z/a/',
      '/en-us/a-z/g/',
      '/en-us/a-z/h/',
    ]);
  });

  it('links each article to the locales that have it, and each home and search page to every locale', () => {
    expect(article(routes, '/fr-fr/a/').languages).toEqual([
      { locale: 'en-US', href: '/en-us/a/' },
      { locale: 'fr-FR', href: '/fr-fr/a/' },
    ]);
    expect(
      routesByPath(routes)
        .get('/fr-fr/search/')
        ?.languages.map((language) => language.href),
    ).toEqual(['/en-us/search/', '/fr-fr/search/', '/ja-jp/search/']);
  });

  it('says a translation is outdated or unverified only as far as its recorded hashes prove', () => {
    expect(article(routes, '/fr-fr/a/')).toMatchObject({
      source: { locale: 'en-US', slug: 'a' },
      freshness: undefined,
    });
    const ours = (slug: string, hash: string): RoutableArticle => ({
      ref: { locale: 'fr-FR', slug },
      data: { 'polyhelp.sourcehash': hash },
    });
    expect(
      article(buildSiteRoutes([en('a'), ours('a', 'old')], locales), '/fr-fr/a/').freshness,
    ).toBe('outdated');
    expect(
      article(buildSiteRoutes([en('a'), ours('a', bodyHash('# a\n'))], locales), '/fr-fr/a/')
        .freshness,
    ).toBeUndefined();
    expect(
      article(buildSiteRoutes([en('a'), fr('a', 'f00d')], locales), '/fr-fr/a/').freshness,
    ).toBe('unverified');
    expect(article(buildSiteRoutes([en('a'), fr('a')], locales), '/fr-fr/a/').freshness).toBe(
      'unverified',
    );
    expect(
      article(
        buildSiteRoutes([en('a', { body: undefined }), ours('a', 'old')], locales),
        '/fr-fr/a/',
      ).freshness,
    ).toBeUndefined();
  });

  it('links each locale home to letter pages that together list every article it has a page for, stand-ins included', () => {
    const withStandIn = buildSiteRoutes(
      [
        titled('en-US', 'a', 'Alpha'),
        titled('fr-FR', 'a', 'Accès'),
        titled('en-US', 'b', 'Bravo'),
        titled('en-US', 'c', 'Beta'),
      ],
      locales,
    );
    expect(home(withStandIn, '/fr-fr/').letters).toEqual([
      { label: 'A', href: '/fr-fr/a-z/a/', count: 1 },
      { label: 'B', href: '/fr-fr/a-z/b/', count: 2 },
    ]);
    const letterB = routesByPath(withStandIn).get('/fr-fr/a-z/b/') as BrowseRoute;
    expect(letterB.group.items).toEqual([
      { slug: 'c', title: 'Beta', content: { locale: 'en-US', slug: 'c' } },
      { slug: 'b', title: 'Bravo', content: { locale: 'en-US', slug: 'b' } },
    ]);
    expect(
      (routesByPath(withStandIn).get('/fr-fr/a-z/a/') as BrowseRoute).group.items.map(
        (item) => item.title,
      ),
    ).toEqual(['Accès']);
  });

  it('gives each slug folder a topic page, which is the breadcrumb parent of its articles; a top-level article has its letter', () => {
    const nested = buildSiteRoutes(
      [titled('en-US', 'commercial-dialogues/x', 'Refunds'), titled('en-US', 'y', 'Yield')],
      locales,
    );
    expect(home(nested, '/ja-jp/').topics).toEqual([
      { label: 'Commercial dialogues', href: '/ja-jp/topics/commercial-dialogues/', count: 1 },
    ]);
    expect(routesByPath(nested).get('/ja-jp/topics/commercial-dialogues/')).toMatchObject({
      kind: 'topic',
      params: { locale: 'ja-jp', topic: 'commercial-dialogues' },
      inSitemap: true,
    });
    expect(article(nested, '/en-us/commercial-dialogues/x/').parent).toEqual({
      label: 'Commercial dialogues',
      href: '/en-us/topics/commercial-dialogues/',
      count: 1,
    });
    expect(article(nested, '/ja-jp/y/').parent).toEqual({
      label: 'Y',
      href: '/ja-jp/a-z/y/',
      count: 1,
    });
  });

  it("puts the locale's product crumb on its articles and browse pages, and names topics by its folder labels", () => {
    const nested = buildSiteRoutes(
      [
        titled('en-US', 'commercial-dialogues/x', 'Refunds'),
        titled('fr-FR', 'commercial-dialogues/x', 'Remboursements'),
      ],
      {
        ...locales,
        breadcrumbs: {
          'fr-FR': {
            product: 'Informations sur Alchemy',
            folders: { 'commercial-dialogues': 'Dialogues commerciaux' },
          },
        },
      },
    );
    expect(article(nested, '/fr-fr/commercial-dialogues/x/')).toMatchObject({
      product: 'Informations sur Alchemy',
      parent: { label: 'Dialogues commerciaux', href: '/fr-fr/topics/commercial-dialogues/' },
    });
    expect(routesByPath(nested).get('/fr-fr/a-z/r/')).toMatchObject({
      product: 'Informations sur Alchemy',
    });
    expect(home(nested, '/fr-fr/').topics[0].label).toBe('Dialogues commerciaux');
    expect(article(nested, '/en-us/commercial-dialogues/x/').product).toBeUndefined();
    expect(article(nested, '/ja-jp/commercial-dialogues/x/').parent?.label).toBe(
      'Commercial dialogues',
    );
  });

  it('links each browse page to the same topic or letter in every other locale that has it, else to that locale home', () => {
    const routes = buildSiteRoutes(
      [titled('en-US', 'billing/a', 'Alpha'), titled('fr-FR', 'billing/a', 'Zèbre')],
      locales,
    );
    expect((routesByPath(routes).get('/fr-fr/topics/billing/') as BrowseRoute).languages).toEqual([
      { locale: 'en-US', href: '/en-us/topics/billing/' },
      { locale: 'fr-FR', href: '/fr-fr/topics/billing/' },
      { locale: 'ja-JP', href: '/ja-jp/topics/billing/' },
    ]);
    expect((routesByPath(routes).get('/fr-fr/a-z/z/') as BrowseRoute).languages).toEqual([
      { locale: 'en-US', href: '/en-us/', home: true },
      { locale: 'fr-FR', href: '/fr-fr/a-z/z/' },
      { locale: 'ja-JP', href: '/ja-jp/', home: true },
    ]);
  });

  it('splits a letter of hundreds of titles into parts the home links directly, so every article stays two clicks away', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      titled('en-US', `s-${i}`, `S${String.fromCharCode(97 + (i % 26))} ${i}`),
    );
    const routes = buildSiteRoutes(many, { locales: ['en-US'], sourceLocale: 'en-US' });
    const letters = home(routes, '/en-us/').letters;
    expect(letters.map((link) => link.href)).toEqual([
      '/en-us/a-z/s/',
      '/en-us/a-z/s-2/',
      '/en-us/a-z/s-3/',
    ]);
    expect(Math.max(...letters.map((link) => link.count))).toBeLessThanOrEqual(150);
    const listed = letters.flatMap((link) =>
      (routesByPath(routes).get(link.href) as BrowseRoute).group.items.map((item) => item.slug),
    );
    expect(listed.sort()).toEqual(many.map((a) => a.ref.slug).sort());
    expect(article(routes, '/en-us/s-25/').parent?.href).toMatch(/^\/en-us\/a-z\/s(-\d)?\/$/);
  });

  it('serves a nested slug under its folders', () => {
    const nested = buildSiteRoutes([en('commercial-dialogues/x'), en('x')], locales);
    expect(article(nested, '/en-us/commercial-dialogues/x/')).toMatchObject({
      params: { locale: 'en-us', slug: 'commercial-dialogues/x' },
      content: { slug: 'commercial-dialogues/x' },
    });
    expect(article(nested, '/en-us/x/').content.slug).toBe('x');
  });

  it('refuses an article whose page would overwrite another page', () => {
    expect(() => buildSiteRoutes([en('search')], locales)).toThrow(
      'Two pages at /en-us/search/: the search page and the article en-US/search',
    );
    expect(() => buildSiteRoutes([en('a-z/a')], locales)).toThrow(
      'Two pages at /en-us/a-z/a/: the article en-US/a-z/a and the letter page',
    );
  });
});

describe('routeTemplates', () => {
  const root = join(import.meta.dirname, '../../..');
  const pages = readdirSync(join(root, 'src/pages'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1));

  it('names page templates that exist, and every page template is some route’s', () => {
    for (const template of Object.values(routeTemplates))
      expect(existsSync(join(root, template)), template).toBe(true);
    expect(pages.filter((page) => !Object.values(routeTemplates).includes(page as never))).toEqual(
      [],
    );
  });
});

describe('buildSiteRoutes for a shard', () => {
  const articles = [en('a'), fr('a', bodyHash('# a\n')), en('b')];
  const whole = buildSiteRoutes(articles, locales);
  const shard = buildSiteRoutes(articles, { ...locales, shard: ['ja-JP'] });

  it("keeps the site-wide pages and the shard's locale's pages, and nothing of other locales", () => {
    expect(shard.map((route) => route.path)).toEqual(
      whole
        .filter(
          (route) =>
            route.kind === 'picker' || route.kind === 'not-found' || route.locale === 'ja-JP',
        )
        .map((route) => route.path),
    );
    expect(shard.some((route) => route.locale === 'ja-JP' && route.kind === 'stand-in')).toBe(true);
    expect(
      shard.some((route) => route.path.startsWith('/en-us/') || route.path.startsWith('/fr-fr/')),
    ).toBe(false);
  });

  it('gives each page the route the whole site gives it: language links and browse lists span every locale', () => {
    const byPath = routesByPath(whole);
    for (const route of shard) expect(route).toEqual(byPath.get(route.path));
    expect(article(shard, '/ja-jp/a/').languages.map((language) => language.locale)).toEqual([
      'en-US',
      'fr-FR',
    ]);
  });
});
