import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { vfilePath } from './vfile-path.ts';

/** Options of `rehypeSectionHeadings`. */
export interface SectionHeadingOptions {
  /** The accessible label of a heading's anchor link, given the file path and the heading text. */
  anchorLabel: (filePath: string, headingText: string) => string;
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
      const id = node.properties.id;
      if (typeof id !== 'string') return SKIP;
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
            children: [{ type: 'text', value: options.anchorLabel(path, toText(node).trim()) }],
          },
        ],
      };
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading', `heading-${node.tagName}`] },
        children: [node, link],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}
