import { highlightParam } from './search-highlight.ts';
import { toHighlightWords } from './search-term.ts';

/** The parts of a Pagefind result (`result.data()`, Pagefind 1.x) that a reader reads or follows. */
export interface PagefindFragmentForReader {
  url: string;
  excerpt?: string;
  sub_results?: { url: string; title?: string; excerpt?: string }[];
}

const unspaced =
  '[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}]';
/** A space the index put between two characters of an unspaced script, marks (`<mark>`) around them kept. */
const indexSpace = new RegExp(`(?<=${unspaced}(?:</mark>)?) (?=(?:<mark>)?${unspaced})`, 'gu');
/** A space the index put after a French or Italian elision (`l’ emplacement`). */
const elisionSpace = /(?<=(?<![\p{L}\p{N}])\p{L}{1,7}['’ʼ]) (?=(?:<mark>)?\p{L})/gu;

/**
 * Excerpt or heading text as the page writes it: the spaces the index put between characters of unspaced scripts
 * and after French and Italian elisions taken out. `toPageText('共 <mark>有</mark> 化', 'zh-CN')` → `'共<mark>有</mark>化'`;
 * `toPageText('l’ <mark>emplacement</mark>', 'fr-FR')` → `'l’<mark>emplacement</mark>'`.
 */
export function toPageText(text: string, lang: string): string {
  const joined = text.replace(indexSpace, '');
  return ['fr', 'it'].includes(lang.split('-')[0].toLowerCase())
    ? joined.replace(elisionSpace, '')
    : joined;
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
  const text = (value?: string) => (value === undefined ? value : toPageText(value, lang));
  return {
    ...fragment,
    url: withHighlightWords(fragment.url, words),
    excerpt: text(fragment.excerpt),
    sub_results: fragment.sub_results?.map((sub) => ({
      ...sub,
      url: withHighlightWords(sub.url, words),
      title: text(sub.title),
      excerpt: text(sub.excerpt),
    })),
  };
}
