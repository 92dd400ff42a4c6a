import { describe, expect, it } from 'vitest';
import { getMissingTranslations } from './missing-translations.ts';

describe('getMissingTranslations', () => {
  it('lists each locale without a translation of a source article, showing the source instead', () => {
    const bySlug = new Map([
      ['a', ['en-US', 'fr-FR'] as const],
      ['b', ['en-US'] as const],
    ]);
    expect(getMissingTranslations(bySlug, ['en-US', 'fr-FR', 'ja-JP'], 'en-US')).toEqual([
      { locale: 'ja-JP', slug: 'a', contentLocale: 'en-US' },
      { locale: 'fr-FR', slug: 'b', contentLocale: 'en-US' },
      { locale: 'ja-JP', slug: 'b', contentLocale: 'en-US' },
    ]);
  });

  it('makes no page for a slug without a source article', () => {
    expect(
      getMissingTranslations(
        new Map([['orphan', ['fr-FR'] as const]]),
        ['en-US', 'fr-FR'],
        'en-US',
      ),
    ).toEqual([]);
  });

  it('finds nothing missing when every locale has the article', () => {
    expect(
      getMissingTranslations(
        new Map([['a', ['en-US', 'fr-FR'] as const]]),
        ['en-US', 'fr-FR'],
        'en-US',
      ),
    ).toEqual([]);
  });
});
