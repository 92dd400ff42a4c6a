import { describe, expect, it } from 'vitest';
import {
  phraseStarts,
  rankSectionsByPhrase,
  searchedWords,
  toPageText,
  toReaderResult,
  withHighlightWords,
} from './reader-results.ts';

describe('toReaderResult', () => {
  it('shows excerpts and headings as the page writes them, marks kept', () => {
    expect(toPageText('共 <mark>有</mark> ポ リ シ ー Microsoft 365 で')).toBe(
      '共<mark>有</mark>ポリシー Microsoft 365 で',
    );
    expect(toPageText('po’ più')).toBe('po’ più');
  });

  it('makes result links highlight the words the reader typed', () => {
    const result = toReaderResult(
      {
        url: '/zh-cn/a/?pagefind-highlight=购&pagefind-highlight=买',
        excerpt: '<mark>购</mark> <mark>买</mark>',
        sub_results: [{ url: '/zh-cn/a/?pagefind-highlight=购#b', title: '购 买', excerpt: '' }],
      },
      '购买',
      'zh-CN',
    );
    const words = (url: string) =>
      new URL(url, 'http://x').searchParams.getAll('pagefind-highlight');
    expect(words(result.url)).toEqual(['购买']);
    expect(result.excerpt).toBe('<mark>购</mark><mark>买</mark>');
    expect(words(result.sub_results![0].url)).toEqual(['购买']);
    expect(result.sub_results![0].url).toMatch(/#b$/);
    expect(result.sub_results![0].title).toBe('购买');
  });

  it('lists first the sections that hold the Japanese query in sequence, not those with its common characters', () => {
    // エラー is searched as エ ラ ー: ー alone is in every パスワード section, but only #error holds all three in a row.
    const result = toReaderResult(
      {
        url: '/ja-jp/a/',
        sub_results: [
          { url: '/ja-jp/a/#password', locations: [2, 7, 12, 20] },
          { url: '/ja-jp/a/#error', locations: [30, 31, 32] },
        ],
      },
      'エラー',
      'ja-JP',
    );
    expect(result.sub_results!.map((sub) => sub.locations)).toEqual([[], [30, 31, 32]]);
    expect(phraseStarts([4, 5, 6, 9], 3)).toEqual([4]);
    expect(rankSectionsByPhrase([{ locations: [1, 3] }], 2)).toEqual([{ locations: [1, 3] }]);
    expect(rankSectionsByPhrase([{ locations: [1, 2] }], 1)).toEqual([{ locations: [1, 2] }]);
  });

  it('leaves a link without highlight words as it is', () => {
    expect(withHighlightWords('/a/#b', ['x'])).toBe('/a/#b');
  });
});

describe('searchedWords', () => {
  it('counts the characters Pagefind is asked for in unspaced scripts, one word elsewhere', () => {
    expect(searchedWords('购买域名', 'zh-CN')).toBe(4);
    expect(searchedWords('Intune の展開', 'ja-JP')).toBe(4);
    expect(searchedWords('mot de passe', 'fr-FR')).toBe(1);
  });
});
