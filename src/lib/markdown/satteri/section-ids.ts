import { defineMdastPlugin } from 'satteri';
import { headingWithSectionId } from '../remark-section-ids.ts';

/**
 * Sätteri plugin of `remarkSectionIds`: `## <a name="error-message"></a>Je vois…` → `<h2 id="error-message">Je vois…</h2>`,
 * the anchor read from the source as the content check reads it.
 */
export function satteriSectionIds() {
  return defineMdastPlugin({
    name: 'polyhelp-section-ids',
    options: { position: true },
    heading(node, ctx) {
      return headingWithSectionId(node, ctx.source);
    },
  });
}
