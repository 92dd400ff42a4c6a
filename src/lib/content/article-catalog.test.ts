import { describe, expect, it } from 'vitest';
import {
  contentPathToLocale,
  contentPathToRef,
  ensureArticleSlug,
  ensureContentDir,
  entryIdToRef,
  isArticleSlug,
  refToContentPath,
  refToEntryId,
  refToSitePath,
  sitePathInLocale,
  sitePathToLocale,
  sitePathToRef,
  splitContentPath,
} from './article-catalog.ts';

const nested = { locale: 'fr-FR', slug: 'commercial-dialogues/x' } as const;

describe('ensureContentDir', () => {
  it('spells a content folder one way whatever dots and slashes it was written with', () => {
    for (const written of ['content', './content', 'content/', './content/', 'content//', 'content\\']) expect(ensureContentDir(written)).toBe('content');
    expect(ensureContentDir('/tmp/x/./site/../content/')).toBe('/tmp/x/content');
    expect(ensureContentDir('/')).toBe('/');
  });
});

describe('article slugs', () => {
  it('accepts URL-safe segments joined by slashes, nothing else', () => {
    expect(isArticleSlug('troubleshoot-sspr')).toBe(true);
    expect(isArticleSlug('commercial-dialogues/x')).toBe(true);
    for (const bad of ['Reset', 'a_b', 'a--b', '-a', 'a/', '/a', 'a//b', '']) expect(isArticleSlug(bad), bad).toBe(false);
  });

  it('suggests the URL-safe spelling of each segment', () => {
    expect(ensureArticleSlug('Commercial Dialogues/Reset_MFA')).toBe('commercial-dialogues/reset-mfa');
  });
});

describe('entry ids', () => {
  it('reads and writes <locale>/<slug>, nested slugs included', () => {
    expect(entryIdToRef('fr-FR/troubleshoot-sspr')).toEqual({ locale: 'fr-FR', slug: 'troubleshoot-sspr' });
    expect(entryIdToRef(refToEntryId(nested))).toEqual(nested);
  });

  it('refuses an id without a shipped locale or a slug', () => {
    expect(() => entryIdToRef('fr-fr/a')).toThrow('Unexpected article id "fr-fr/a"');
    expect(() => entryIdToRef('fr-FR')).toThrow('expected <locale>/<slug>');
  });
});

describe('site paths', () => {
  it('puts an article at /<lower-case locale>/<slug>/ and reads it back', () => {
    expect(refToSitePath(nested)).toBe('/fr-fr/commercial-dialogues/x/');
    expect(sitePathToRef('/fr-fr/commercial-dialogues/x/')).toEqual(nested);
    expect(sitePathToRef('/fr-fr/x/')).toEqual({ locale: 'fr-FR', slug: 'x' });
  });

  it('finds no article in a path that is not shaped like an article page', () => {
    for (const path of ['/fr-fr/', '/', '/404.html', '/xx-xx/a/', '/fr-fr/a', '/fr-fr/a.html', '/_astro/a.js']) expect(sitePathToRef(path), path).toBeUndefined();
  });

  it('reads the locale of any path in a locale, in any case', () => {
    expect(sitePathToLocale('/ja-jp/')).toBe('ja-JP');
    expect(sitePathToLocale('/JA-JP/a/#b')).toBe('ja-JP');
    expect(sitePathToLocale('/fr-fr')).toBe('fr-FR');
    expect(sitePathToLocale('/404.html')).toBeUndefined();
    expect(sitePathToLocale('/fr-frx/')).toBeUndefined();
  });

  it('moves a path to another locale, keeping its query and fragment', () => {
    expect(sitePathInLocale('/en-us/a/b/?q=x#c', 'ja-JP')).toBe('/ja-jp/a/b/?q=x#c');
    expect(sitePathInLocale('/en-us/', 'de-DE')).toBe('/de-de/');
    expect(sitePathInLocale('/en-us', 'de-DE')).toBe('/de-de/');
    expect(sitePathInLocale('/media/a.png', 'de-DE')).toBe('/media/a.png');
  });
});

describe('refToContentPath', () => {
  it('puts an article at <content>/<locale>/<slug>.mdx', () => {
    expect(refToContentPath({ locale: 'fr-FR', slug: 'troubleshoot-sspr' })).toBe('content/fr-FR/troubleshoot-sspr.mdx');
    expect(refToContentPath(nested)).toBe('content/fr-FR/commercial-dialogues/x.mdx');
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

  it('works in a content folder of any name, and for nested slugs', () => {
    expect(contentPathToRef('/x/articles/es-ES/a.mdx')).toEqual({ locale: 'es-ES', slug: 'a' });
    expect(contentPathToRef('content/fr-FR/commercial-dialogues/x.mdx')).toEqual(nested);
  });

  it('round-trips refToContentPath', () => {
    const ref = { locale: 'ar-SA', slug: 'reset-password' } as const;
    expect(contentPathToRef(refToContentPath(ref, '/tmp/out/'))).toEqual(ref);
    expect(contentPathToRef(refToContentPath(nested, '/tmp/en-US/out'))).toEqual(nested);
  });

  it('finds no article in a file outside a shipped locale folder, not .mdx, or in the media folder', () => {
    expect(contentPathToRef('content/fr-fr/a.mdx')).toBeUndefined();
    expect(contentPathToRef('content/xx-XX/a.mdx')).toBeUndefined();
    expect(contentPathToRef('content/fr-FR/a.md')).toBeUndefined();
    expect(contentPathToRef('content/fr-FR/media/a.mdx')).toBeUndefined();
    expect(contentPathToRef('a.mdx')).toBeUndefined();
  });
});

describe('contentPathToLocale', () => {
  it('reads the locale folder of any file, in a content folder of any name', () => {
    expect(contentPathToLocale('/x/articles/de-DE/a.md')).toBe('de-DE');
    expect(contentPathToLocale('/work/content/fr-FR/guides/a.mdx')).toBe('fr-FR');
    expect(contentPathToLocale('/repo/src/pages/a.mdx')).toBeUndefined();
    expect(contentPathToLocale('content/fr-FR')).toBeUndefined();
  });
});

describe('splitContentPath', () => {
  it('splits a path below the content folder into its first folder and the rest', () => {
    expect(splitContentPath('content/fr/a/b.md')).toEqual({ folder: 'fr', name: 'a/b.md' });
    expect(splitContentPath('site/content/fr-FR/a.mdx', './site/content/')).toEqual({ folder: 'fr-FR', name: 'a.mdx' });
  });

  it('has nothing to split outside the folder or directly in it', () => {
    expect(splitContentPath('other/fr-FR/a.mdx')).toBeUndefined();
    expect(splitContentPath('content/a.mdx')).toBeUndefined();
  });
});
