import { hasHighlightParam, highlightParam } from '../../lib/search/search-highlight.ts';

/*
 * The only search code a page loads up front: a few listeners. The first focus or click on the header search,
 * `/` outside a text field, or Ctrl/Cmd+K clones the search panel's <template> into the page; its script tag
 * then loads the search UI (Pagefind's Component UI), which opens in place with what the reader has typed.
 * A page reached from a result carries the searched words in the URL: only then is Pagefind's highlighter loaded.
 */

const form = document.querySelector<HTMLFormElement>('form.site-search');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const template = form?.querySelector<HTMLTemplateElement>('template.search-panel-template');

function openSearch(): void {
  if (!form || !template) return;
  if (template.isConnected) {
    // First use: the panel's script tag runs once in the document and opens the dialog itself.
    document.body.append(document.importNode(template.content, true));
    template.remove();
  } else {
    // Once loaded, the UI opens on the form's submit event (a synthetic one submits nothing).
    form.dispatchEvent(new Event('submit', { cancelable: true }));
  }
}

/** `/` outside a text field, or Ctrl+K / Cmd+K anywhere. */
function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) return true;
  const target = event.target instanceof Element ? event.target : null;
  const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  return event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
}

input?.addEventListener('focus', openSearch);
input?.addEventListener('pointerdown', openSearch);
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
        markOptions: { className: 'search-highlight', ignorePunctuation: [...'\'’'] },
      });
    })
    .catch((error: unknown) => console.warn('Search highlighting could not be loaded', error));
}
