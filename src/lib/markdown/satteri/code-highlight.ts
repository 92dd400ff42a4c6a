import { defineHastPlugin } from 'satteri';
import { highlightedPre } from '../rehype-code-highlight.ts';

/** Sätteri plugin of `rehypeCodeHighlight`: `<pre><code class="language-ps">` → `<pre class="code-highlighted"><code class="language-powershell"><span class="token …">`. */
export function satteriCodeHighlight() {
  return defineHastPlugin({
    name: 'polyhelp-code-highlight',
    element: {
      filter: ['pre'],
      visit(node) {
        return highlightedPre(node);
      },
    },
  });
}
