import { locales, type Locale } from '../i18n/locales.ts';
import { isLocale } from '../i18n/locale-helpers.ts';

/** Where an article lives: its locale and its slug, shared by all its translations. */
export interface ArticleRef {
  locale: Locale;
  slug: string;
}

/** Splits a collection entry id: `entryIdToRef('fr-FR/troubleshoot-sspr')` → `{ locale: 'fr-FR', slug: 'troubleshoot-sspr' }`. */
export function entryIdToRef(id: string): ArticleRef {
  const [locale, slug] = id.split('/');
  if (!isLocale(locale) || !slug) throw new Error(`Unexpected article id "${id}": expected <locale>/<slug> with a shipped locale`);
  return { locale, slug };
}

/**
 * For each slug, the locales it exists in, in the order of the locale list:
 * `localesBySlug(['fr-FR/a', 'en-US/a'])` → `Map { 'a' => ['en-US', 'fr-FR'] }`.
 */
export function localesBySlug(ids: readonly string[]): Map<string, Locale[]> {
  const bySlug = new Map<string, Locale[]>();
  for (const { locale, slug } of ids.map(entryIdToRef)) bySlug.set(slug, [...(bySlug.get(slug) ?? []), locale]);
  for (const list of bySlug.values()) list.sort((a, b) => locales.indexOf(a) - locales.indexOf(b));
  return bySlug;
}
