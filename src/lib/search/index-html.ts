import { looseElisions } from './elisions.ts';
import { isUnspacedLanguage, splitUnspaced } from './unspaced-scripts.ts';

/**
 * A space: Pagefind's Chinese and Japanese segmenters join characters across a zero-width space, and Pagefind
 * turns every other space character into this one. The search box takes it back out of excerpts
 * (`toPageText`).
 */
const wordBreak = ' ';

/** The `<html lang>` of a page, '' when it has none: `htmlLang('<html lang="ja-JP">')` → `'ja-JP'`. */
export function htmlLang(html: string): string {
  return /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? '';
}

const textOf = (html: string) => html.replace(/<[^>]*>/g, '').trim();

/**
 * The title in the indexed text when the page's h1 says something else (imported articles often do): Pagefind
 * indexes `data-pagefind-meta` for display only, so a reader typing the title the result list shows found nothing.
 * It goes first, weighted as an h1.
 */
function withIndexedTitle(html: string): string {
  const article = /<article\b[^>]*\sdata-pagefind-body\b[^>]*>/.exec(html);
  const title = article && /\sdata-pagefind-meta="title:([^"]*)"/.exec(article[0])?.[1];
  if (!article || !title) return html;
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html.slice(article.index));
  if (h1 && textOf(h1[1]) === title.trim()) return html;
  const end = article.index + article[0].length;
  return `${html.slice(0, end)}<p data-pagefind-weight="7">${title}</p>${html.slice(end)}`;
}

/**
 * The HTML Pagefind indexes for a built page; the pages readers get are not changed. The article's title is
 * indexed when its h1 differs; in a language written without spaces the characters of those scripts are split by
 * spaces, so the index holds each as a word (`splitUnspaced`); in French and Italian the word after an elision is
 * held on its own (`looseElisions`). Markup and attributes stay as they are.
 * `toIndexedHtml('<html lang="ja"><h1>共有</h1>')` → `'<html lang="ja"><h1>共 有</h1>'`.
 */
export function toIndexedHtml(html: string): string {
  const lang = htmlLang(html);
  const titled = withIndexedTitle(html);
  const indexedText = isUnspacedLanguage(lang)
    ? (text: string) => splitUnspaced(text, wordBreak)
    : (text: string) => looseElisions(text, lang);
  return titled.replace(/>([^<]+)</g, (_, text: string) => `>${indexedText(text)}<`);
}
