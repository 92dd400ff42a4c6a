import { describe, expect, it } from 'vitest';
import { excerptToParts } from './excerpt-parts.ts';
import { shouldOfferFallback } from './fallback.ts';
import { pluralMessage } from './plural-message.ts';
import { searchFilters } from './search-filters.ts';
import { searchStrings } from './search-strings.ts';
import { isSearchPagePath, localeToIndexLanguage, queryFromSearch, searchPagePath, searchPageUrl } from './search-url.ts';
import { visibleFilters } from './visible-filters.ts';

describe('shouldOfferFallback', () => {
  it('offers source-language results when a French query finds nothing', () => {
    expect(shouldOfferFallback('fr-FR', 'en-US', 'licensing', 0)).toBe(true);
  });
  it('does not when the reader already reads the source language, found something, or typed nothing', () => {
    expect(shouldOfferFallback('en-US', 'en-US', 'licensing', 0)).toBe(false);
    expect(shouldOfferFallback('fr-FR', 'en-US', 'erreur', 2)).toBe(false);
    expect(shouldOfferFallback('fr-FR', 'en-US', '  ', 0)).toBe(false);
  });
});

describe('pluralMessage', () => {
  const arabic = { zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: '{count} نتائج', many: '{count} نتيجة', other: '{count} نتيجة' };
  it('picks the CLDR plural category of the locale', () => {
    expect(pluralMessage('fr-FR', { one: '{count} résultat', other: '{count} résultats' }, 0)).toBe('0 résultat');
    expect(pluralMessage('en-US', { one: '{count} result', other: '{count} results' }, 0)).toBe('0 results');
    expect(pluralMessage('ar-SA', arabic, 2)).toBe('نتيجتان');
    expect(pluralMessage('ar-SA', arabic, 3)).toBe(`${new Intl.NumberFormat('ar-SA').format(3)} نتائج`);
  });
  it('fills other placeholders and uses `other` when a category is missing', () => {
    expect(pluralMessage('ja-JP', { other: '「{query}」: {count} 件' }, 1, { query: 'エラー' })).toBe('「エラー」: 1 件');
  });
});

describe('visibleFilters', () => {
  it('shows only filters with more than one value, in the requested order, values sorted', () => {
    const counts = { audience: { Admin: 3 }, service: { teams: 1, exchange: 2 } };
    expect(visibleFilters(counts, ['service', 'audience'], 'en')).toEqual([{ name: 'service', values: ['exchange', 'teams'] }]);
  });
});

describe('searchFilters', () => {
  it('captures each frontmatter filter from its data attribute', () => {
    expect(searchFilters({ 'ms.service': 'o365-administration', 'ms.audience': 'Admin' })).toBe('service[data-service], audience[data-audience]');
    expect(searchFilters({ 'ms.audience': 'Admin' })).toBe('audience[data-audience]');
    expect(searchFilters({})).toBeUndefined();
  });
});

describe('search URLs', () => {
  it('builds the locale search page URL with the query, and reads it back trimmed', () => {
    expect(searchPageUrl('fr-FR', ' mot de passe ')).toBe('/fr-fr/search/?q=mot+de+passe');
    expect(searchPageUrl('ja-JP', '')).toBe('/ja-jp/search/');
    expect(queryFromSearch('?q=%20message%20d%27erreur')).toBe("message d'erreur");
    expect(localeToIndexLanguage('ja-JP')).toBe('ja-jp');
  });
  it('recognises search pages, so the sitemap can leave them out', () => {
    expect(isSearchPagePath(searchPagePath('ar-SA'))).toBe(true);
    expect(isSearchPagePath('/fr-fr/search-tips/')).toBe(false);
    expect(isSearchPagePath('/fr-fr/troubleshoot-sspr/')).toBe(false);
  });
});

describe('excerptToParts', () => {
  it('splits marked words from text and decodes the entities Pagefind escapes', () => {
    expect(excerptToParts('a <mark>b</mark> &amp; &lt;c&gt;')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
      { text: ' & <c>', marked: false },
    ]);
  });
});

describe('searchStrings', () => {
  it('names the reader language and the source language in the reader language', () => {
    expect(searchStrings('fr-FR', 'en-US').fallbackNotice).toBe('Aucun résultat en français. Voici les résultats en anglais :');
    expect(searchStrings('ja-JP', 'en-US').fallbackNotice).toBe('日本語では見つかりませんでした。英語の結果を表示しています:');
    expect(Object.keys(searchStrings('ar-SA', 'en-US').count).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });
});
