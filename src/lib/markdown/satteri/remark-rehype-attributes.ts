import { defineHastPlugin } from 'satteri';

const alignStyle = /^text-align: (left|right|center)$/;

/**
 * Sätteri plugin: GFM's markup with the attributes remark-rehype writes, so a page is the same whichever engine
 * built it: table cells `style="text-align: left"` → `align="left"`, and the footnote markers
 * `data-footnotes`, `data-footnote-ref` (bare, from `true`) → `data-footnotes=""`, as the HTML of unified's pipeline.
 */
export function satteriRemarkRehypeAttributes() {
  return defineHastPlugin({
    name: 'polyhelp-remark-rehype-attributes',
    element: [
      {
        filter: ['th', 'td'],
        visit(node, ctx) {
          const align =
            typeof node.properties.style === 'string'
              ? alignStyle.exec(node.properties.style)
              : null;
          if (!align) return;
          ctx.setProperty(node, 'style', null);
          ctx.setProperty(node, 'align', align[1]);
        },
      },
      {
        filter: ['section', 'a'],
        visit(node, ctx) {
          for (const key of ['dataFootnotes', 'dataFootnoteRef'])
            if (node.properties[key] === true) ctx.setProperty(node, key, '');
        },
      },
    ],
  });
}
