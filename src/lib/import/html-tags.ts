import { htmlTagNames } from 'html-tag-names';
import { htmlVoidElements } from 'html-void-elements';
import { isUnsafeAttribute, type MarkupAttribute } from '../content/unsafe-url.ts';

/** One piece of raw HTML: a comment, a tag, or the text between them. */
export type HtmlToken =
  | { type: 'comment'; start: number; end: number; value: string }
  | {
      type: 'tag';
      start: number;
      end: number;
      name: string;
      closing: boolean;
      selfClosing: boolean;
      attributes: HtmlAttribute[];
    }
  | { type: 'text'; start: number; end: number; value: string };

/** An attribute as written; `value` is undefined for a bare attribute like `disabled`. */
export type HtmlAttribute = MarkupAttribute;

const knownElements = new Set(htmlTagNames);
const voidElements = new Set(htmlVoidElements);
/** Elements whose content is code or CSS, not text: removed whole (MDX cannot hold `{` in CSS, and script must not run). */
export const removedElements = new Set(['script', 'style']);

const attributePattern = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
const tagPattern =
  /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;

/** True for a real HTML element name, any case: `isHtmlElement('BR')` → true, `isHtmlElement('mailboxname')` → false. */
export function isHtmlElement(name: string): boolean {
  return knownElements.has(name.toLowerCase());
}

/** True for elements that never have content (`br`, `img`…). */
export function isVoidElement(name: string): boolean {
  return voidElements.has(name.toLowerCase());
}

/**
 * Splits raw HTML into comments, tags and text:
 * `tokenizeHtml('a<br>b')` → text `a`, tag `br`, text `b`.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = 0;
  const flushText = (end: number) => {
    if (end > text) tokens.push({ type: 'text', start: text, end, value: html.slice(text, end) });
  };
  for (let i = html.indexOf('<'); i !== -1 && i < html.length; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      const end = close === -1 ? html.length : close + 3;
      flushText(i);
      tokens.push({
        type: 'comment',
        start: i,
        end,
        value: html.slice(i + 4, close === -1 ? end : close),
      });
      i = text = end;
      continue;
    }
    tagPattern.lastIndex = i;
    const match = tagPattern.exec(html);
    if (!match) {
      i++;
      continue;
    }
    flushText(i);
    tokens.push({
      type: 'tag',
      start: i,
      end: i + match[0].length,
      name: match[2],
      closing: match[1] === '/',
      selfClosing: match[4] === '/',
      attributes: parseAttributes(match[3]),
    });
    i = text = i + match[0].length;
  }
  flushText(html.length);
  return tokens;
}

function parseAttributes(source: string): HtmlAttribute[] {
  const attributes: HtmlAttribute[] = [];
  let index = 0;
  while (index < source.length) {
    while (/\s/.test(source[index] ?? '')) index++;
    if (index >= source.length) break;
    attributePattern.lastIndex = index;
    const match = attributePattern.exec(source);
    if (!match) break;
    attributes.push({ name: match[1], value: match[2] ?? match[3] ?? match[4] });
    index = attributePattern.lastIndex;
  }
  return attributes;
}

/**
 * Writes a tag as JSX that MDX accepts: lower-case name, quoted values, void elements self-closed,
 * unsafe attributes left out. `tagToJsx(<BR>)` → `<br />`, `tagToJsx(<a href=x.htm>)` → `<a href="x.htm">`.
 */
export function tagToJsx(token: Extract<HtmlToken, { type: 'tag' }>): string {
  const name = token.name.toLowerCase();
  if (token.closing) return isVoidElement(name) ? `<${name} />` : `</${name}>`;
  const attributes = token.attributes
    .filter((attribute) => !isUnsafeAttribute(attribute))
    .map((attribute) =>
      attribute.value === undefined
        ? ` ${attribute.name}`
        : ` ${attribute.name}=${quoteAttribute(attribute.value)}`,
    )
    .join('');
  return isVoidElement(name) || token.selfClosing
    ? `<${name}${attributes} />`
    : `<${name}${attributes}>`;
}

function quoteAttribute(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replaceAll('"', '&quot;')}"`;
}
