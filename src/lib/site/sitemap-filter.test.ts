import { describe, expect, it } from 'vitest';
import { createSitemapFilter } from './sitemap-filter.ts';
import { buildSiteRoutes } from './site-routes.ts';

describe('createSitemapFilter', () => {
  const routes = buildSiteRoutes(
    [
      { ref: { locale: 'en-US', slug: 'troubleshoot-sspr' } },
      { ref: { locale: 'fr-FR', slug: 'troubleshoot-sspr' } },
      { ref: { locale: 'fr-FR', slug: 'noindexed' }, data: { ROBOTS: ['noindex'] } },
      { ref: { locale: 'en-US', slug: 'noindexed' } },
    ],
    { locales: ['en-US', 'fr-FR', 'ja-JP'], sourceLocale: 'en-US' },
  );
  const isListed = createSitemapFilter(routes);

  it('lists locale homes and articles', () => {
    expect(isListed('/fr-fr/')).toBe(true);
    expect(isListed('/fr-fr/troubleshoot-sspr/')).toBe(true);
  });

  it('leaves out the language picker, 404 pages, search pages and the hidden articles', () => {
    expect(
      [
        '/',
        '/404.html',
        '/fr-fr/404/',
        '/fr-fr/search/',
        '/fr-fr/noindexed/',
        '/ja-jp/troubleshoot-sspr/',
      ].filter(isListed),
    ).toEqual([]);
  });

  it('refuses a page no route built, rather than guess', () => {
    expect(() => isListed('/fr-fr/elsewhere/')).toThrow(
      'sitemap: /fr-fr/elsewhere/ was built but is in no route of src/lib/site/site-routes.ts',
    );
  });
});
