import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { vfilePath } from './vfile-path.ts';

/** Options of `rehypeFootnoteLabel`. */
export interface FootnoteLabelOptions {
  /** The visible label of the footnotes section for the file at this path. */
  label: (filePath: string) => string;
}

/**
 * Rehype plugin: localizes the heading GFM gives the footnotes section, which remark-rehype can only
 * set once for every file. `<h2 id="footnote-label">Footnotes</h2>` → `<h2 id="footnote-label">Notes de bas de page</h2>`.
 */
export function rehypeFootnoteLabel(options: FootnoteLabelOptions) {
  return (tree: Root, file: { path?: string; history: string[] }) => {
    visit(tree, 'element', (node) => {
      if (node.properties.id !== 'footnote-label') return;
      node.children = [{ type: 'text', value: options.label(vfilePath(file)) }];
    });
  };
}
