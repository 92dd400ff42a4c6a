import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from './visit-tree.ts';
import { vfilePath } from './vfile-path.ts';

/** Options of `rehypeSectionHeadings`. */
export interface SectionHeadingOptions {
  /** The accessible label of a heading's anchor link, given the file path and the heading text. */
  anchorLabel: (filePath: string, headingText: string) => string;
}

/**
 * What a section heading is wrapped in, for both engines' plugins: the wrapper (without the heading) and the
 * self-link that follows the heading in it, or undefined for a heading that gets none (not h2–h3, or no id).
 * `<h2 id="steps">Steps</h2>` → `{ wrapper: <div class="heading heading-h2">, link: <a class="heading-anchor" href="#steps">… }`.
 */
export function sectionHeadingParts(
  node: Element,
  anchorLabel: (headingText: string) => string,
): { wrapper: Element; link: Element } | undefined {
  const id = node.properties.id;
  if ((node.tagName !== 'h2' && node.tagName !== 'h3') || typeof id !== 'string') return undefined;
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
        children: [{ type: 'text', value: anchorLabel(toText(node).trim()) }],
      },
    ],
  };
  const wrapper: Element = {
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading', `heading-${node.tagName}`] },
    children: [],
  };
  return { wrapper, link };
}

/**
 * Rehype plugin: h2–h3 with a stable id (from their section anchor, set by `remarkSectionIds`) get a self-link with a
 * localized label. `<h2 id="error-message">Je vois…</h2>` →
 * `<div class="heading heading-h2"><h2 id="error-message">Je vois…</h2><a class="heading-anchor" href="#error-message">…</a></div>`
 */
export function rehypeSectionHeadings(options: SectionHeadingOptions) {
  return (tree: Root, file: { path?: string; history: string[] }) => {
    const path = vfilePath(file);
    visit(tree, 'element', (node, index, parent) => {
      if ((node.tagName !== 'h2' && node.tagName !== 'h3') || !parent || index === undefined)
        return;
      const parts = sectionHeadingParts(node, (text) => options.anchorLabel(path, text));
      if (!parts) return SKIP;
      parent.children[index] = { ...parts.wrapper, children: [node, parts.link] };
      return SKIP;
    });
  };
}
