import type { Nodes, Root } from 'mdast';
import { mdxToMdast } from 'satteri';

/** Nodes whose JavaScript Sätteri does not parse into `data.estree`, which the content check reads. */
const withoutEstree = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/**
 * The tree of an article body from Sätteri's Rust parser (about 20 times faster than micromark), when it is the tree
 * `mdxParser` gives; undefined when the body holds something Sätteri reads differently or less fully, so the caller
 * parses it with `mdxParser`: a parse error (micromark's message is the one reported), `{…}` and import/export (no
 * estree), an attribute computed in braces, and a single-tilde strikethrough (`gfmOptions.singleTilde` is false; Sätteri
 * has no such option). What is left equal is checked on the real corpus (native-mdx-tree.test.ts).
 * `nativeMdxTree('# Hi\n')` → `{ type: 'root', children: [{ type: 'heading', … }] }`; `nativeMdxTree('{1}')` → undefined.
 */
export function nativeMdxTree(body: string): Root | undefined {
  let tree: Root;
  try {
    tree = mdxToMdast(body) as Root;
  } catch {
    return undefined;
  }
  return isLikeMdxParser(tree as Nodes, body) ? tree : undefined;
}

/** Whether no node below `node` is one Sätteri parses differently; its JSX elements lose the mark MDX's own compile adds. */
function isLikeMdxParser(node: Nodes, body: string): boolean {
  if (withoutEstree.has(node.type)) return false;
  if (node.type === 'delete' && !body.startsWith('~~', node.position?.start.offset ?? -1))
    return false;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const computed = node.attributes.some(
      (attribute) =>
        attribute.type === 'mdxJsxExpressionAttribute' ||
        (attribute.value !== null && typeof attribute.value === 'object'),
    );
    if (computed) return false;
    if (node.data && '_mdxExplicitJsx' in node.data) {
      delete (node.data as Record<string, unknown>)._mdxExplicitJsx;
      if (Object.keys(node.data).length === 0) delete node.data;
    }
  }
  return !('children' in node) || node.children.every((child) => isLikeMdxParser(child, body));
}
