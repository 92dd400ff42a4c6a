import type { Locale } from '../../i18n/locales.ts';
import { languageNameIn } from '../../i18n/locale-helpers.ts';
import { createTranslator } from '../../i18n/ui.ts';

/** Pagefind Component UI translation keys (Pagefind 1.5 `translations/*.json`) that we word ourselves. */
export type ComponentUiStrings = Record<
  | 'placeholder'
  | 'search_label'
  | 'clear_search'
  | 'zero_results'
  | 'one_result'
  | 'many_results'
  | 'searching'
  | 'error_search'
  | 'results_label'
  | 'input_hint',
  string
>;

/** Our `{name}` placeholders as Component UI's `[NAME]` ones: `'{count} results for “{query}”'` → `'[COUNT] results for “[SEARCH_TERM]”'`. */
function toComponentUiPlaceholders(text: string): string {
  return text.replace(/\{query\}/g, '[SEARCH_TERM]').replace(/\{count\}/g, '[COUNT]');
}

/**
 * The Component UI strings of a locale, from our dictionary: Pagefind's built-in ones cover the keyboard
 * hints well, but word results and errors differently from the rest of the site (and Arabic counts badly),
 * so every string a reader reads or hears about results is ours. Computed at build time, shipped as a data attribute.
 * `componentUiStrings('fr-FR').one_result` → `'Un résultat pour « [SEARCH_TERM] »'`.
 */
export function componentUiStrings(locale: Locale): ComponentUiStrings {
  const t = createTranslator(locale);
  return {
    placeholder: t('search.placeholder'),
    search_label: t('search.label'),
    clear_search: t('search.clear'),
    zero_results: toComponentUiPlaceholders(t('search.noResults')),
    one_result: toComponentUiPlaceholders(t('search.count.one')),
    many_results: toComponentUiPlaceholders(t('search.count.other')),
    searching: t('search.loading'),
    error_search: t('search.loadError'),
    results_label: t('search.resultsLabel'),
    input_hint: t('search.inputHint'),
  };
}

/** The label of the source-language results: `fallbackLabel('fr-FR', 'en-US')` → `'Aucun résultat en français. Voici les résultats en anglais :'`. */
export function fallbackLabel(locale: Locale, sourceLocale: Locale): string {
  return createTranslator(locale)('search.fallbackNotice', {
    language: languageNameIn(locale, locale),
    sourceLanguage: languageNameIn(sourceLocale, locale),
  });
}
