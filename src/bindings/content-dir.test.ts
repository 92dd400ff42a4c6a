import { describe, expect, it } from 'vitest';
import { buildCacheDir, contentCacheDir, getContentDir } from './content-dir.ts';

describe('getContentDir', () => {
  it('is content/ unless POLYHELP_CONTENT_DIR names another folder, spelled one way', () => {
    expect(getContentDir({})).toBe('content');
    expect(getContentDir({ POLYHELP_CONTENT_DIR: '' })).toBe('content');
    expect(getContentDir({ POLYHELP_CONTENT_DIR: './e2e/fixtures/site/content/' })).toBe(
      'e2e/fixtures/site/content',
    );
  });
});

describe('contentCacheDir', () => {
  it('gives every content folder but the default its own cache folder', () => {
    expect(contentCacheDir('content')).toBeUndefined();
    expect(contentCacheDir('e2e/fixtures/a/content')).toBe(
      './node_modules/.astro-content/e2e-fixtures-a-content',
    );
    expect(contentCacheDir('../elsewhere/content')).toBe(
      './node_modules/.astro-content/elsewhere-content',
    );
    expect(contentCacheDir('e2e/fixtures/a/content')).not.toBe(
      contentCacheDir('e2e/fixtures/b/content'),
    );
  });
});

describe('buildCacheDir', () => {
  it('is the cache folder astro build uses, absolute', () => {
    expect(buildCacheDir('content', '/p')).toBe('/p/node_modules/.astro');
    expect(buildCacheDir('e2e/fixtures/a/content', '/p')).toBe(
      '/p/node_modules/.astro-content/e2e-fixtures-a-content',
    );
  });
});
