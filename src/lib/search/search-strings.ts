import type { Locale } from '../../i18n/locales.ts';
import { languageNameIn } from '../../i18n/locale-helpers.ts';
import { createTranslator } from '../../i18n/ui.ts';
import type { PluralMessages } from './plural-message.ts';

/** The UI strings the search island needs, in one locale, computed at build time so no dictionary ships as JS. */
export interface SearchStrings {
  loading: string;
  loadError: string;
  count: PluralMessages;
  noResults: string;
  fallbackNotice: string;
  sectionsLabel: string;
  clear: string;
  more: string;
  filterAll: string;
  filters: Record<string, string>;
}

/** Pagefind filters the island offers, in display order, when they have more than one value. */
export const searchFilterNames = ['service', 'audience'] as const;

/** The search island's strings for `locale`, with language names already filled in: `searchStrings('fr-FR').fallbackNotice` → `'Aucun résultat en français. Voici les résultats en anglais :'`. */
export function searchStrings(locale: Locale, sourceLocale: Locale): SearchStrings {
  const t = createTranslator(locale);
  return {
    loading: t('search.loading'),
    loadError: t('search.loadError'),
    count: {
      zero: t('search.count.zero'),
      one: t('search.count.one'),
      two: t('search.count.two'),
      few: t('search.count.few'),
      many: t('search.count.many'),
      other: t('search.count.other'),
    },
    noResults: t('search.noResults'),
    fallbackNotice: t('search.fallbackNotice', { language: languageNameIn(locale, locale), sourceLanguage: languageNameIn(sourceLocale, locale) }),
    sectionsLabel: t('search.sectionsLabel'),
    clear: t('search.clear'),
    more: t('search.more'),
    filterAll: t('search.filterAll'),
    filters: { service: t('search.filterService'), audience: t('search.filterAudience') },
  };
}
