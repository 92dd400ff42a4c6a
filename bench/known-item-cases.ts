/**
 * The known-item queries of one built article page (issue 15): its title, three of its title's longest words (in
 * scripts written without spaces, four characters from the middle of the title), and each symptom heading.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/** One article's queries; `url` is the page Pagefind should return, `/ja-jp/slug/`. */
export interface KnownItemCase {
  url: string;
  title: string;
  titleWords: string;
  headings: { id: string; text: string }[];
}

/** Languages written without spaces between words, by primary subtag. */
const unspaced = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);

/** A run of characters of scripts written without spaces, with the punctuation inside it. */
const unspacedRun =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]+/gu;

const classesOf = (node: Element) => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};

/** The text a reader sees in `node`: screen-reader-only and Pagefind-ignored parts left out. */
function visibleText(node: Element): string {
  const copy = structuredClone(node);
  visit(copy, 'element', (child, index, parent) => {
    if (
      parent &&
      index !== undefined &&
      (classesOf(child).includes('sr-only') || child.properties.dataPagefindIgnore !== undefined)
    ) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  return toText(copy).replace(/\s+/g, ' ').trim();
}

/**
 * Three of the title's longest words in title order, or in an unspaced script four characters from the middle of
 * the title's longest run of that script.
 * `titleWordsQuery('Change billing account information', 'en-US')` → `'billing account information'`;
 * `titleWordsQuery('共有ポリシーを作成する', 'ja-JP')` → `'シーを作'`.
 */
export function titleWordsQuery(title: string, lang: string): string {
  const language = lang.split('-')[0].toLowerCase();
  // The title's longest run of unspaced script: the middle of a mixed title such as `Apple Configurator のセットアップ`
  // may fall inside a Latin word, and no reader types `onfi`. A title without such a run takes words, as spaced ones.
  const run = unspaced.has(language)
    ? (title.match(unspacedRun) ?? []).sort((a, b) => b.length - a.length)[0]
    : undefined;
  if (run) {
    const graphemes = [...new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(run)].map(
      (part) => part.segment,
    );
    const start = Math.max(0, Math.floor((graphemes.length - 4) / 2));
    return graphemes
      .slice(start, start + 4)
      .join('')
      .trim();
  }
  const words = title
    .split(/\s+/)
    .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''));
  const indexed = words.map((word, index) => ({ word, index })).filter(({ word }) => word !== '');
  const longest = [...indexed]
    .sort((a, b) => [...b.word].length - [...a.word].length || a.index - b.index)
    .slice(0, 3)
    .sort((a, b) => a.index - b.index);
  return longest.map(({ word }) => word).join(' ');
}

/**
 * The known-item case of a built article page, or null for a page Pagefind does not index (no
 * `data-pagefind-body`, e.g. a fallback page). Symptom headings are the article body's h2 and h3 with an id.
 */
export function knownItemCase(html: string, url: string): KnownItemCase | null {
  const tree: Root = fromHtml(html);
  let lang = '';
  let article: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'html') lang = String(node.properties.lang ?? '');
    if (node.tagName === 'article' && node.properties.dataPagefindBody !== undefined)
      article = node;
  });
  if (!article) return null;
  const meta = String(article.properties.dataPagefindMeta ?? '');
  const title = meta.startsWith('title:') ? meta.slice('title:'.length) : '';
  const headings: KnownItemCase['headings'] = [];
  visit(article, 'element', (node) => {
    if (node.properties.dataPagefindIgnore !== undefined) return SKIP;
    if ((node.tagName === 'h2' || node.tagName === 'h3') && node.properties.id)
      headings.push({ id: String(node.properties.id), text: visibleText(node) });
  });
  return {
    url,
    title,
    titleWords: titleWordsQuery(title, lang),
    headings: headings.filter((heading) => heading.text !== ''),
  };
}
