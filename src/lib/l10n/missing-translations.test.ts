import { describe, expect, it } from 'vitest';
import { getLocaleArticles, getMissingTranslations, missingTranslationPaths } from './missing-translations.ts';

describe('getMissingTranslations', () => {
  it('lists each locale without a translation of a source article, showing the source instead', () => {
    const bySlug = new Map([['a', ['en-US', 'fr-FR'] as const], ['b', ['en-US'] as const]]);
    expect(getMissingTranslations(bySlug, ['en-US', 'fr-FR', 'ja-JP'], 'en-US')).toEqual([
      { locale: 'ja-JP', slug: 'a', contentLocale: 'en-US' },
      { locale: 'fr-FR', slug: 'b', contentLocale: 'en-US' },
      { locale: 'ja-JP', slug: 'b', contentLocale: 'en-US' },
    ]);
  });

  it('makes no page for a slug without a source article', () => {
    expect(getMissingTranslations(new Map([['orphan', ['fr-FR'] as const]]), ['en-US', 'fr-FR'], 'en-US')).toEqual([]);
  });

  it('finds nothing missing when every locale has the article', () => {
    expect(getMissingTranslations(new Map([['a', ['en-US', 'fr-FR'] as const]]), ['en-US', 'fr-FR'], 'en-US')).toEqual([]);
  });
});

describe('missingTranslationPaths', () => {
  it('gives the site path of each stand-in page, for the sitemap to leave out', () => {
    const articles = [{ locale: 'en-US', slug: 'a' }, { locale: 'fr-FR', slug: 'a' }] as const;
    expect(missingTranslationPaths(articles, ['en-US', 'fr-FR', 'ja-JP'], 'en-US')).toEqual(new Set(['/ja-jp/a/']));
  });
});

describe('getLocaleArticles', () => {
  const bySlug = new Map([['a', ['en-US', 'fr-FR'] as const], ['b', ['en-US'] as const], ['orphan', ['fr-FR'] as const]]);

  it('lists a locale\'s translations, and the source article of each one it lacks', () => {
    expect(getLocaleArticles(bySlug, 'ja-JP', 'en-US')).toEqual([
      { slug: 'a', contentLocale: 'en-US' },
      { slug: 'b', contentLocale: 'en-US' },
    ]);
    expect(getLocaleArticles(bySlug, 'fr-FR', 'en-US')).toEqual([
      { slug: 'a', contentLocale: 'fr-FR' },
      { slug: 'b', contentLocale: 'en-US' },
      { slug: 'orphan', contentLocale: 'fr-FR' },
    ]);
  });

  it('lists the source locale\'s own articles only', () => {
    expect(getLocaleArticles(bySlug, 'en-US', 'en-US')).toEqual([
      { slug: 'a', contentLocale: 'en-US' },
      { slug: 'b', contentLocale: 'en-US' },
    ]);
  });
});
