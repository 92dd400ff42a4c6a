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

// Every page asks these of the same few dozen locales: building Intl objects each time was seconds of a 7,000-page
// build's CPU (`node --cpu-prof`), so each answer is worked out once.
const langs = new Map<string, string>();
const dirs = new Map<string, 'ltr' | 'rtl'>();
const namesIn = new Map<string, string>();

function remember<T>(answers: Map<string, T>, key: string, work: () => T): T {
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = work()));
  return answer;
}

/** The value for `<html lang>`: the BCP 47 code itself, e.g. `'ja-JP'`. */
export function localeToLang(locale: Locale): string {
  return remember(langs, locale, () => new Intl.Locale(locale).toString());
}

/** The shipped locale a `lang` attribute names, matched case-insensitively, or undefined: `langToLocale('fr-fr')` → `'fr-FR'`. */
export function langToLocale(lang: string): Locale | undefined {
  return locales.find((locale) => localeToLang(locale).toLowerCase() === lang.toLowerCase());
}

/** Writing direction from the platform's locale data: `localeToDir('ar-SA')` → `'rtl'`. */
export function localeToDir(locale: Locale): 'ltr' | 'rtl' {
  return remember(dirs, locale, () => textDirection(locale));
}

function textDirection(locale: Locale): 'ltr' | 'rtl' {
  const info = new Intl.Locale(locale) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  return direction === 'rtl' ? 'rtl' : 'ltr';
}

/** Names already worked out: every page's language switcher asks for the same few dozen. */
const languageNames = new Map<Locale, string>();

/**
 * A language's name in that language, told apart from the other shipped locales of the same language:
 * by script where they write it differently, else by region. `languageName('de-DE')` → `'Deutsch'`,
 * `languageName('zh-TW')` → `'中文（繁體）'`, `languageName('pt-BR')` → `'Português (Brasil)'`.
 */
export function languageName(locale: Locale): string {
  const known = languageNames.get(locale);
  if (known) return known;
  const { language, script } = new Intl.Locale(locale).maximize();
  const sameLanguage = locales.filter(
    (other) => other !== locale && new Intl.Locale(other).language === language,
  );
  const scriptTellsApart =
    sameLanguage.length > 0 &&
    sameLanguage.every((other) => new Intl.Locale(other).maximize().script !== script);
  const code =
    sameLanguage.length === 0 ? language : scriptTellsApart ? `${language}-${script}` : locale;
  const name =
    new Intl.DisplayNames([locale], { type: 'language', languageDisplay: 'standard' }).of(code) ??
    locale;
  const capitalized = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  languageNames.set(locale, capitalized);
  return capitalized;
}

/** The Unicode root collation: one order for names in every script, none of them favoured. */
const rootCollator = new Intl.Collator('und');

/**
 * Orders locales by their own language names, as one list readers of any language can scan: Latin script
 * first, then Greek, Cyrillic, Hebrew, Arabic, Thai, Hangul, Han. A comparator for `sort`:
 * `['ja-JP', 'de-DE', 'ar-SA'].sort(compareLanguageNames)` → `['de-DE', 'ar-SA', 'ja-JP']`.
 */
export function compareLanguageNames(a: Locale, b: Locale): number {
  return rootCollator.compare(languageName(a), languageName(b));
}

/** A language's name in another language, for sentences: `languageNameIn('en-US', 'fr-FR')` → `'anglais'`. */
export function languageNameIn(locale: Locale, inLocale: Locale): string {
  return remember(
    namesIn,
    `${locale} ${inLocale}`,
    () =>
      new Intl.DisplayNames([inLocale], { type: 'language' }).of(
        new Intl.Locale(locale).language,
      ) ?? locale,
  );
}
