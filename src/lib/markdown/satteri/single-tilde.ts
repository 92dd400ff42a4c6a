import { defineMdastPlugin } from 'satteri';

/**
 * Sätteri plugin for `gfmOptions.singleTilde: false`, which Sätteri's GFM lacks: `~text~` is text again, only
 * `~~text~~` strikes through. `It takes ~5 minutes~` → `<p>It takes ~5 minutes~</p>`. Runs first, as the option
 * acts while parsing in unified.
 */
export function satteriSingleTilde() {
  return defineMdastPlugin({
    name: 'polyhelp-single-tilde',
    options: { position: true },
    delete(node, ctx) {
      const start = node.position?.start.offset;
      if (start === undefined || ctx.source.startsWith('~~', start)) return;
      ctx.replaceNode(node, [
        { type: 'text', value: '~' },
        ...node.children,
        { type: 'text', value: '~' },
      ]);
    },
  });
}
