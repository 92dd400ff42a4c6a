import { describe, expect, it } from 'vitest';
import { dateToIso, formatDate } from './format-date.ts';
import {
  isLocale,
  languageName,
  languageNameIn,
  localeToDir,
  localizedPath,
  pathSegmentToLocale,
} from './locale-helpers.ts';
import { negotiateLocale } from './negotiate-locale.ts';

describe('locale helpers', () => {
  it('recognizes shipped locales only as written in content folders', () => {
    expect(isLocale('fr-FR')).toBe(true);
    expect(isLocale('fr-fr')).toBe(false);
    expect(isLocale('pt-BR')).toBe(false);
  });

  it('builds lower-case URLs with a trailing slash', () => {
    expect(localizedPath('fr-FR', 'troubleshoot-sspr')).toBe('/fr-fr/troubleshoot-sspr/');
    expect(localizedPath('ar-SA')).toBe('/ar-sa/');
  });

  it('maps a URL segment back to its locale', () => {
    expect(pathSegmentToLocale('ja-jp')).toBe('ja-JP');
    expect(pathSegmentToLocale('xx-yy')).toBeUndefined();
  });

  it('takes text direction from the platform', () => {
    expect(localeToDir('ar-SA')).toBe('rtl');
    expect(localeToDir('ja-JP')).toBe('ltr');
  });

  it('names each language in itself, and in another language for sentences', () => {
    expect(languageName('de-DE')).toBe('Deutsch');
    expect(languageName('ja-JP')).toBe('日本語');
    expect(languageNameIn('en-US', 'fr-FR')).toBe('anglais');
  });
});

describe('dates', () => {
  it('formats a calendar day for the reader, whatever the build machine time zone', () => {
    const date = new Date(Date.UTC(2021, 2, 4));
    expect(formatDate(date, 'fr-FR')).toBe('4 mars 2021');
    expect(formatDate(date, 'en-US')).toBe('March 4, 2021');
    expect(formatDate(date, 'ja-JP')).toBe('2021年3月4日');
    expect(dateToIso(date)).toBe('2021-03-04');
  });
});

describe('negotiateLocale', () => {
  it('picks an exact match first', () => {
    expect(negotiateLocale(['de-DE', 'fr-FR'])).toBe('de-DE');
  });

  it('falls back to the same language in another region', () => {
    expect(negotiateLocale(['fr-CA'])).toBe('fr-FR');
    expect(negotiateLocale(['es-MX', 'en-US'])).toBe('es-ES');
  });

  it('ignores malformed tags and ends on the source locale', () => {
    expect(negotiateLocale(['not a tag', 'pt-BR'])).toBe('en-US');
    expect(negotiateLocale([])).toBe('en-US');
  });
});
