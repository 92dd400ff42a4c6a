import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';
import { uniqueHeadingIds } from '../rehype-unique-heading-ids.ts';

/**
 * The elements that can hold an id when the plugin runs on an MDX article: headings (section anchors, GFM's
 * footnotes label) and GFM's footnote items and references. Article HTML is JSX in MDX, not elements, so only
 * these cross from Rust, not every node of the page.
 */
const elementsWithIds = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'a'];

/**
 * Sätteri plugin of `rehypeUniqueHeadingIds`, last before Astro's own heading ids, once the whole article is read:
 * `<h2 id="steps">A</h2><h3>Steps</h3>` → `<h2 id="steps">A</h2><h3 id="steps-1">Steps</h3>`.
 */
export function satteriUniqueHeadingIds() {
  return () => {
    const elements: Element[] = [];
    return defineHastPlugin({
      name: 'polyhelp-unique-heading-ids',
      element: { filter: elementsWithIds, visit: (node) => void elements.push(node) },
      after(_root, ctx) {
        for (const [heading, id] of uniqueHeadingIds(elements)) ctx.setProperty(heading, 'id', id);
      },
    });
  };
}
