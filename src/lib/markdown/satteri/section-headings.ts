import { defineHastPlugin } from 'satteri';
import { sectionHeadingParts, type SectionHeadingOptions } from '../rehype-section-headings.ts';
import { satteriFilePath } from './file-path.ts';

/**
 * Sätteri plugin of `rehypeSectionHeadings`: `<h2 id="steps">Steps</h2>` →
 * `<div class="heading heading-h2"><h2 id="steps">Steps</h2><a class="heading-anchor" href="#steps">…</a></div>`.
 */
export function satteriSectionHeadings(options: SectionHeadingOptions) {
  return defineHastPlugin({
    name: 'polyhelp-section-headings',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const parts = sectionHeadingParts(node, (text) =>
          options.anchorLabel(satteriFilePath(ctx), text),
        );
        // The wrapper's own children stay after the heading: the self-link.
        if (parts) ctx.wrapNode(node, { ...parts.wrapper, children: [parts.link] });
      },
    },
  });
}
