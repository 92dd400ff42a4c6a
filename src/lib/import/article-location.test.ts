import { describe, expect, it } from 'vitest';
import { fileNameToSlug, locateArticle, resolveLocale } from './article-location.ts';

describe('fileNameToSlug', () => {
  it('makes spaces, upper case, en dashes and zero-width spaces URL-safe', () => {
    expect(fileNameToSlug('Reset Password – Admin\u200b.md')).toBe('reset-password-admin');
  });

  it('drops apostrophes instead of splitting the word', () => {
    expect(fileNameToSlug('Can’t sign in.md')).toBe('cant-sign-in');
  });

  it('drops a locale suffix and accents', () => {
    expect(fileNameToSlug('Réinitialiser.fr-FR.md')).toBe('reinitialiser');
  });

  it('drops a locale suffix with a script subtag', () => {
    expect(fileNameToSlug('Resetovanje.sr-Latn-RS.md')).toBe('resetovanje');
  });
});

describe('resolveLocale', () => {
  it('prefers --locale over ms.contentlocale over the folder', () => {
    expect(
      resolveLocale({ option: 'de-DE', contentLocale: 'fr-FR', fileName: 'a.md', folder: 'es-es' })
        .locale,
    ).toBe('de-DE');
    expect(
      resolveLocale({ contentLocale: 'fr-FR', fileName: 'a.md', folder: 'es-es' }).locale,
    ).toBe('fr-FR');
    expect(resolveLocale({ fileName: 'a.md', folder: 'es-es' }).locale).toBe('es-ES');
  });

  it('reads a locale with a script subtag from a folder or a file name suffix', () => {
    expect(resolveLocale({ fileName: 'a.md', folder: 'sr-latn-rs' })).toEqual({
      locale: 'sr-Latn-RS',
      from: 'the folder name',
    });
    expect(resolveLocale({ fileName: 'a.sr-Latn-RS.md', folder: 'x' })).toEqual({
      locale: 'sr-Latn-RS',
      from: 'the file name',
    });
  });

  it('says which clue named a locale the site does not ship', () => {
    expect(resolveLocale({ contentLocale: 'ca-ES', fileName: 'a.md', folder: 'x' })).toEqual({
      found: 'ca-ES',
      from: 'ms.contentlocale',
    });
  });
});

describe('locateArticle', () => {
  it('reports the name as written when the slug had to change', () => {
    expect(locateArticle('fr-fr/Reset Password.md', {}, undefined)).toEqual({
      locale: 'fr-FR',
      slug: 'reset-password',
      slugChangedFrom: 'Reset Password',
    });
  });

  it('asks for --locale when nothing tells the locale', () => {
    expect(locateArticle('docs/a.md', {}, undefined)).toMatchObject({
      problem: { message: 'cannot tell the locale', fix: 'pass --locale xx-XX' },
    });
  });
});
