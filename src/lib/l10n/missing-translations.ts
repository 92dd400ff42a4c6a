import type { Locale } from '../../i18n/locales.ts';

/** A locale's page for an article that has no translation in that locale. */
export interface MissingTranslation {
  locale: Locale;
  slug: string;
  /** The locale whose article the page shows instead. */
  contentLocale: Locale;
}

/**
 * Every locale × slug with a source article but no translation, in locale-list order:
 * `getMissingTranslations(Map { 'a' => ['en-US', 'fr-FR'] }, ['en-US', 'fr-FR', 'ja-JP'], 'en-US')`
 * → `[{ locale: 'ja-JP', slug: 'a', contentLocale: 'en-US' }]`.
 */
export function getMissingTranslations(
  localesBySlug: ReadonlyMap<string, readonly Locale[]>,
  locales: readonly Locale[],
  sourceLocale: Locale,
): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  for (const [slug, present] of localesBySlug) {
    // A translation without its source is a content error reported by the content check, not a page to build.
    if (!present.includes(sourceLocale)) continue;
    for (const locale of locales.filter((l) => !present.includes(l)))
      missing.push({ locale, slug, contentLocale: sourceLocale });
  }
  return missing;
}
