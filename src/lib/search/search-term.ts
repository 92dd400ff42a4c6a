import { stripElisions, toIndexedElisions } from './elisions.ts';
import { isUnspacedLanguage, splitUnspaced } from './unspaced-scripts.ts';

/**
 * The words Pagefind is asked for when a reader of `lang` types `query`: what the search box searches, and what
 * the search-quality bench measures. French and Italian elisions come off (qu-elisions are glued, as the index holds them); in a language written without spaces
 * each character of those scripts is a word, as the index holds them (`toIndexedHtml`).
 * `toSearchTerm("message d'erreur", 'fr-FR')` → `'message erreur'`; `toSearchTerm('购买域名', 'zh-CN')` → `'购 买 域 名'`.
 */
export function toSearchTerm(query: string, lang: string): string {
  const term = toIndexedElisions(stripElisions(query, lang), lang);
  return isUnspacedLanguage(lang) ? splitUnspaced(term, ' ') : term;
}

/**
 * The words a result page highlights for `query`: the reader's own words (elisions off), not the characters the
 * index was asked for, so a Chinese or Japanese query is marked as the phrase typed.
 * `toHighlightWords("message d'erreur", 'fr-FR')` → `['message', 'erreur']`; `toHighlightWords('购买域名', 'zh-CN')` → `['购买域名']`.
 */
export function toHighlightWords(query: string, lang: string): string[] {
  return stripElisions(query, lang)
    .split(/\s+/)
    .filter((word) => word !== '');
}
