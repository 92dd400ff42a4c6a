import type { Element, Root } from 'hast';
import { visit } from './visit-tree.ts';
import { vfilePath } from './vfile-path.ts';

/** Options of `rehypeFootnoteLabel`. */
export interface FootnoteLabelOptions {
  /** The visible label of the footnotes section for the file at this path. */
  label: (filePath: string) => string;
}

/**
 * Whether an element is the heading GFM gives the footnotes section (the one element with this id before heading
 * ids are made), for both engines' plugins: `isFootnoteLabel(<h2 id="footnote-label">)` → `true`.
 */
export function isFootnoteLabel(node: Element): boolean {
  return node.properties.id === 'footnote-label';
}

/**
 * Rehype plugin: localizes the heading GFM gives the footnotes section, which remark-rehype can only
 * set once for every file. `<h2 id="footnote-label">Footnotes</h2>` → `<h2 id="footnote-label">Notes de bas de page</h2>`.
 */
export function rehypeFootnoteLabel(options: FootnoteLabelOptions) {
  return (tree: Root, file: { path?: string; history: string[] }) => {
    visit(tree, 'element', (node) => {
      if (isFootnoteLabel(node))
        node.children = [{ type: 'text', value: options.label(vfilePath(file)) }];
    });
  };
}
