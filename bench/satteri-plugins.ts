// A sketch of our four unified plugins (src/lib/markdown/) on Sätteri's plugin API, for `bench/mdx-compile.ts` to price
// what a port costs per article. Not the site's pipeline: its output is not yet checked against the unified one.
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import type { Element, ElementContent } from 'hast';
import type { AlertKind, AlertOptions } from '../src/lib/markdown/remark-alerts.ts';
import type { SectionHeadingOptions } from '../src/lib/markdown/rehype-section-headings.ts';
import type { FootnoteLabelOptions } from '../src/lib/markdown/rehype-footnote-label.ts';
import { symptomHeadingWeight } from '../src/lib/markdown/rehype-symptom-weight.ts';

const markerPattern = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\](?:[ \t]*\r?\n|[ \t]+|$)/i;
const pathOf = (fileURL: URL | undefined) => (fileURL ? fileURLToPath(fileURL) : '');

/**
 * mdast plugins: Docs alerts as callouts (remarkAlerts), and `~text~` back to plain text, since Sätteri's GFM has no
 * `singleTilde: false` (gfmOptions): `satteriMdastPlugins({ title })` → `[factory]`, one plugin set per file.
 */
export function satteriMdastPlugins(options: AlertOptions): MdastPluginEntry[] {
  return [
    ({ fileURL }) => ({
      name: 'polyhelp-alerts',
      options: { position: true },
      blockquote(node) {
        const paragraph = node.children[0];
        const marker = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
        const match = marker?.type === 'text' ? markerPattern.exec(marker.value) : null;
        if (!match || marker?.type !== 'text' || paragraph?.type !== 'paragraph') return;
        const kind = match[1].toLowerCase() as AlertKind;
        const rest = marker.value.slice(match[0].length);
        const first = [
          ...(rest ? [{ type: 'text' as const, value: rest }] : []),
          ...paragraph.children.slice(1),
        ];
        if (first[0]?.type === 'break') first.shift();
        const title = {
          type: 'paragraph' as const,
          data: { hProperties: { className: ['callout-title'] } },
          children: [{ type: 'text' as const, value: options.title(pathOf(fileURL), kind) }],
        };
        return {
          type: 'blockquote',
          data: {
            hName: 'aside',
            hProperties: { className: ['callout', `callout-${kind}`], role: 'note' },
          },
          children: [
            title,
            ...(first.length > 0 ? [{ ...paragraph, children: first }] : []),
            ...node.children.slice(1),
          ],
        };
      },
      delete(node, ctx) {
        const start = node.position?.start.offset;
        if (start === undefined || ctx.source.startsWith('~~', start)) return;
        ctx.replaceNode(node, [
          { type: 'text', value: '~' },
          ...node.children,
          { type: 'text', value: '~' },
        ]);
      },
    }),
  ];
}

/** The name of an empty `<a name="x"></a>`, as MDX (JSX node) or Markdown (element) gives it. */
function anchorNameOf(
  node:
    | ElementContent
    | {
        type: string;
        name?: string | null;
        attributes?: { type: string; name: string; value?: unknown }[];
      },
): string | undefined {
  if (
    node.type === 'element' &&
    'tagName' in node &&
    node.tagName === 'a' &&
    typeof node.properties.name === 'string'
  )
    return node.properties.name;
  if (
    (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
    'attributes' in node &&
    node.name === 'a'
  ) {
    const name = node.attributes?.find(
      (a) => a.type === 'mdxJsxAttribute' && a.name === 'name',
    )?.value;
    if (typeof name === 'string') return name;
  }
  return undefined;
}

/**
 * hast plugins: stable heading ids from `<a name>` with a self-link on h2–h3 (rehypeSectionHeadings) and the symptom
 * weight on h2 (rehypeSymptomWeight) in one pass, and the localized footnotes label (rehypeFootnoteLabel). They run
 * before Astro's own heading-ids plugin, which keeps an id it finds: the TOC gets our ids.
 */
export function satteriHastPlugins(
  options: SectionHeadingOptions & FootnoteLabelOptions,
): HastPluginEntry[] {
  return [
    ({ fileURL }) => ({
      name: 'polyhelp-section-headings',
      element: [
        {
          filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
          visit(node, ctx) {
            const children = node.children as ElementContent[];
            const anchorIndex = children.findIndex((child) => anchorNameOf(child) !== undefined);
            let id = node.properties.id;
            if (anchorIndex !== -1) {
              id = anchorNameOf(children[anchorIndex]);
              ctx.setProperty(node, 'id', id);
              ctx.removeChildAt(node, anchorIndex);
              const next = children[anchorIndex + 1];
              if (next?.type === 'text')
                ctx.replaceNode(next, { type: 'text', value: next.value.replace(/^\s+/, '') });
            }
            if (typeof id !== 'string' || node.tagName === 'h1' || Number(node.tagName[1]) > 3)
              return;
            if (node.tagName === 'h2')
              ctx.setProperty(node, 'dataPagefindWeight', String(symptomHeadingWeight));
            const text = ctx.textContent(node).trim();
            const link: Element = {
              type: 'element',
              tagName: 'a',
              properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
              children: [
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { ariaHidden: 'true' },
                  children: [{ type: 'text', value: '#' }],
                },
                {
                  type: 'element',
                  tagName: 'span',
                  properties: { className: ['sr-only'] },
                  children: [{ type: 'text', value: options.anchorLabel(pathOf(fileURL), text) }],
                },
              ],
            };
            ctx.wrapNode(node, {
              type: 'element',
              tagName: 'div',
              properties: { className: ['heading', `heading-${node.tagName}`] },
              children: [link],
            });
          },
        },
        {
          filter: ['h2'],
          visit(node, ctx) {
            if (node.properties.id === 'footnote-label')
              ctx.setProperty(node, 'children', [
                { type: 'text', value: options.label(pathOf(fileURL)) },
              ]);
          },
        },
      ],
    }),
  ];
}
