import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { vfilePath } from './vfile-path.ts';

/** Options of `rehypeSectionHeadings`. */
export interface SectionHeadingOptions {
  /** The accessible label of a heading's anchor link, given the file path and the heading text. */
  anchorLabel: (filePath: string, headingText: string) => string;
}

interface MdxJsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}
interface MdxJsxElement {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  children: ElementContent[];
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The name of an empty `<a name="x"></a>`, as MDX (JSX node) or Markdown (element) parses it. */
function anchorNameOf(node: ElementContent | MdxJsxElement): string | undefined {
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.name === 'string') return node.properties.name;
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a') {
    const name = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name')?.value;
    if (typeof name === 'string') return name;
  }
  return undefined;
}

/**
 * Rehype plugin: a heading's id becomes the stable id of its `<a name="…"></a>` anchor (the same in
 * every locale, unlike a slug of the translated text), and h2–h3 get a self-link with a localized label.
 * `<h2><a name="error-message"></a>Je vois…</h2>` → `<div class="heading"><h2 id="error-message">Je vois…</h2><a href="#error-message">…</a></div>`
 */
export function rehypeSectionHeadings(options: SectionHeadingOptions) {
  return (tree: Root, file: { path?: string; history: string[] }) => {
    const path = vfilePath(file);
    visit(tree, 'element', (node, index, parent) => {
      if (!headingTags.has(node.tagName) || !parent || index === undefined) return;
      const children = node.children as (ElementContent | MdxJsxElement)[];
      const anchorIndex = children.findIndex((child) => anchorNameOf(child) !== undefined);
      if (anchorIndex !== -1) {
        node.properties.id = anchorNameOf(children[anchorIndex]);
        children.splice(anchorIndex, 1);
        trimLeadingSpace(node);
      }
      const id = node.properties.id;
      if (typeof id !== 'string' || node.tagName === 'h1' || Number(node.tagName[1]) > 3) return SKIP;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: options.anchorLabel(path, toText(node).trim()) }] },
        ],
      };
      const wrapper: Element = { type: 'element', tagName: 'div', properties: { className: ['heading', `heading-${node.tagName}`] }, children: [node, link] };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}

function trimLeadingSpace(heading: Element) {
  const first = heading.children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
}
