import type { Locale } from '../../i18n/locales.ts';
import { localizedPath } from '../../i18n/locale-helpers.ts';

/** The query-string key of the search page; the header form's input carries this name. */
export const queryParam = 'q';

/** The search page of a locale: `searchPagePath('fr-FR')` → `'/fr-fr/search/'`. */
export function searchPagePath(locale: Locale): string {
  return `${localizedPath(locale)}search/`;
}

/** The trimmed query of a search-page URL's `search` part: `queryFromSearch('?q=%20erreur')` → `'erreur'`. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get(queryParam) ?? '').trim();
}

/** The Pagefind index language of a locale (Pagefind lower-cases `<html lang>`): `'ja-JP'` → `'ja-jp'`. */
export function localeToIndexLanguage(locale: Locale): string {
  return locale.toLowerCase();
}
