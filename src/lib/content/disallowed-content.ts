import type { Program } from 'estree';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxAttributeValueExpression, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from '../markdown/visit-tree.ts';
import { imageUrlRefusal, linkUrlRefusal, type UrlRefusal } from './allowed-url.ts';
import type { ContentProblem } from './content-problem.ts';
import { parseArticleBody } from './parse-article-body.ts';
import { allowedAttributes, allowedElements, attributeRule, isAllowedElement, refusedElementReasons, type AttributeRule } from './markup-allowlist.ts';
import { sectionAnchorPattern } from './section-ids.ts';
import { isEventHandlerName } from './unsafe-url.ts';

/** The Markdown constructs an article may use: everything CommonMark and GFM write, none of MDX's code. */
const markdownNodes = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'code', 'inlineCode',
  'text', 'emphasis', 'strong', 'delete', 'break', 'link', 'image', 'linkReference', 'imageReference', 'definition', 'footnoteDefinition', 'footnoteReference',
]);

const rule = 'markup-allowlist';
const elementList = Object.keys(allowedElements).sort().join(', ');

interface Positioned {
  position?: { start: { line: number } };
}
type Element = MdxJsxFlowElement | MdxJsxTextElement;

const shorten = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);

/**
 * The string an MDX expression stands for, when it is nothing but a quoted string (`{'{'}` → `'{'`), `''` for one
 * that holds only comments (`{/* note *\/}` renders nothing), undefined for anything that computes.
 */
export function literalText(estree: Program | undefined): string | undefined {
  return estree?.body.length === 0 ? '' : quotedString(estree);
}

/** The string of a program that is one quoted string and nothing else: `'a'` → `a`, `'a' + b` → undefined. */
export function quotedString(estree: Program | undefined): string | undefined {
  const [statement, ...rest] = estree?.body ?? [];
  if (!statement || rest.length > 0 || statement.type !== 'ExpressionStatement') return undefined;
  const { expression } = statement;
  return expression.type === 'Literal' && typeof expression.value === 'string' ? expression.value : undefined;
}

/** Section anchors, `<a name="id"></a>`: the one piece of markup every article has, and an allowed one. */
const sectionAnchors = new RegExp(sectionAnchorPattern.source, 'g');

/**
 * A quick test that lets most articles skip the MDX parse (2–20 ms an article): it says no only when the tree could
 * hold nothing to refuse. Elements need `<`, expressions `{`, ESM a line starting with import/export, and a refused
 * URL sits right after `](` or `]:` (links, definitions) or in an image (`![`). Character references and %-escapes
 * are decoded by `linkUrlRefusal` itself, and GFM's bare autolinks only make http, https and mailto links.
 */
export function needsTreeCheck(body: string): boolean {
  const rest = body.replace(sectionAnchors, '');
  if (/[<{]|!\[|xmpp:/i.test(rest) || /^[ \t>]*(?:import|export)\b/m.test(rest)) return true;
  for (const match of rest.matchAll(/\][(:]\s*([^\s)]*)/g)) if (linkUrlRefusal(match[1])) return true;
  return false;
}

/**
 * Checks an article body against the allowlist on its parsed tree, before anything compiles it: Markdown, HTML
 * elements and attributes from `markup-allowlist.ts`, URLs with allowed schemes (after decoding), and `{…}` only
 * around a comment or a quoted string. No `import`/`export`, no computed expressions, no components: MDX would run
 * them as JavaScript on the build machine. `bodyLine` is the file line of the body's first line; `depth` is how many
 * folders the article sits below its locale folder (relative images may not climb out of it); `quick: false` parses
 * even when `needsTreeCheck` says there is nothing to find (for tests that it is right).
 * `findDisallowedContent('a.mdx', 'Replace {tenant}.\n', 5)` → `[{ file: 'a.mdx', line: 5, field: 'expression', fix: 'write \\{tenant\\} …' }]`.
 */
export function findDisallowedContent(file: string, body: string, bodyLine = 1, { quick = true, depth = 0, tree }: { quick?: boolean; depth?: number; tree?: Root } = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!tree && quick && !needsTreeCheck(body)) return problems;
  const lineOf = (node: Positioned, fallback?: Positioned) => bodyLine - 1 + ((node.position ?? fallback?.position)?.start.line ?? 1);
  const report = (node: Positioned, field: string, message: string, found: string, fix: string, fallback?: Positioned) => {
    problems.push({ file, line: lineOf(node, fallback), field, message, found, fix, rule });
  };
  if (!tree) {
    // The content check hands over the tree it parsed once; other callers get the same parse and its error.
    const parsed = parseArticleBody(file, body, bodyLine);
    if (parsed.problem) return [{ ...parsed.problem, rule }];
    tree = parsed.tree;
  }
  const checkUrl = (node: Positioned, field: string, url: string, refusal: UrlRefusal | undefined) => {
    if (refusal) report(node, field, refusal.message, shorten(url), refusal.fix);
  };
  // The visitor returns nothing: unist-util-visit reads a returned number as the index to continue from.
  visit(tree, (node: Nodes) => void checkNode(node));
  function checkNode(node: Nodes): void {
    switch (node.type) {
      case 'link':
      case 'definition':
        return checkUrl(node, node.type, node.url, linkUrlRefusal(node.url));
      case 'image':
        return checkUrl(node, 'image', node.url, imageUrlRefusal(node.url, { depth }));
      case 'mdxjsEsm':
        return report(node, 'import/export', 'an import or export statement, which MDX runs as JavaScript when the site is built: articles cannot load or run code', shorten(node.value), 'remove the line; to start a sentence with the word, write &#x69;mport or &#x65;xport');
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (literalText((node.data as { estree?: Program } | undefined)?.estree) !== undefined) return;
        return report(node, 'expression', 'a JavaScript expression in braces, which MDX runs when the site is built: braces in an article may hold only a comment or a quoted string', shorten(`{${node.value}}`), fixForBraces(node.value));
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkElement(node, report, depth);
      default:
        if (markdownNodes.has(node.type)) return;
        return report(node, 'markup', node.type === 'html' ? 'raw HTML that is not on the allowlist' : `a ${node.type} construct, which articles may not use`, shorten(node.type === 'html' ? node.value : node.type), 'write it as Markdown');
    }
  }
  return problems;
}

/** The fix for a `{…}` that computes: escape the braces so the text shows as written. */
function fixForBraces(source: string): string {
  return source.length <= 60 && !source.includes('\n') ? `write \\{${source}\\} to show the braces as text, or remove them` : 'write \\{ and \\} to show braces as text, or remove the expression';
}

type Report = (node: Positioned, field: string, message: string, found: string, fix: string, fallback?: Positioned) => void;

function checkElement(element: Element, report: Report, depth: number): void {
  const name = element.name;
  if (name === null) {
    return report(element, 'markup', 'a JSX fragment <>…</>, which articles may not use', '"<>"', 'remove <> and </>');
  }
  if (!isAllowedElement(name)) {
    const lower = name.toLowerCase();
    const reason = refusedElementReasons[lower];
    if (reason) return report(element, 'markup', `<${name}> is not allowed in an article: ${reason}`, `<${name}>`, lower === 'meta' || lower === 'base' ? 'remove it; redirects and page settings belong in the site\'s configuration' : 'remove it, or link to the page that holds it');
    if (isAllowedElement(lower)) return report(element, 'markup', `<${name}> is read as a component (capital letter), which would run code`, `<${name}>`, `write <${lower}> in lower case`);
    const component = /^[A-Z]|[.:]/.test(name);
    return report(element, 'markup', `${component ? 'a component' : `<${name}>`}, which is not on the allowlist of elements an article may use`, `<${name}>`, `use Markdown, or one of ${elementList}`);
  }
  for (const attribute of element.attributes) checkAttribute(name, attribute, element, report, depth);
}

function checkAttribute(element: string, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, node: Element, report: Report, depth: number): void {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return report(attribute, 'attribute', `spread attributes on <${element}>, which MDX computes with JavaScript`, shorten(`{${attribute.value}}`), 'write each attribute out as name="value"', node);
  }
  const { name } = attribute;
  const source = attributeSource(attribute);
  const found = shorten(source === undefined ? name : `${name}=${source}`);
  const rule = attributeRule(element, name);
  if (!rule) {
    const [message, fix] = refusedAttribute(element, name);
    return report(attribute, 'attribute', message, found, fix, node);
  }
  const value = attributeValue(attribute.value);
  if (value === undefined) {
    return report(attribute, 'attribute', `a JavaScript expression as the value of ${name} on <${element}>, which MDX runs when the site is built`, found, `write the value in quotes: ${name}="…"`, node);
  }
  const refusal = valueRefusal(rule, element, name, value, depth);
  if (refusal) report(attribute, 'attribute', refusal.message, shorten(`${name}=${value}`), refusal.fix, node);
}

/** The attribute as written after `=`: `"x"` for a string, `{…}` for an expression, undefined when bare. */
function attributeSource(attribute: MdxJsxAttribute): string | undefined {
  if (attribute.value === null || attribute.value === undefined) return undefined;
  return typeof attribute.value === 'string' ? attribute.value : `{${attribute.value.value}}`;
}

/** An attribute's value as text: a string as written, a quoted string in braces, `''` when bare; undefined when it computes. */
function attributeValue(value: MdxJsxAttribute['value']): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return quotedString((value as MdxJsxAttributeValueExpression).data?.estree as Program | undefined);
}

function refusedAttribute(element: string, name: string): [string, string] {
  if (isEventHandlerName(name)) return [`an event-handler attribute on <${element}>: articles are content, they cannot run code in a reader's browser`, `remove ${name}`];
  if (name.toLowerCase() === 'style') return [`a style attribute on <${element}>: inline styles are refused by the site's Content-Security-Policy and can hide text or load URLs (url(…))`, 'remove it; the site styles articles'];
  if (name.includes(':')) return [`${name} on <${element}> is an Astro directive (set:html writes raw HTML, client: loads scripts), for components, not articles`, `remove ${name}`];
  if (name === 'className') return [`className on <${element}>: write it as class`, 'rename className to class'];
  return [`${name} is not an attribute <${element}> may carry; allowed: ${allowedAttributes(element).join(', ')}`, `remove ${name}`];
}

function valueRefusal(rule: AttributeRule, element: string, name: string, value: string, depth: number): UrlRefusal | undefined {
  if (rule === 'text') return undefined;
  if (rule === 'link-url') return linkUrlRefusal(value);
  if (rule === 'image-url') return imageUrlRefusal(value, { depth });
  if (rule === 'number') return /^\d{1,5}$/.test(value.trim()) ? undefined : { message: `${name} on <${element}> must be a whole number`, fix: `write ${name}="2"` };
  return rule.oneOf.includes(value.trim().toLowerCase()) ? undefined : { message: `${name} on <${element}> must be one of ${rule.oneOf.join(', ')}`, fix: `write ${name}="${rule.oneOf[0]}" or remove it` };
}
