import { describe, expect, it } from 'vitest';
import { choosableFilters, searchFilters } from './search-filters.ts';
import { hasHighlightParam } from './search-highlight.ts';
import { componentUiStrings, fallbackLabel } from './search-translations.ts';
import { keepSymptomSections } from './symptom-sections.ts';
import { localeToIndexLanguage, queryFromSearch, searchPagePath } from './search-url.ts';

describe('searchFilters', () => {
  it('captures each frontmatter filter from its data attribute', () => {
    expect(searchFilters({ 'ms.service': 'o365-administration', 'ms.audience': 'Admin' })).toBe(
      'service[data-service], audience[data-audience]',
    );
    expect(searchFilters({ 'ms.audience': 'Admin' })).toBe('audience[data-audience]');
    expect(searchFilters({})).toBeUndefined();
  });
});

describe('search URLs', () => {
  it('reads the search page query back trimmed', () => {
    expect(queryFromSearch('?q=%20message%20d%27erreur')).toBe("message d'erreur");
    expect(localeToIndexLanguage('ja-JP')).toBe('ja-jp');
  });
  it('puts each locale search page under its home', () => {
    expect(searchPagePath('ar-SA')).toBe('/ar-sa/search/');
  });
});

describe('choosableFilters', () => {
  it('offers only filters with at least two distinct values, in display order, with their label key', () => {
    const articles = [
      { 'ms.service': 'exchange', 'ms.audience': 'Admin' },
      { 'ms.service': 'teams', 'ms.audience': 'Admin' },
      { 'ms.service': 'teams' },
    ];
    expect(choosableFilters(articles)).toEqual([
      { name: 'service', label: 'search.filterService' },
    ]);
    expect(choosableFilters([...articles, { 'ms.audience': 'User' }]).map((f) => f.name)).toEqual([
      'service',
      'audience',
    ]);
    expect(choosableFilters([])).toEqual([]);
  });
});

describe('componentUiStrings', () => {
  it('words result counts with our dictionary, in Component UI placeholders', () => {
    expect(componentUiStrings('fr-FR').one_result).toBe('Un résultat pour « [SEARCH_TERM] »');
    expect(componentUiStrings('ja-JP').many_results).toBe(
      '「[SEARCH_TERM]」の検索結果: [COUNT] 件',
    );
    expect(componentUiStrings('ar-SA').zero_results).toMatch(/^لا توجد نتائج عن «\[SEARCH_TERM\]»/);
  });
  it('names the reader language and the source language in the reader language', () => {
    expect(fallbackLabel('fr-FR', 'en-US')).toBe(
      'Aucun résultat en français. Voici les résultats en anglais :',
    );
    expect(fallbackLabel('ja-JP', 'en-US')).toBe(
      '日本語では見つかりませんでした。英語の結果を表示しています:',
    );
  });
});

describe('keepSymptomSections', () => {
  it('keeps the h2 and h3 sections under an article and drops the h1 and unanchored text', () => {
    const fragment = {
      url: '/fr-fr/a/',
      sub_results: [
        { url: '/fr-fr/a/#a', anchor: { element: 'h1' } },
        { url: '/fr-fr/a/#error-message', anchor: { element: 'h2' } },
        { url: '/fr-fr/a/' },
        { url: '/fr-fr/a/#detail', anchor: { element: 'h3' } },
      ],
    };
    expect(keepSymptomSections(fragment).sub_results.map((sub) => sub.url)).toEqual([
      '/fr-fr/a/#error-message',
      '/fr-fr/a/#detail',
    ]);
    expect(keepSymptomSections(fragment).url).toBe('/fr-fr/a/');
  });
});

describe('hasHighlightParam', () => {
  it('asks for highlighting only when the URL carries a searched word', () => {
    expect(hasHighlightParam('?pagefind-highlight=erreur')).toBe(true);
    expect(hasHighlightParam('?pagefind-highlight=')).toBe(false);
    expect(hasHighlightParam('?q=erreur')).toBe(false);
  });
});
