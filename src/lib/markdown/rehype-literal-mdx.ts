import type { Program } from 'estree';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { h } from 'hastscript';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from 'mdast-util-mdx-jsx';
import type { MdxFlowExpressionHast, MdxTextExpressionHast } from 'mdast-util-mdx-expression';
import { SKIP, visit } from './visit-tree.ts';
import { literalText, quotedString } from '../content/disallowed-content.ts';

type MdxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type MdxExpression = MdxFlowExpressionHast | MdxTextExpressionHast;

/**
 * Rehype plugin: the MDX an article may hold, as plain HTML, for a body rendered to HTML rather than compiled to
 * JavaScript. Lower-case elements with quoted attributes become elements, a `{'…'}` its text and a `{/* … *\/}`
 * nothing. Anything that would compute (a component, a spread, an expression, import/export) is an error: the
 * content check refuses it before anything renders, so reaching here means a check was skipped.
 * `<kbd title="x">Ctrl</kbd>` → `{ type: 'element', tagName: 'kbd', properties: { title: 'x' }, … }`.
 */
export function rehypeLiteralMdx() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      const replacement = literalNode(node as RootContent);
      if (replacement === node) return;
      parent.children.splice(index, 1, ...([replacement].flat() as ElementContent[]));
      return [SKIP, index];
    });
  };
}

/** A node as plain hast: itself when it is one, else what it stands for (an element, a text, or nothing). */
function literalNode(node: RootContent): RootContent | RootContent[] {
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return toElement(node);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return toText(node);
    case 'mdxjsEsm':
      throw new Error(`an import or export reached the renderer: ${node.value}`);
    default:
      return node;
  }
}

function toElement(node: MdxElement): Element {
  if (!node.name || node.name !== node.name.toLowerCase() || /[.:]/.test(node.name))
    throw new Error(`a component reached the renderer: <${node.name ?? ''}>`);
  const properties = Object.fromEntries(node.attributes.map(toProperty));
  return h(node.name, properties, node.children as ElementContent[]);
}

function toProperty(
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
): [string, string | true] {
  if (attribute.type === 'mdxJsxExpressionAttribute')
    throw new Error(`a spread attribute reached the renderer: {${attribute.value}}`);
  const { name, value } = attribute;
  if (value === null || value === undefined) return [name, true];
  if (typeof value === 'string') return [name, value];
  const text = quotedString(value.data?.estree as Program | undefined);
  if (text === undefined)
    throw new Error(`an attribute expression reached the renderer: ${name}={${value.value}}`);
  return [name, text];
}

function toText(node: MdxExpression): Text[] {
  const text = literalText(node.data?.estree as Program | undefined);
  if (text === undefined) throw new Error(`an expression reached the renderer: {${node.value}}`);
  return text === '' ? [] : [{ type: 'text', value: text }];
}
