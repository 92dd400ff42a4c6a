import { describe, expect, it } from 'vitest';
import { indexBatches } from './index-batches.ts';

describe('indexBatches', () => {
  it('puts languages together, in order, up to the page budget', () => {
    const pages = new Map([
      ['fr-fr', 900],
      ['de-de', 900],
      ['en-us', 900],
    ]);
    expect(indexBatches(pages, 2000)).toEqual([['de-de', 'en-us'], ['fr-fr']]);
    expect(indexBatches(pages, 2700)).toEqual([['de-de', 'en-us', 'fr-fr']]);
  });

  it('gives a language over the budget a run of its own, and never splits one', () => {
    const pages = new Map([
      ['ar-sa', 100],
      ['ja-jp', 5000],
      ['zh-cn', 100],
    ]);
    expect(indexBatches(pages, 2000)).toEqual([['ar-sa'], ['ja-jp'], ['zh-cn']]);
  });

  it('has no run for a site without indexed pages', () => {
    expect(indexBatches(new Map(), 2000)).toEqual([]);
  });
});
