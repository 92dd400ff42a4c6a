import { describe, expect, it } from 'vitest';
import { createSitemapFilter } from './sitemap-filter.ts';

describe('createSitemapFilter', () => {
  const isListed = createSitemapFilter(new Set(['/fr-fr/noindexed/', '/ja-jp/stand-in/']));

  it('lists locale homes and articles', () => {
    expect(isListed('/fr-fr/')).toBe(true);
    expect(isListed('/fr-fr/troubleshoot-sspr/')).toBe(true);
  });

  it('leaves out the language picker, 404 pages, search pages and the hidden articles', () => {
    expect(['/', '/404/', '/fr-fr/404/', '/fr-fr/search/', '/fr-fr/noindexed/', '/ja-jp/stand-in/'].filter(isListed)).toEqual([]);
  });
});
