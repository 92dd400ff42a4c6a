import { describe, expect, it } from 'vitest';
import { dateToIso, formatDate } from './format-date.ts';
import { locales } from './locales.ts';
import {
  compareLanguageNames,
  isLocale,
  languageName,
  languageNameIn,
  localeToDir,
  localeToLang,
  localizedPath,
  pathSegmentToLocale,
} from './locale-helpers.ts';
import { negotiateLocale } from './negotiate-locale.ts';

describe('locale helpers', () => {
  it('recognizes shipped locales only as written in content folders', () => {
    expect(isLocale('fr-FR')).toBe(true);
    expect(isLocale('fr-fr')).toBe(false);
    expect(isLocale('sr-latn-rs')).toBe(false);
    expect(isLocale('pt-AO')).toBe(false);
  });

  it('builds lower-case URLs with a trailing slash', () => {
    expect(localizedPath('fr-FR', 'troubleshoot-sspr')).toBe('/fr-fr/troubleshoot-sspr/');
    expect(localizedPath('ar-SA')).toBe('/ar-sa/');
    expect(localizedPath('sr-Latn-RS', 'a')).toBe('/sr-latn-rs/a/');
  });

  it('maps a URL segment back to its locale', () => {
    expect(pathSegmentToLocale('ja-jp')).toBe('ja-JP');
    expect(pathSegmentToLocale('sr-latn-rs')).toBe('sr-Latn-RS');
    expect(pathSegmentToLocale('zh-tw')).toBe('zh-TW');
    expect(pathSegmentToLocale('xx-yy')).toBeUndefined();
  });

  it('takes text direction from the platform: Arabic and Hebrew right to left, the 35 others left to right', () => {
    expect(locales.filter((locale) => localeToDir(locale) === 'rtl')).toEqual(['ar-SA', 'he-IL']);
  });

  it('gives <html lang> the locale code itself, script subtag included', () => {
    expect(locales.map(localeToLang)).toEqual([...locales]);
    expect(localeToLang('sr-Latn-RS')).toBe('sr-Latn-RS');
  });

  it('names each language in itself, and in another language for sentences', () => {
    expect(languageName('de-DE')).toBe('Deutsch');
    expect(languageName('ja-JP')).toBe('日本語');
    expect(languageName('he-IL')).toBe('עברית');
    expect(languageName('nb-NO')).toBe('Norsk bokmål');
    expect(languageNameIn('en-US', 'fr-FR')).toBe('anglais');
  });

  it('tells apart two locales of one language: Chinese by script, Portuguese by region', () => {
    expect(languageName('zh-CN')).toBe('中文（简体）');
    expect(languageName('zh-TW')).toBe('中文（繁體）');
    expect(languageName('pt-BR')).toBe('Português (Brasil)');
    expect(languageName('pt-PT')).toBe('Português (Portugal)');
  });

  it('names Serbian in the Latin script its locale is written in', () => {
    expect(languageName('sr-Latn-RS')).toBe('Srpski');
    expect(languageName('sr-Latn-RS')).toMatch(/^\p{Script=Latin}+$/u);
  });

  it('gives every locale a distinct name, none of them the bare code', () => {
    const names = locales.map(languageName);
    expect(new Set(names).size).toBe(locales.length);
    expect(names.filter((name, i) => name === locales[i])).toEqual([]);
  });

  it('orders locales by their own names, Latin script first and Han last, as the Unicode root collation does', () => {
    const ordered = [...locales].sort(compareLanguageNames);
    expect(ordered.slice(0, 3)).toEqual(['cs-CZ', 'da-DK', 'de-DE']);
    expect(ordered.indexOf('en-US')).toBeLessThan(ordered.indexOf('el-GR'));
    expect(ordered.indexOf('ru-RU')).toBeLessThan(ordered.indexOf('he-IL'));
    expect(ordered.indexOf('he-IL')).toBeLessThan(ordered.indexOf('ar-SA'));
    expect(ordered.slice(-3).sort()).toEqual(['ja-JP', 'zh-CN', 'zh-TW']);
    expect(ordered).toHaveLength(locales.length);
  });
});

describe('dates', () => {
  it('formats a calendar day for the reader, whatever the build machine time zone', () => {
    const date = new Date(Date.UTC(2021, 2, 4));
    expect(formatDate(date, 'fr-FR')).toBe('4 mars 2021');
    expect(formatDate(date, 'en-US')).toBe('March 4, 2021');
    expect(formatDate(date, 'ja-JP')).toBe('2021年3月4日');
    expect(formatDate(date, 'sr-Latn-RS')).toBe('4. mart 2021.');
    expect(formatDate(date, 'he-IL')).toBe('4 במרץ 2021');
    expect(formatDate(date, 'zh-TW')).toBe('2021年3月4日');
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
    expect(negotiateLocale(['not a tag', 'ms-MY'])).toBe('en-US');
    expect(negotiateLocale([])).toBe('en-US');
  });
});
