import { hasHighlightParam, highlightParam } from '../../lib/search/search-highlight.ts';

/*
 * The only search code a page loads up front: a few listeners. The first focus on the header search clones the
 * search panel's <template> into the page; its script tag then loads the search UI (Pagefind's Component UI).
 * Focus alone only loads it, so a keyboard reader tabbing past the box is not pulled into a dialog; typing,
 * a click, Enter, `/` outside a text field or Ctrl/Cmd+K opens it in place with what the reader has typed.
 * A page reached from a result carries the searched words in the URL: only then is Pagefind's highlighter loaded.
 */

const form = document.querySelector<HTMLFormElement>('form.site-search');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const template = form?.querySelector<HTMLTemplateElement>('template.search-panel-template');

/** Puts the search panel in the page, once: its script tag loads the UI, which opens the dialog if asked to by then. */
function loadSearch(): void {
  if (!template?.isConnected) return;
  document.body.append(document.importNode(template.content, true));
  template.remove();
}

function openSearch(): void {
  if (!form) return;
  // Read by the UI when it finishes loading; once loaded, it opens on the form's submit event (a synthetic one submits nothing).
  form.dataset.searchOpen = 'now';
  if (template?.isConnected) loadSearch();
  else form.dispatchEvent(new Event('submit', { cancelable: true }));
}

/** `/` outside a text field, or Ctrl+K / Cmd+K anywhere. */
function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey)
    return true;
  const target = event.target instanceof Element ? event.target : null;
  const typing = target?.closest(
    'input, textarea, select, [contenteditable=""], [contenteditable="true"]',
  );
  return event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
}

input?.addEventListener('focus', loadSearch);
input?.addEventListener('pointerdown', openSearch);
input?.addEventListener('input', openSearch);
document.addEventListener('keydown', (event) => {
  if (!isSearchShortcut(event) || document.querySelector('dialog[open]')) return;
  event.preventDefault();
  openSearch();
});

if (hasHighlightParam(location.search)) {
  // A variable URL: the highlighter is served by Pagefind, not bundled.
  const highlighter = '/pagefind/pagefind-highlight.js';
  import(/* @vite-ignore */ highlighter)
    .then(({ default: PagefindHighlight }) => {
      // Our stylesheet styles the marks; Pagefind's default would add an inline <style>, which the CSP forbids.
      new PagefindHighlight({
        highlightParam,
        addStyles: false,
        // Pagefind keeps its default exclusions (`[data-pagefind-ignore]`); a typed ' also matches the page's ’.
        markOptions: { className: 'search-highlight', ignorePunctuation: [..."'’"] },
      });
    })
    .catch((error: unknown) => console.warn('Search highlighting could not be loaded', error));
}
