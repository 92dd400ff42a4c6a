import { restoreElisions } from './elisions.ts';
import { highlightParam } from './search-highlight.ts';
import { toHighlightWords, toSearchTerm } from './search-term.ts';
import { isUnspacedLanguage, unspacedCharacterClass } from './unspaced-scripts.ts';

/** The parts of a Pagefind result (`result.data()`, Pagefind 1.x) that a reader reads or follows. */
export interface PagefindFragmentForReader {
  url: string;
  excerpt?: string;
  sub_results?: { url: string; title?: string; excerpt?: string; locations?: number[] }[];
}

/** A space the index put between two characters of an unspaced script, marks (`<mark>`) around them kept. */
const indexSpace = new RegExp(
  `(?<=${unspacedCharacterClass}(?:</mark>)?) (?=(?:<mark>)?${unspacedCharacterClass})`,
  'gu',
);

/**
 * Excerpt or heading text as the page writes it: the spaces the index put between characters of unspaced scripts
 * taken out, and the apostrophes of elisions put back (`restoreElisions`).
 * `toPageText('共 <mark>有</mark> 化')` → `'共<mark>有</mark>化'`.
 */
export function toPageText(text: string): string {
  return restoreElisions(text.replace(indexSpace, ''));
}

/** Word positions of `locations` that start `length` consecutive positions: `phraseStarts([4, 5, 6, 9], 3)` → `[4]`. */
export function phraseStarts(locations: readonly number[], length: number): number[] {
  const held = new Set(locations);
  return locations.filter((start) =>
    Array.from({ length }, (_, i) => start + i).every((at) => held.has(at)),
  );
}

/**
 * Sub-results with the searched words in sequence first: a Japanese or Chinese query is searched character by
 * character, so a common character (the prolonged sound mark ー of エラー) matches in every section, and Component UI,
 * which shows the three sub-results with most locations, would list those. When some section holds the words in
 * sequence, each section's locations become the phrase's positions, which Component UI then ranks by.
 * `rankSectionsByPhrase([{ url: '#a', locations: [1, 5, 9] }, { url: '#b', locations: [3, 4] }], 2)` → `#b` with
 * locations `[3, 4]`, `#a` with `[]`.
 */
export function rankSectionsByPhrase<T extends { locations?: number[] }>(
  subResults: T[],
  words: number,
): T[] {
  if (words < 2) return subResults;
  const phrased = subResults.map((sub) =>
    phraseStarts(sub.locations ?? [], words).flatMap((start) =>
      Array.from({ length: words }, (_, i) => start + i),
    ),
  );
  if (phrased.every((locations) => locations.length === 0)) return subResults;
  return subResults.map((sub, i) => ({ ...sub, locations: phrased[i] }));
}

/**
 * How many words Pagefind is asked for when a reader of `lang` types `query`, as sections are ranked by phrase: each
 * character in a language written without spaces, else 1 (sections are not re-ranked).
 * `searchedWords('购买域名', 'zh-CN')` → `4`; `searchedWords('mot de passe', 'fr-FR')` → `1`.
 */
export function searchedWords(query: string, lang: string): number {
  return isUnspacedLanguage(lang) ? toSearchTerm(query, lang).split(/\s+/).length : 1;
}

/** `url` with its highlight words replaced: `withHighlightWords('/a/?pagefind-highlight=购', ['购买'])` → `'/a/?pagefind-highlight=%E8%B4%AD%E4%B9%B0'`. */
export function withHighlightWords(url: string, words: string[]): string {
  const parsed = new URL(url, 'http://relative.invalid');
  if (!parsed.searchParams.has(highlightParam)) return url;
  parsed.searchParams.delete(highlightParam);
  for (const word of words) parsed.searchParams.append(highlightParam, word);
  return parsed.origin === 'http://relative.invalid'
    ? `${parsed.pathname}${parsed.search}${parsed.hash}`
    : parsed.href;
}

/**
 * A result as the reader should see and follow it: text as the page writes it (`toPageText`) and links that
 * highlight the words the reader typed, not the characters the index was asked for (a Chinese query is marked as
 * the phrase typed). `toReaderResult({ url: '/zh-cn/a/?pagefind-highlight=购', excerpt: '购 买' }, '购买', 'zh-CN')`
 * → `{ url: '/zh-cn/a/?pagefind-highlight=%E8%B4%AD%E4%B9%B0', excerpt: '购买' }`.
 */
export function toReaderResult<T extends PagefindFragmentForReader>(
  fragment: T,
  query: string,
  lang: string,
): T {
  const words = toHighlightWords(query, lang);
  const text = (value?: string) => (value === undefined ? value : toPageText(value));
  const searched = searchedWords(query, lang);
  return {
    ...fragment,
    url: withHighlightWords(fragment.url, words),
    excerpt: text(fragment.excerpt),
    sub_results:
      fragment.sub_results &&
      rankSectionsByPhrase(fragment.sub_results, searched).map((sub) => ({
        ...sub,
        url: withHighlightWords(sub.url, words),
        title: text(sub.title),
        excerpt: text(sub.excerpt),
      })),
  };
}
