import type { Locale } from '../../i18n/locales.ts';
import { localizedPath } from '../../i18n/locale-helpers.ts';
import { localesBySlug, type ArticleRef } from '../content/article-catalog.ts';

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
    for (const locale of locales.filter((l) => !present.includes(l))) missing.push({ locale, slug, contentLocale: sourceLocale });
  }
  return missing;
}

/**
 * The site paths of the stand-in pages for missing translations, which the sitemap leaves out:
 * `missingTranslationPaths([{ locale: 'en-US', slug: 'a' }], ['en-US', 'ja-JP'], 'en-US')` → `Set { '/ja-jp/a/' }`.
 */
export function missingTranslationPaths(articles: readonly ArticleRef[], locales: readonly Locale[], sourceLocale: Locale): Set<string> {
  return new Set(getMissingTranslations(localesBySlug(articles), locales, sourceLocale).map(({ locale, slug }) => localizedPath(locale, slug)));
}

/** An article as a locale's home lists it: its slug, and the locale its page's content is in. */
export interface LocaleArticle {
  slug: string;
  contentLocale: Locale;
}

/**
 * The articles a locale has a page for: its own translations, and for every slug it lacks, the source article
 * its stand-in page shows. `getLocaleArticles(Map { 'a' => ['en-US', 'fr-FR'], 'b' => ['en-US'] }, 'fr-FR', 'en-US')`
 * → `[{ slug: 'a', contentLocale: 'fr-FR' }, { slug: 'b', contentLocale: 'en-US' }]`.
 */
export function getLocaleArticles(localesBySlug: ReadonlyMap<string, readonly Locale[]>, locale: Locale, sourceLocale: Locale): LocaleArticle[] {
  const articles: LocaleArticle[] = [];
  for (const [slug, present] of localesBySlug) {
    if (present.includes(locale)) articles.push({ slug, contentLocale: locale });
    else if (present.includes(sourceLocale)) articles.push({ slug, contentLocale: sourceLocale });
  }
  return articles;
}
