import type { Locale } from '../../i18n/locales.ts';

/**
 * True when the reader should be offered source-language results: their language found nothing for a
 * real query and is not already the source language. `shouldOfferFallback('fr-FR', 'en-US', 'xyz', 0)` → `true`.
 */
export function shouldOfferFallback(locale: Locale, sourceLocale: Locale, query: string, resultCount: number): boolean {
  return locale !== sourceLocale && query.trim() !== '' && resultCount === 0;
}
