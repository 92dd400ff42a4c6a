import { locales, type Locale } from './locales.ts';

/** True when `code` is a shipped locale, written exactly as in `locales` (e.g. `fr-FR`). */
export function isLocale(code: string): code is Locale {
  return (locales as readonly string[]).includes(code);
}

/** The URL segment of a locale: `localeToPathSegment('fr-FR')` → `'fr-fr'`. */
export function localeToPathSegment(locale: Locale): string {
  return locale.toLowerCase();
}

/** The locale a URL segment stands for, or undefined: `pathSegmentToLocale('fr-fr')` → `'fr-FR'`. */
export function pathSegmentToLocale(segment: string): Locale | undefined {
  return locales.find((locale) => locale.toLowerCase() === segment.toLowerCase());
}

/** The site path of an article or home page: `localizedPath('fr-FR', 'troubleshoot-sspr')` → `'/fr-fr/troubleshoot-sspr/'`. */
export function localizedPath(locale: Locale, slug?: string): string {
  return slug ? `/${localeToPathSegment(locale)}/${slug}/` : `/${localeToPathSegment(locale)}/`;
}

/** The value for `<html lang>`: the BCP 47 code itself, e.g. `'ja-JP'`. */
export function localeToLang(locale: Locale): string {
  return new Intl.Locale(locale).toString();
}

/** The shipped locale a `lang` attribute names, matched case-insensitively, or undefined: `langToLocale('fr-fr')` → `'fr-FR'`. */
export function langToLocale(lang: string): Locale | undefined {
  return locales.find((locale) => localeToLang(locale).toLowerCase() === lang.toLowerCase());
}

/** Writing direction from the platform's locale data: `localeToDir('ar-SA')` → `'rtl'`. */
export function localeToDir(locale: Locale): 'ltr' | 'rtl' {
  const info = new Intl.Locale(locale) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  return direction === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * A language's name in that language, with the region only when two shipped locales share the language:
 * `languageName('de-DE')` → `'Deutsch'`, `languageName('ja-JP')` → `'日本語'`.
 */
export function languageName(locale: Locale): string {
  const language = new Intl.Locale(locale).language;
  const shared = locales.filter((other) => new Intl.Locale(other).language === language).length > 1;
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(shared ? locale : language) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** A language's name in another language, for sentences: `languageNameIn('en-US', 'fr-FR')` → `'anglais'`. */
export function languageNameIn(locale: Locale, inLocale: Locale): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(new Intl.Locale(locale).language) ?? locale;
}
