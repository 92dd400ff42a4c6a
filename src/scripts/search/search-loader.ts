/**
 * `<polyhelp-search>`: the only script the search page loads up front. It holds no search code; the
 * first focus, click, `/`, Ctrl/Cmd+K or a `?q=` in the address imports the island, which loads Pagefind.
 */
class SearchLoader extends HTMLElement {
  #loading: Promise<void> | undefined;

  connectedCallback() {
    const input = this.querySelector('input');
    if (!input) return;
    const load = () => this.#load();
    input.addEventListener('focus', load, { once: true });
    this.addEventListener('pointerdown', load, { once: true });
    document.addEventListener('keydown', (event) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
    if (new URLSearchParams(location.search).get('q')?.trim()) load();
  }

  #load(): Promise<void> {
    this.#loading ??= import('./search-island.ts').then(({ mountSearch }) => mountSearch(this));
    return this.#loading;
  }
}

/** `/` outside a text field, or Ctrl+K / Cmd+K anywhere. */
function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) return true;
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  return event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
}

customElements.define('polyhelp-search', SearchLoader);
