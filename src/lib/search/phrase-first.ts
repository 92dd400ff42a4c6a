import { toSearchTerm } from './search-term.ts';
import { isUnspacedLanguage } from './unspaced-scripts.ts';

/**
 * Chinese, Japanese and Thai are searched one character a word, and Pagefind ranks a page by how often it holds
 * each character, not by whether they stand together: four kana from a title (`の展開プ`) rank every article dense
 * in の above the one whose title holds the four in sequence. The pages that hold the query in sequence (Pagefind's
 * exact search, a quoted term) go first, in Pagefind's order, then the rest.
 */

/**
 * The exact-search term for `query` in `lang` (a quoted term), or null when an exact search adds nothing: a
 * language written with spaces, or a query of one character.
 * `toPhraseTerm('の展開プ', 'ja-JP')` → `'"の 展 開 プ"'`; `toPhraseTerm('共', 'ja-JP')` → `null`;
 * `toPhraseTerm('mot de passe', 'fr-FR')` → `null`.
 */
export function toPhraseTerm(query: string, lang: string): string | null {
  if (!isUnspacedLanguage(lang)) return null;
  const term = toSearchTerm(query.replaceAll('"', ' '), lang).trim();
  return term.includes(' ') ? `"${term}"` : null;
}

/**
 * `results` with those also found by the exact search (`phraseResults`) first, each group in its own order.
 * `phraseFirst([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [{ id: 'c' }, { id: 'b' }])` → `b`, `c`, `a`.
 */
export function phraseFirst<T extends { id: string }>(
  results: readonly T[],
  phraseResults: readonly { id: string }[],
): T[] {
  const inSequence = new Set(phraseResults.map((result) => result.id));
  return [
    ...results.filter((result) => inSequence.has(result.id)),
    ...results.filter((result) => !inSequence.has(result.id)),
  ];
}

/** How many of the first results the search box loads to see whether their title holds the query in sequence. */
export const titleCheckedResults = 8;

const compact = (text: string) => text.replace(/\s+/gu, '').toLocaleLowerCase();

/**
 * `items` (the first results, loaded) with those whose title holds `query` first, each group in its own order: a
 * reader who types a part of a title means that article more than one that holds the words further down.
 * `titlesFirst([{ title: 'アプリの管理' }, { title: 'アプリの展開プロセス' }], 'の展開プ')` → the second, then the first.
 */
export function titlesFirst<T extends { meta?: { title?: string } }>(
  items: readonly T[],
  query: string,
): T[] {
  const wanted = compact(query);
  const holds = (item: T) => wanted !== '' && compact(item.meta?.title ?? '').includes(wanted);
  return [...items.filter(holds), ...items.filter((item) => !holds(item))];
}

/** A Pagefind result as `rankByPhrase` reads it (Pagefind 1.x JS API). */
export interface PagefindResultForRanking {
  id: string;
  data(): Promise<{ meta?: { title?: string } }>;
}

/**
 * The results of `query` in the order the search box shows them, for a language searched one character a word:
 * pages holding the query in sequence first (`phraseFirst`), and among the first `titleCheckedResults`, those whose
 * title holds it (`titlesFirst`). Each result's data is loaded once: a result it loaded answers later calls from the
 * same promise.
 */
export async function rankByPhrase<T extends PagefindResultForRanking>(
  results: readonly T[],
  phraseResults: readonly { id: string }[],
  query: string,
): Promise<T[]> {
  const ordered = phraseFirst(results, phraseResults);
  const head = ordered.slice(0, titleCheckedResults);
  const loaded = await Promise.all(
    head.map(async (result) => {
      const data = result.data();
      result.data = () => data;
      return { result, meta: (await data).meta };
    }),
  );
  return [...titlesFirst(loaded, query).map(({ result }) => result), ...ordered.slice(head.length)];
}
