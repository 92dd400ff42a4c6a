import { locales, sourceLocale, type Locale } from './locales.ts';

/**
 * The shipped locale that best serves a reader's preferred languages, in order: an exact match,
 * then the same language in another region (`fr-CA` → `fr-FR`), else the source locale.
 * `negotiateLocale(['fr-CA', 'en'])` → `'fr-FR'`.
 */
export function negotiateLocale(preferred: readonly string[], available: readonly Locale[] = locales): Locale {
  for (const tag of preferred) {
    let wanted: Intl.Locale;
    try {
      wanted = new Intl.Locale(tag);
    } catch {
      continue;
    }
    const exact = available.find((locale) => locale.toLowerCase() === wanted.toString().toLowerCase());
    if (exact) return exact;
    const sameLanguage = available.find((locale) => new Intl.Locale(locale).language === wanted.language);
    if (sameLanguage) return sameLanguage;
  }
  return sourceLocale;
}
