/**
 * The query parameter that carries the searched words to the result page (Pagefind's `highlightParam`), where
 * `pagefind-highlight.js` marks them: `/fr-fr/a/?pagefind-highlight=erreur#error-message`.
 */
export const highlightParam = 'pagefind-highlight';

/** True when a page URL's `search` part asks for highlighting: `hasHighlightParam('?pagefind-highlight=erreur')` → `true`. */
export function hasHighlightParam(search: string): boolean {
  return new URLSearchParams(search).getAll(highlightParam).some((word) => word.trim() !== '');
}
