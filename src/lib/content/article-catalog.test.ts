import { describe, expect, it } from 'vitest';
import { contentPathToRef, ensureContentDir, refToContentPath } from './article-catalog.ts';

describe('ensureContentDir', () => {
  it('spells a content folder one way whatever dots and slashes it was written with', () => {
    for (const written of ['content', './content', 'content/', './content/', 'content//', 'content\\']) expect(ensureContentDir(written)).toBe('content');
    expect(ensureContentDir('/tmp/x/./site/../content/')).toBe('/tmp/x/content');
    expect(ensureContentDir('/')).toBe('/');
  });
});

describe('refToContentPath', () => {
  it('puts an article at <content>/<locale>/<slug>.mdx', () => {
    expect(refToContentPath({ locale: 'fr-FR', slug: 'troubleshoot-sspr' })).toBe('content/fr-FR/troubleshoot-sspr.mdx');
  });

  it('gives the same path for ./content/ as for content', () => {
    expect(refToContentPath({ locale: 'en-US', slug: 'a' }, './content/')).toBe(refToContentPath({ locale: 'en-US', slug: 'a' }, 'content'));
  });
});

describe('contentPathToRef', () => {
  it('reads the locale and slug back from a content path', () => {
    expect(contentPathToRef('content/fr-FR/troubleshoot-sspr.mdx')).toEqual({ locale: 'fr-FR', slug: 'troubleshoot-sspr' });
    expect(contentPathToRef('C:\\site\\content\\ja-JP\\a.mdx')).toEqual({ locale: 'ja-JP', slug: 'a' });
  });

  it('round-trips refToContentPath', () => {
    const ref = { locale: 'ar-SA', slug: 'reset-password' } as const;
    expect(contentPathToRef(refToContentPath(ref, '/tmp/out/'))).toEqual(ref);
  });

  it('finds no article in a file outside a shipped locale folder or not .mdx', () => {
    expect(contentPathToRef('content/fr-fr/a.mdx')).toBeUndefined();
    expect(contentPathToRef('content/xx-XX/a.mdx')).toBeUndefined();
    expect(contentPathToRef('content/fr-FR/a.md')).toBeUndefined();
    expect(contentPathToRef('a.mdx')).toBeUndefined();
  });
});
