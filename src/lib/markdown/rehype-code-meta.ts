import type { Element, Root } from 'hast';
import { visit } from './visit-tree.ts';

/**
 * Rehype plugin: a code block's meta string (what follows the language after ```) kept as its `metastring`
 * property, as Astro's MDX pipeline keeps it (its rehype-meta-string, not exported), so an article rendered outside
 * that pipeline gets the same HTML. ```` ```powershell title ```` → `<code class="language-powershell" metastring="title">`.
 */
export function rehypeCodeMeta() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const meta = (node.data as { meta?: string } | undefined)?.meta;
      if (node.tagName === 'code' && meta) node.properties.metastring = meta;
    });
  };
}
