import type { Root } from 'hast';
import { defineHastPlugin } from 'satteri';
import { uniqueHeadingIds } from '../rehype-unique-heading-ids.ts';

/**
 * Sätteri plugin of `rehypeUniqueHeadingIds`, last before Astro's own heading ids, once the whole tree is known:
 * `<h2 id="steps">A</h2><h3>Steps</h3>` → `<h2 id="steps">A</h2><h3 id="steps-1">Steps</h3>`.
 */
export function satteriUniqueHeadingIds() {
  return defineHastPlugin({
    name: 'polyhelp-unique-heading-ids',
    after(root, ctx) {
      for (const [heading, id] of uniqueHeadingIds(root as Root))
        ctx.setProperty(heading, 'id', id);
    },
  });
}
