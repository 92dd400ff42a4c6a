import { queryFromSearch, queryParam } from '../../lib/search/search-url.ts';
import { toSearchTerm } from '../../lib/search/search-term.ts';
import { toReaderResult } from '../../lib/search/reader-results.ts';
import {
  rankByPhrase,
  toPhraseTerm,
  type PagefindResultForRanking,
} from '../../lib/search/phrase-first.ts';
import {
  keepSymptomSections,
  type PagefindFragmentWithSections,
} from '../../lib/search/symptom-sections.ts';
import { toStandInUrls, type PagefindFragmentWithUrls } from '../../lib/search/stand-in-links.ts';

/*
 * Search with Pagefind's Component UI (Pagefind 1.5 `pagefind-component-ui.js`). This module runs when its
 * panel is in the document: on the search page at once, elsewhere once the header trigger has cloned the
 * panel in. It configures the instances before loading Pagefind's script, which then upgrades the elements.
 */

/** The part of a Component UI instance that we drive. */
interface ComponentUiInstance {
  searchTerm: string;
  setTranslations(strings: Record<string, string>): void;
  triggerSearch(term: string): void;
  on(
    event: 'results',
    callback: (found: {
      results: { data(): Promise<PagefindFragmentWithSections & PagefindFragmentWithUrls> }[];
    }) => void,
  ): void;
  on(event: 'search', callback: (term: string) => void): void;
}
/** `window.PagefindComponents`, set by the Component UI script. */
interface PagefindComponents {
  configureInstance(name: string, options: object): ComponentUiInstance;
}
/** What a Pagefind 1.x search answers, as far as the search box reorders it. */
interface PagefindSearchResponse {
  results: PagefindResultForRanking[];
}
/** The search of the Pagefind object an instance creates when it loads (Pagefind 1.x JS API). */
interface PagefindSearch {
  search(term: string | null, options?: object): Promise<PagefindSearchResponse | null>;
}
/** `<pagefind-modal>` once upgraded. */
interface PagefindModal extends HTMLElement {
  isOpen: boolean;
  dialogEl: HTMLDialogElement;
  open(): void;
}

/** Served by `pagefind --site dist`; the bundler leaves these URLs to the browser. */
const bundlePath = '/pagefind/';
/** Words of context around a match: the excerpt under each symptom should fit on two lines of the dialog. */
const excerptLength = 24;

function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)));
    document.head.append(link);
  });
}

/** Transforms every result's data as Component UI reads it, e.g. to drop or re-point sub-results. */
function mapResultData(
  instance: ComponentUiInstance,
  transform: (
    data: PagefindFragmentWithSections & PagefindFragmentWithUrls,
  ) => PagefindFragmentWithSections & PagefindFragmentWithUrls,
): void {
  instance.on('results', ({ results }) => {
    for (const result of results) {
      const data = result.data.bind(result);
      result.data = async () => transform(await data());
    }
  });
}

/**
 * Makes an instance search for what the index holds (`toSearchTerm`): French and Italian words without their
 * elided articles (`d'erreur` is searched as `erreur`), Chinese, Japanese or Thai character by character, their
 * results in the order `rankByPhrase` gives (the characters in sequence first). The reader's words stay as typed
 * in the input and the summary, and result links highlight them (`toReaderResult`). Component UI has no hook for
 * the searched term, so the search of the Pagefind object it creates on load (its `__pagefind__`) is wrapped as it
 * is set.
 */
function searchAsIndexed(instance: ComponentUiInstance, lang: string): void {
  let engine: PagefindSearch | null = null;
  Object.defineProperty(instance, '__pagefind__', {
    configurable: true,
    get: () => engine,
    set(value: PagefindSearch | null) {
      if (value) {
        const search = value.search.bind(value);
        value.search = async (term, options) => {
          if (term === null) return search(null, options);
          const found = await search(toSearchTerm(term, lang), options);
          const phrase = toPhraseTerm(term, lang);
          if (phrase === null || !found || found.results.length < 2) return found;
          const exact = await search(phrase, options);
          const results = await rankByPhrase(found.results, exact?.results ?? [], term);
          return { ...found, results };
        };
      }
      engine = value;
    },
  });
}

/**
 * `instance` set up for a reader of `lang`: it searches as the index holds words (`searchAsIndexed`), speaks the
 * panel's strings, and lists each article's symptom sections as the page writes them (`toReaderResult`).
 */
function readerInstance(
  instance: ComponentUiInstance,
  lang: string,
  strings: Record<string, string>,
): ComponentUiInstance {
  searchAsIndexed(instance, lang);
  instance.setTranslations(strings);
  // Only symptom sections (h2/h3) under each article: the h1 is the article the title already links to.
  mapResultData(instance, keepSymptomSections);
  mapResultData(instance, (data) => toReaderResult(data, instance.searchTerm ?? '', lang));
  return instance;
}

/**
 * The Component UI instances of a panel. `default` searches the page language's index; `source` (every locale
 * but en-US) has the en-US index merged in and searches only when the reader's language found nothing, into
 * the list labelled as English.
 */
function configureInstances(
  ui: PagefindComponents,
  panel: HTMLElement,
  contents: ParentNode,
): ComponentUiInstance {
  const strings = JSON.parse(panel.dataset.strings ?? '{}') as Record<string, string>;
  // Result links carry the searched words in this parameter; the landing page's trigger script highlights them.
  const options = { bundlePath, highlightParam: panel.dataset.highlightParam, excerptLength };
  const lang = document.documentElement.lang;
  const main = readerInstance(ui.configureInstance('default', options), lang, strings);
  const sourceLanguage = panel.dataset.sourceIndexLanguage;
  const fallback = contents.querySelector<HTMLElement>('.search-fallback');
  const allResults = contents.querySelector<HTMLAnchorElement>('a.search-all');
  if (allResults)
    main.on('results', ({ results }) =>
      showAllResultsLink(allResults, main.searchTerm.trim(), results.length),
    );
  if (!sourceLanguage || !fallback) return main;
  // An absolute URL: Pagefind skips a merge whose path is a prefix of its own bundle path.
  const source = readerInstance(
    ui.configureInstance('source', {
      ...options,
      mergeIndex: [
        { bundlePath: new URL(bundlePath, location.href).href, language: sourceLanguage },
      ],
    }),
    lang,
    strings,
  );
  // English results of an article the reader's locale lacks lead to that locale's stand-in page, not to /en-us/.
  const readerSegment = document.documentElement.lang.toLowerCase();
  mapResultData(source, (data) => toStandInUrls(data, readerSegment, sourceLanguage));
  let sourceSearched = false;
  main.on('results', ({ results }) => {
    const term = main.searchTerm.trim();
    if (term && results.length === 0) {
      sourceSearched = true;
      source.triggerSearch(term);
    } else if (sourceSearched) {
      fallback.hidden = true;
      source.triggerSearch('');
    }
  });
  source.on('results', ({ results }) => {
    fallback.hidden = results.length === 0 || !source.searchTerm.trim();
  });
  return main;
}

/** Shows the dialog's link to the search page when it lists fewer results than were found. */
function showAllResultsLink(link: HTMLAnchorElement, term: string, count: number): void {
  link.hidden = !term || count <= Number(link.dataset.maxResults);
  if (link.hidden) return;
  link.search = `?${new URLSearchParams({ [queryParam]: term })}`;
  link.textContent = (link.dataset.label ?? '').replace(
    '{count}',
    new Intl.NumberFormat(document.documentElement.lang).format(count),
  );
}

function searchInput(root: ParentNode): HTMLInputElement | null {
  return root.querySelector<HTMLInputElement>('pagefind-input input');
}

/** Shows `query` in the Component UI input and searches for it, as if the reader had typed it there. */
function carryQuery(root: ParentNode, query: string): void {
  const input = searchInput(root);
  if (!input || !query.trim() || input.value === query) return;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * The header search, in place: a `<pagefind-modal>` dialog opened with the words typed in the header so far.
 * Escape closes it and gives focus back to the header search, which then holds the dialog's query.
 */
function wireModal(modal: PagefindModal): void {
  const form = document.querySelector<HTMLFormElement>('form.site-search');
  const headerInput = form?.querySelector<HTMLInputElement>('input[type="search"]');
  // Set while focus goes back to the header search, so that returning focus never reopens the dialog.
  let returningFocus = false;
  const open = () => {
    if (modal.isOpen || returningFocus) return;
    modal.open();
    // Untrimmed: the reader may be between two words.
    carryQuery(modal, headerInput?.value ?? '');
    const input = searchInput(modal);
    input?.focus();
    input?.setSelectionRange(input.value.length, input.value.length);
  };
  modal.dialogEl.addEventListener('close', () => {
    if (!headerInput) return;
    headerInput.value = searchInput(modal)?.value ?? headerInput.value;
    returningFocus = true;
    headerInput.focus();
    returningFocus = false;
  });
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    open();
  });
  // Loaded on focus alone: the dialog waits until the reader types or asked for it while the UI was loading.
  if (form?.dataset.searchOpen === 'now') open();
}

/** The search page: the `?q=` query searched at once and kept in the address; the no-JavaScript form goes. */
function wirePage(panel: HTMLElement, main: ComponentUiInstance): void {
  panel.closest('.search-page')?.querySelector('form.search-form')?.remove();
  main.on('search', (term) => {
    const query = term.trim();
    history.replaceState(
      history.state,
      '',
      query ? `?${new URLSearchParams({ [queryParam]: query })}` : location.pathname,
    );
  });
  carryQuery(panel, queryFromSearch(location.search));
  searchInput(panel)?.focus();
}

async function mountSearch(panel: HTMLElement): Promise<void> {
  // Each element takes its instance when it connects, so the elements wait outside the document until the
  // instances are configured, which needs Pagefind's script, which defines (and so upgrades) them on load.
  const contents = document.createDocumentFragment();
  contents.append(...panel.children);
  const stylesheet = loadStylesheet(`${bundlePath}pagefind-component-ui.css`);
  const script = `${bundlePath}pagefind-component-ui.js`;
  await import(/* @vite-ignore */ script);
  const main = configureInstances(
    (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents,
    panel,
    contents,
  );
  await stylesheet;
  panel.append(contents);
  if (panel.dataset.layout === 'modal')
    wireModal(panel.querySelector<PagefindModal>('pagefind-modal')!);
  else wirePage(panel, main);
}

const panel = document.querySelector<HTMLElement>('.search-panel');
if (panel) void mountSearch(panel);
