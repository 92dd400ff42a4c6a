import { excerptToParts } from '../../lib/search/excerpt-parts.ts';
import { shouldOfferFallback } from '../../lib/search/fallback.ts';
import { toArticleHit, type ArticleHit, type PagefindFragment } from '../../lib/search/group-results.ts';
import { pluralMessage } from '../../lib/search/plural-message.ts';
import { searchFilterNames, type SearchStrings } from '../../lib/search/search-strings.ts';
import { queryFromSearch, queryParam } from '../../lib/search/search-url.ts';
import { visibleFilters, type FilterCounts } from '../../lib/search/visible-filters.ts';
import type { Locale } from '../../i18n/locales.ts';

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`, Pagefind 1.5) the island uses. */
interface PagefindSearch {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindFragment> }[] } | null>;
  filters(): Promise<FilterCounts>;
  mergeIndex(bundlePath: string, options: { language: string }): Promise<void>;
}
interface PagefindModule extends PagefindSearch {
  options(options: { excerptLength?: number }): Promise<void>;
  createInstance(options?: object): PagefindSearch;
}

/** Served by `pagefind --site dist`; a variable so the bundler leaves the import to the browser. */
const pagefindModuleUrl = '/pagefind/pagefind.js';
const pagefindBundlePath = '/pagefind/';
/** Results shown at once; the rest come with "show more", so the first query fetches ten fragments at most. */
const pageSize = 10;
const typingDelayMs = 150;

/** Wires `<polyhelp-search>`: Pagefind for the page's language, results with symptom sections, an en-US fallback. */
export async function mountSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const locale = root.dataset.locale as Locale;
  const sourceLocale = root.dataset.sourceLocale as Locale;
  const form = root.querySelector('form')!;
  const input = root.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const resultsBox = root.querySelector<HTMLElement>('.search-results')!;
  const filtersBox = root.querySelector<HTMLElement>('.search-filters')!;

  // Pagefind loads now; say so if the reader already asked for something.
  if (input.value.trim() || queryFromSearch(location.search)) status.textContent = strings.loading;
  let pagefind: PagefindModule;
  let filterCounts: FilterCounts;
  try {
    pagefind = (await import(/* @vite-ignore */ pagefindModuleUrl)) as PagefindModule;
    await pagefind.options({ excerptLength: 24 });
    filterCounts = await pagefind.filters();
  } catch {
    status.textContent = strings.loadError;
    return;
  }

  let fallbackSearch: Promise<PagefindSearch> | undefined;
  // Pagefind picks its index from <html lang>; a second instance with the source-language index merged in
  // answers for en-US only when the reader's language found nothing, so the common case loads one index.
  const getFallbackSearch = () =>
    (fallbackSearch ??= (async () => {
      const instance = pagefind.createInstance();
      // An absolute URL: Pagefind skips a merge whose path is a prefix of its own bundle path.
      await instance.mergeIndex(new URL(pagefindBundlePath, location.href).href, { language: root.dataset.sourceIndexLanguage ?? 'en-us' });
      return instance;
    })());

  const selects = renderFilters(filtersBox, visibleFilters(filterCounts, searchFilterNames, locale), strings);
  const activeFilters = () => Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.name, select.value]));

  let latest = 0;
  async function run(query: string) {
    const id = ++latest;
    history.replaceState(history.state, '', query ? `?${new URLSearchParams({ [queryParam]: query })}` : location.pathname);
    if (!query) {
      status.textContent = '';
      resultsBox.replaceChildren();
      return;
    }
    let found = await pagefind.search(query, { filters: activeFilters() });
    if (!found || id !== latest) return;
    let contentLocale: Locale | undefined;
    if (shouldOfferFallback(locale, sourceLocale, query, found.results.length)) {
      // The merged instance also searches the reader's index, which just found nothing for this query.
      found = (await (await getFallbackSearch()).search(query, { filters: activeFilters() })) ?? found;
      if (found.results.length > 0) contentLocale = sourceLocale;
    }
    const results = found.results;
    const hits = await loadHits(results.slice(0, pageSize));
    if (id !== latest) return;
    const count = pluralMessage(locale, strings.count, results.length, { query });
    status.textContent = results.length === 0 ? strings.noResults.replace('{query}', query) : contentLocale ? `${strings.fallbackNotice} ${count}` : count;
    const showMore = async () => {
      const next = await loadHits(results.slice(hits.length, hits.length + pageSize));
      if (id !== latest) return;
      const firstNew = hits.length;
      hits.push(...next);
      renderHits(resultsBox, hits, strings, contentLocale, hits.length < results.length ? showMore : undefined);
      resultsBox.querySelectorAll<HTMLElement>('.search-hit')[firstNew]?.querySelector('a')?.focus();
    };
    renderHits(resultsBox, hits, strings, contentLocale, hits.length < results.length ? showMore : undefined);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value.trim()), typingDelayMs);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value.trim());
  });
  for (const select of selects) select.addEventListener('change', () => void run(input.value.trim()));
  root.addEventListener('keydown', (event) => moveFocus(event, input, resultsBox));

  const initial = queryFromSearch(location.search);
  if (initial) {
    input.value = initial;
    input.focus();
    await run(initial);
  } else if (input.value.trim()) {
    await run(input.value.trim());
  }
}

async function loadHits(results: { data(): Promise<PagefindFragment> }[]): Promise<ArticleHit[]> {
  const fragments = await Promise.all(results.map((result) => result.data()));
  return fragments.map((fragment) => toArticleHit(fragment));
}

/** Arrow keys walk the result links, Escape goes back to the input (or clears it); focus never leaves the search. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, resultsBox: HTMLElement) {
  const links = [...resultsBox.querySelectorAll<HTMLAnchorElement>('a')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'Escape') {
    if (index !== -1) input.focus();
    else if (document.activeElement === input && input.value) {
      input.value = '';
      input.dispatchEvent(new Event('input'));
    }
    event.preventDefault();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (links.length === 0 || (document.activeElement !== input && index === -1)) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)].focus();
}

function renderFilters(box: HTMLElement, filters: ReturnType<typeof visibleFilters>, strings: SearchStrings): HTMLSelectElement[] {
  const selects = filters.map(({ name, values }) => {
    const label = document.createElement('label');
    label.textContent = strings.filters[name] ?? name;
    const select = document.createElement('select');
    select.name = name;
    select.append(new Option(strings.filterAll, ''), ...values.map((value) => new Option(value, value)));
    label.append(' ', select);
    box.append(label);
    return select;
  });
  box.hidden = selects.length === 0;
  return selects;
}

function renderHits(box: HTMLElement, hits: ArticleHit[], strings: SearchStrings, contentLocale: Locale | undefined, showMore?: () => void) {
  const list = document.createElement('ol');
  list.className = 'search-hits';
  if (contentLocale) list.lang = contentLocale;
  for (const hit of hits) {
    const item = document.createElement('li');
    item.className = 'search-hit';
    const title = document.createElement('a');
    title.className = 'search-hit-title';
    title.href = hit.href;
    title.textContent = hit.title;
    item.append(title, excerptElement(hit.excerpt));
    if (hit.sections.length > 0) {
      const sections = document.createElement('ul');
      sections.className = 'search-hit-sections';
      sections.setAttribute('aria-label', strings.sectionsLabel.replace('{title}', hit.title));
      for (const section of hit.sections) {
        const sectionItem = document.createElement('li');
        const link = document.createElement('a');
        link.href = section.href;
        link.textContent = section.title;
        sectionItem.append(link, excerptElement(section.excerpt));
        sections.append(sectionItem);
      }
      item.append(sections);
    }
    list.append(item);
  }
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.textContent = strings.more;
  if (showMore) more.addEventListener('click', showMore, { once: true });
  box.replaceChildren(...(hits.length > 0 ? [list] : []), ...(showMore ? [more] : []));
}

function excerptElement(excerpt: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-hit-excerpt';
  for (const part of excerptToParts(excerpt)) {
    if (!part.marked) paragraph.append(part.text);
    else paragraph.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  return paragraph;
}
