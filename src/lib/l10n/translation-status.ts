import type { Locale } from '../../i18n/locales.ts';
import { localesBySlug } from '../content/article-catalog.ts';
import { getMissingTranslations } from './missing-translations.ts';

/**
 * How a translation relates to its source article. Only a hash we computed proves anything:
 * `up-to-date` and `outdated` are proved, `unverified` means the translation carries only a hash from
 * another system (an imported `ms.openlocfilehash`), `no-hash` none at all, `no-source` that the
 * source article is absent, `missing` that the locale has no translation.
 */
export type TranslationState =
  'up-to-date' | 'outdated' | 'unverified' | 'missing' | 'no-hash' | 'no-source';

/** The state of one locale's version of one article. */
export interface TranslationStatus {
  locale: Locale;
  slug: string;
  state: TranslationState;
  /** The hash of the source body now; empty when there is no source. */
  sourceHash: string;
  /** The source hash the translation recorded (`polyhelp.sourcehash`, else `ms.openlocfilehash`), if any. */
  recordedHash?: string;
}

/** What a translation recorded about the source it matches. */
export interface RecordedHashes {
  /** `polyhelp.sourcehash`: the SHA-256 of the source body, written by the importer or `l10n:stamp`. */
  sourceHash?: string;
  /** `ms.openlocfilehash`: the source localization system's hash; proof only when it equals ours. */
  localizationHash?: string;
}

/** An article as the status needs it: where it is and, for the source, the hash of its body. */
export interface HashedArticle extends RecordedHashes {
  locale: Locale;
  slug: string;
  /** For the source locale: the hash of its body. */
  hash?: string;
}

/**
 * The state of a translation given the source hash now and what it recorded:
 * `translationState('abc', { sourceHash: 'abc' })` → `'up-to-date'`, `{ sourceHash: 'old' }` → `'outdated'`,
 * `{ localizationHash: 'f00…' }` → `'unverified'` (a hash not ours cannot say the source changed).
 */
export function translationState(
  sourceHash: string,
  recorded: RecordedHashes,
): 'up-to-date' | 'outdated' | 'unverified' | 'no-hash' {
  if (recorded.sourceHash) return recorded.sourceHash === sourceHash ? 'up-to-date' : 'outdated';
  // Equal to the SHA-256 of this very body: whoever wrote it hashed this source (an older l10n:stamp did).
  if (recorded.localizationHash === sourceHash) return 'up-to-date';
  return recorded.localizationHash ? 'unverified' : 'no-hash';
}

/**
 * The status of every non-source locale for every source article, and of every translation whose source is
 * absent (`no-source`), ordered by locale then slug.
 */
export function getTranslationStatuses(
  articles: readonly HashedArticle[],
  locales: readonly Locale[],
  sourceLocale: Locale,
): TranslationStatus[] {
  const sourceHashes = new Map(
    articles.filter((a) => a.locale === sourceLocale).map((a) => [a.slug, a.hash ?? '']),
  );
  const statuses: TranslationStatus[] = [];
  for (const article of articles) {
    if (article.locale === sourceLocale) continue;
    const recordedHash = article.sourceHash ?? article.localizationHash;
    const sourceHash = sourceHashes.get(article.slug);
    if (sourceHash === undefined) {
      statuses.push({
        locale: article.locale,
        slug: article.slug,
        state: 'no-source',
        sourceHash: '',
        recordedHash,
      });
      continue;
    }
    statuses.push({
      locale: article.locale,
      slug: article.slug,
      state: translationState(sourceHash, article),
      sourceHash,
      recordedHash,
    });
  }
  for (const { locale, slug } of getMissingTranslations(
    localesBySlug(articles),
    locales,
    sourceLocale,
  )) {
    statuses.push({ locale, slug, state: 'missing', sourceHash: sourceHashes.get(slug) ?? '' });
  }
  return statuses.sort(
    (a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale) || a.slug.localeCompare(b.slug),
  );
}
