import type { Locale } from '../../i18n/locales.ts';
import { localesBySlug } from '../content/article-catalog.ts';
import { getMissingTranslations } from './missing-translations.ts';

/** How a translation relates to its source article. */
export type TranslationState = 'up-to-date' | 'outdated' | 'missing' | 'no-hash';

/** The state of one locale's version of one article. */
export interface TranslationStatus {
  locale: Locale;
  slug: string;
  state: TranslationState;
  /** The hash of the source body now. */
  sourceHash: string;
  /** What the translation recorded in `ms.openlocfilehash`, if it exists and recorded one. */
  recordedHash?: string;
}

/** An article as the status needs it: where it is and, for translations, the hash it recorded. */
export interface HashedArticle {
  locale: Locale;
  slug: string;
  /** For the source locale: the hash of its body. For a translation: its `ms.openlocfilehash`. */
  hash?: string;
}

/**
 * The state of a translation given the source hash now and the hash it recorded:
 * `translationState('abc', 'abc')` → `'up-to-date'`, `translationState('abc', 'old')` → `'outdated'`.
 */
export function translationState(sourceHash: string, recordedHash: string | undefined): Exclude<TranslationState, 'missing'> {
  if (!recordedHash) return 'no-hash';
  return recordedHash === sourceHash ? 'up-to-date' : 'outdated';
}

/**
 * The status of every non-source locale for every source article, ordered by locale then slug.
 * Translations without a source are left to the content check.
 */
export function getTranslationStatuses(articles: readonly HashedArticle[], locales: readonly Locale[], sourceLocale: Locale): TranslationStatus[] {
  const sourceHashes = new Map(articles.filter((a) => a.locale === sourceLocale).map((a) => [a.slug, a.hash ?? '']));
  const statuses: TranslationStatus[] = [];
  for (const article of articles) {
    const sourceHash = sourceHashes.get(article.slug);
    if (article.locale === sourceLocale || sourceHash === undefined) continue;
    statuses.push({ locale: article.locale, slug: article.slug, state: translationState(sourceHash, article.hash), sourceHash, recordedHash: article.hash });
  }
  for (const { locale, slug } of getMissingTranslations(localesBySlug(articles), locales, sourceLocale)) {
    statuses.push({ locale, slug, state: 'missing', sourceHash: sourceHashes.get(slug) ?? '' });
  }
  return statuses.sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale) || a.slug.localeCompare(b.slug));
}
