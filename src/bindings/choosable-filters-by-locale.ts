import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { entryIdToRef } from '../lib/content/article-catalog.ts';
import { choosableFilters } from '../lib/search/search-filters.ts';

const cache = new Map<Locale, Promise<ReturnType<typeof choosableFilters>>>();

/** The search filters worth offering in a locale; worked out once per locale per build, not once per page. */
export function getChoosableFilters(locale: Locale): Promise<ReturnType<typeof choosableFilters>> {
  let filters = cache.get(locale);
  if (!filters) {
    filters = getCollection('articles').then((entries) =>
      choosableFilters(
        entries
          .filter((entry) => entryIdToRef(entry.id).locale === locale)
          .map((entry) => entry.data),
      ),
    );
    cache.set(locale, filters);
  }
  return filters;
}
