import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { htmlToHast } from '../html-to-hast.ts';
import { urlScheme } from '../url-scheme.ts';

/** One URL-carrying attribute of a built page: a link, an image, a stylesheet… */
export interface PageLink {
  /** The attribute value as the browser reads it (entities decoded), e.g. `../a/#b`. */
  url: string;
  /** The element's tag name: `a`, `img`, `link`, `script`… */
  tag: string;
  /** The attribute the URL came from: `href`, `src`, `srcset`… */
  attribute: string;
  /** `rel` tokens, lower-case (`canonical`, `alternate`…). */
  rel: string[];
  /** The `hreflang` attribute, when the link declares the language of its target. */
  hreflang?: string;
  /** For `a`: its accessible name (`aria-label`, else text and image `alt`), whitespace collapsed. */
  text: string;
  /** For `a`: the text touching it on each side in the same parent, up to 20 characters. */
  before: string;
  after: string;
  /** True inside the article (`article[data-pagefind-body]`, or `article.article-body` on a stand-in page): the part written in this page's content file. */
  inArticle: boolean;
  /**
   * The language of the text the link sits in (the nearest `lang`), e.g. `en-US` inside a stand-in page's
   * `<main lang>` or a "Show original" block on a `fr-FR` page: the language its writer linked from.
   */
  lang?: string;
  /** True inside the article but in text quoted from another locale's content file ("Show original"): that file holds the link. */
  quoted: boolean;
  /** The link's own and enclosing class names as `.name`, innermost first, plus `head` inside `<head>`: tells which component drew it. */
  ancestry: string[];
}

/** A run of article text outside links and code, where a bare URL would be a mistake. */
export interface ArticleText {
  text: string;
}

/** What the link checker needs to know about one built HTML page. */
export interface BuiltPage {
  /** The site path the page is served at: `/fr-fr/troubleshoot-sspr/`, `/404.html`. */
  path: string;
  /** `<html lang>`. */
  lang?: string;
  /** `<html data-fallback-from>`: the locale whose content a fallback page shows. */
  fallbackFrom?: string;
  /** Every `id`, and every `name` of an element, that a `#fragment` can point at. */
  ids: Set<string>;
  /** `<link rel="canonical">`, absolute. */
  canonical?: string;
  links: PageLink[];
  articleTexts: ArticleText[];
}

const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};
/** Where a URL in text is expected and fine: code shows it, a link already links it. */
const verbatimTags = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'template']);
const neighbourLength = 20;

interface Context {
  inArticle: boolean;
  /** Inside article text quoted from another locale: its external links are that locale's, reported on its own page. */
  quoted: boolean;
  /** The nearest `lang`. */
  lang?: string;
  verbatim: boolean;
  ancestry: string[];
}

/**
 * Parses a built page and lists its links, anchors and article text:
 * `collectPageLinks('<a href="/en-us/">Home</a>', '/')` → `{ path: '/', links: [{ url: '/en-us/', tag: 'a', text: 'Home', … }], … }`.
 */
export function collectPageLinks(html: string, path: string): BuiltPage {
  const tree = htmlToHast(html);
  const page: BuiltPage = { path, ids: new Set(), links: [], articleTexts: [] };
  const htmlElement = tree.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'html',
  );
  page.lang = stringProperty(htmlElement, 'lang');
  page.fallbackFrom = stringProperty(htmlElement, 'dataFallbackFrom');
  walk(
    tree,
    { inArticle: false, quoted: false, lang: undefined, verbatim: false, ancestry: [] },
    page,
  );
  return page;
}

function walk(parent: Root | Element, context: Context, page: BuiltPage) {
  const children = parent.children as (RootContent | ElementContent)[];
  children.forEach((node, index) => {
    if (node.type === 'text') {
      if (context.inArticle && !context.verbatim && node.value.trim())
        page.articleTexts.push({ text: node.value });
      return;
    }
    if (node.type !== 'element') return;
    const element = node;
    for (const key of ['id', 'name']) {
      const value = stringProperty(element, key);
      if (value) page.ids.add(value);
    }
    const own = ownAncestry(element);
    const ownLang = stringProperty(element, 'lang');
    const lang = ownLang ?? context.lang;
    // Text quoted from another locale inside the article (e.g. "Show original") belongs to that locale's file, not this one.
    const quotesOtherLocale =
      context.inArticle && ownLang !== undefined && !sameLanguage(ownLang, contentLanguage(page));
    const inArticle = (context.inArticle || opensArticle(element)) && !quotesOtherLocale;
    const quoted = context.quoted || quotesOtherLocale;
    collectUrls(element, children, index, { ...context, lang, quoted, inArticle }, page);
    walk(
      element,
      {
        inArticle,
        quoted,
        lang,
        verbatim: context.verbatim || verbatimTags.has(element.tagName),
        ancestry: own.length > 0 ? [...own, ...context.ancestry] : context.ancestry,
      },
      page,
    );
  });
}

function collectUrls(
  element: Element,
  siblings: (RootContent | ElementContent)[],
  index: number,
  context: Context,
  page: BuiltPage,
) {
  const rel = arrayProperty(element, 'rel').map((token) => token.toLowerCase());
  if (element.tagName === 'link' && rel.includes('canonical'))
    page.canonical = stringProperty(element, 'href');
  for (const attribute of urlAttributes[element.tagName] ?? []) {
    const urls =
      attribute === 'srcSet'
        ? srcsetUrls(element.properties.srcSet)
        : [stringProperty(element, attribute)];
    for (const url of urls) {
      if (url === undefined || (context.quoted && urlScheme(url) !== undefined)) continue;
      const isAnchor = element.tagName === 'a';
      page.links.push({
        url,
        tag: element.tagName,
        attribute: attribute.toLowerCase(),
        rel,
        hreflang: stringProperty(element, 'hrefLang'),
        text: isAnchor ? accessibleName(element) : '',
        before: isAnchor ? textOf(siblings[index - 1]).slice(-neighbourLength) : '',
        after: isAnchor ? textOf(siblings[index + 1]).slice(0, neighbourLength) : '',
        inArticle: context.inArticle,
        lang: context.lang,
        quoted: context.quoted,
        ancestry: [...ownAncestry(element), ...context.ancestry],
      });
    }
  }
}

/**
 * The element holding the content file's text: the indexed `article[data-pagefind-body]`, or on a stand-in page
 * (kept out of the index) the template's `article.article-body`.
 */
function opensArticle(element: Element): boolean {
  if (element.tagName !== 'article') return false;
  return (
    element.properties.dataPagefindBody !== undefined ||
    arrayProperty(element, 'className').includes('article-body')
  );
}

/** The language a page's content is written in: a stand-in page shows another locale's file. */
function contentLanguage(page: BuiltPage): string | undefined {
  return page.fallbackFrom ?? page.lang;
}

function sameLanguage(a: string, b: string | undefined): boolean {
  return b === undefined || a.toLowerCase() === b.toLowerCase();
}

function accessibleName(element: Element): string {
  const label = stringProperty(element, 'ariaLabel');
  if (label?.trim()) return collapse(label);
  const alts: string[] = [];
  collectAlts(element, alts);
  return collapse([toText(element, { whitespace: 'normal' }), ...alts].join(' '));
}

function collectAlts(element: Element, alts: string[]) {
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'img') alts.push(stringProperty(child, 'alt') ?? '');
    collectAlts(child, alts);
  }
}

function textOf(node: RootContent | ElementContent | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return toText(node, { whitespace: 'pre' });
  return '';
}

/** `srcset` is parsed by hast into comma-separated candidates; the URL is each candidate's first word. */
function srcsetUrls(value: unknown): string[] {
  const candidates = Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(',')
      : [];
  return candidates.map((candidate) => candidate.trim().split(/\s+/)[0]).filter(Boolean);
}

function stringProperty(element: Element | undefined, key: string): string | undefined {
  const value = element?.properties[key];
  if (Array.isArray(value)) return value.join(' ');
  return value === undefined || value === null || typeof value === 'boolean'
    ? undefined
    : String(value);
}

function arrayProperty(element: Element, key: string): string[] {
  const value = element.properties[key];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

function ownAncestry(element: Element): string[] {
  const classes = arrayProperty(element, 'className').map((name) => `.${name}`);
  return element.tagName === 'head' ? ['head', ...classes] : classes;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
