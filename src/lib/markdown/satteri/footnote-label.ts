import { defineHastPlugin } from 'satteri';
import { isFootnoteLabel, type FootnoteLabelOptions } from '../rehype-footnote-label.ts';
import { satteriFilePath } from './file-path.ts';

/**
 * Sätteri plugin of `rehypeFootnoteLabel` (Sätteri's own footnote label is one for every file):
 * `<h2 id="footnote-label">Footnotes</h2>` → `<h2 id="footnote-label">Fußnoten</h2>` in a German file.
 * Only headings can have that id at this point: GFM's own, and one an author anchored so.
 */
export function satteriFootnoteLabel(options: FootnoteLabelOptions) {
  return defineHastPlugin({
    name: 'polyhelp-footnote-label',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (isFootnoteLabel(node))
          ctx.setProperty(node, 'children', [
            { type: 'text', value: options.label(satteriFilePath(ctx)) },
          ]);
      },
    },
  });
}
