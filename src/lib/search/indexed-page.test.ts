import { describe, expect, it } from 'vitest';
import { isIndexedPage } from './indexed-page.ts';

describe('isIndexedPage', () => {
  it('is true for an article page Pagefind indexes', () => {
    expect(isIndexedPage('<main><article data-pagefind-body>x</article></main>')).toBe(true);
  });

  it('is false for a stand-in or a page of chrome alone', () => {
    expect(
      isIndexedPage('<main lang="en-US"><article class="article-body">x</article></main>'),
    ).toBe(false);
    expect(isIndexedPage('<body><nav>…</nav></body>')).toBe(false);
  });
});
