import { describe, expect, it } from 'vitest';
import { toStandInUrls } from './stand-in-links.ts';

describe('toStandInUrls', () => {
  it('leads an English result to the reader locale stand-in page, sections included', () => {
    const fragment = {
      url: '/en-us/a/?pagefind-highlight=x',
      meta: { standins: 'de-de ja-jp' },
      sub_results: [{ url: '/en-us/a/?pagefind-highlight=x#error-message' }],
    };
    expect(toStandInUrls(fragment, 'ja-jp', 'en-us')).toEqual({
      url: '/ja-jp/a/?pagefind-highlight=x',
      meta: { standins: 'de-de ja-jp' },
      sub_results: [{ url: '/ja-jp/a/?pagefind-highlight=x#error-message' }],
    });
  });

  it('keeps absolute URLs absolute', () => {
    expect(
      toStandInUrls(
        { url: 'http://127.0.0.1:4322/en-us/a/#b', meta: { standins: 'ja-jp' } },
        'ja-jp',
        'en-us',
      ).url,
    ).toBe('http://127.0.0.1:4322/ja-jp/a/#b');
  });

  it('leaves the result alone when the reader has a real translation of the article', () => {
    const fragment = { url: '/en-us/a/', meta: { standins: 'de-de' } };
    expect(toStandInUrls(fragment, 'fr-fr', 'en-us')).toBe(fragment);
    expect(toStandInUrls({ url: '/en-us/a/' }, 'fr-fr', 'en-us').url).toBe('/en-us/a/');
  });
});
