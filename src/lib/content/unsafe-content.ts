import { visit } from 'unist-util-visit';
import type { ContentProblem } from './content-problem.ts';
import type { Root } from 'mdast';
import { parseArticleBody } from './parse-article-body.ts';
import { sectionAnchorPattern } from './section-ids.ts';
import { isEventHandlerName, isScriptUrl } from './unsafe-url.ts';

const field = 'unsafe content';
const noCode = 'articles are content: they cannot run code in a reader\'s browser';

interface Positioned {
  position?: { start: { line: number } };
}
interface JsxAttribute extends Positioned {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { value: string };
}
interface JsxElement extends Positioned {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
}

/** The source of a JSX expression value, when it writes a script URL as a literal: `{'javascript:x'}`. */
function isScriptUrlExpression(source: string): boolean {
  return isScriptUrl(source.replace(/^[\s(]*['"`]/, ''));
}

/**
 * JavaScript source (an MDX `{expression}` or `{...spread}`) that looks like it writes a script element, an
 * event handler or a script URL. Expressions can compute anything, so this catches the plain spellings only.
 */
function isUnsafeSource(source: string): boolean {
  return /<\s*script\b|\bon[a-z]+['"`]?\s*[=:]|(?:java|vb)script\s*:/i.test(source);
}

const shorten = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** Section anchors, `<a name="id"></a>`: the one piece of markup every article has, and an inert one. */
const sectionAnchors = new RegExp(sectionAnchorPattern.source, 'g');

/**
 * A quick test that lets most articles skip the MDX parse (about 2 ms an article, 20 s for 10,000).
 * Every finding below needs markup (`<`), a character reference (`&`) or the letters "script" written out:
 * Markdown escapes cannot spell letters, and URLs in links cannot hold whitespace unless inside `<…>`.
 */
function mayBeUnsafe(body: string): boolean {
  return /[<&]|script/i.test(body.replace(sectionAnchors, ''));
}

/**
 * Finds what would run script in a reader's browser in an article body: `<script>` elements, event-handler
 * attributes (`onclick`, `onError`…) and `javascript:`/`vbscript:` URLs in links, images, definitions and attributes,
 * also when written inside `{expressions}` and `{...spreads}`. Code spans and code blocks are text and pass. `bodyLine` is the file line of the body's first line;
 * `tree`, when the caller parsed the body already (`parseArticleBody`), saves parsing it again.
 * `findUnsafeContent('a.mdx', '<a href="javascript:x">y</a>\n', 5)` → `[{ file: 'a.mdx', line: 5, field: 'unsafe content', … }]`.
 */
export function findUnsafeContent(file: string, body: string, bodyLine = 1, tree?: Root): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lineOf = (node: Positioned, fallback?: Positioned) => (node.position ?? fallback?.position)?.start.line ?? 1;
  const at = (node: Positioned, fallback?: Positioned) => ({ file, line: bodyLine - 1 + lineOf(node, fallback), field });
  if (!mayBeUnsafe(body)) return problems;
  const parsed = tree ? { tree, problem: undefined } : parseArticleBody(file, body, bodyLine);
  if (parsed.problem) return [parsed.problem];
  visit(parsed.tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const { url } = node as unknown as { url: string };
      if (isScriptUrl(url)) {
        problems.push({ ...at(node), message: `a script URL (javascript:, vbscript:) in a ${node.type}: ${noCode}`, found: shorten(url), fix: 'link to an https:// page or to a path on this site' });
      }
      return;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const { value } = node as unknown as { value: string };
      if (isUnsafeSource(value)) {
        problems.push({ ...at(node), message: `a JavaScript expression that writes a script, an event handler or a script URL: ${noCode}`, found: shorten(`{${value}}`), fix: 'write the text or markup out plainly, without { }' });
      }
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as unknown as JsxElement;
    if (element.name?.toLowerCase() === 'script') {
      problems.push({ ...at(element), message: `a <script> element: ${noCode}`, found: `<${element.name}>`, fix: 'remove it; behaviour belongs in a reviewed component under src/, not in an article' });
    }
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        const source = typeof attribute.value === 'string' ? attribute.value : '';
        if (isUnsafeSource(source)) {
          problems.push({ ...at(attribute, element), message: `spread attributes on <${element.name}> that set an event handler or a script URL: ${noCode}`, found: shorten(`{${source}}`), fix: 'write the attributes out, without { }' });
        }
        continue;
      }
      if (!attribute.name) continue;
      const value = attribute.value;
      const source = typeof value === 'string' ? value : value ? `{${value.value}}` : '';
      if (isEventHandlerName(attribute.name)) {
        problems.push({ ...at(attribute, element), message: `an event-handler attribute on <${element.name}>: ${noCode}`, found: shorten(`${attribute.name}=${source}`), fix: `remove ${attribute.name}` });
      } else if (typeof value === 'string' ? isScriptUrl(value) : value && isScriptUrlExpression(value.value)) {
        problems.push({ ...at(attribute, element), message: `a script URL (javascript:, vbscript:) in ${attribute.name} on <${element.name}>: ${noCode}`, found: shorten(source), fix: 'link to an https:// page or to a path on this site' });
      }
    }
  });
  return problems;
}
