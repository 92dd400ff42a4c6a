import { defineMdastPlugin } from 'satteri';
import { blockquoteToCallout, type AlertOptions } from '../remark-alerts.ts';
import { satteriFilePath } from './file-path.ts';

/** Sätteri plugin of `remarkAlerts`: `> [!NOTE]\n> Text` → `<aside class="callout callout-note" role="note">…</aside>`. */
export function satteriAlerts(options: AlertOptions) {
  return defineMdastPlugin({
    name: 'polyhelp-alerts',
    blockquote(node, ctx) {
      return blockquoteToCallout(node, (kind) => options.title(satteriFilePath(ctx), kind));
    },
  });
}
