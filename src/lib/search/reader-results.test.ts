import { describe, expect, it } from 'vitest';
import { toPageText, toReaderResult, withHighlightWords } from './reader-results.ts';

describe('toReaderResult', () => {
  it('shows excerpts and headings as the page writes them, marks kept', () => {
    expect(toPageText('共 <mark>有</mark> ポ リ シ ー Microsoft 365 で', 'ja-JP')).toBe(
      '共<mark>有</mark>ポリシー Microsoft 365 で',
    );
    expect(toPageText('Modifier l’ <mark>emplacement</mark>', 'fr-FR')).toBe(
      'Modifier l’<mark>emplacement</mark>',
    );
    expect(toPageText('po’ più', 'en-US')).toBe('po’ più');
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

  it('leaves a link without highlight words as it is', () => {
    expect(withHighlightWords('/a/#b', ['x'])).toBe('/a/#b');
  });
});
