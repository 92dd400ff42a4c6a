import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeSectionHeadings } from './rehype-section-headings.ts';

/** `<h2><a name="…"></a>text</h2>` as MDX hands it to rehype: the anchor is a JSX node. */
function treeWithHeading(tagName: string, anchorName: string | undefined, text: string): Root {
  const anchor = anchorName
    ? [{ type: 'mdxJsxTextElement', name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'name', value: anchorName }], children: [] }]
    : [];
  const heading = { type: 'element', tagName, properties: {}, children: [...anchor, { type: 'text', value: text }] } as unknown as Element;
  return { type: 'root', children: [heading] };
}

const run = (tree: Root) => {
  rehypeSectionHeadings({ anchorLabel: (path, heading) => `[${path}] ${heading}` })(tree, { path: 'content/fr-FR/a.mdx', history: [] });
  return toHtml(tree);
};

describe('rehypeSectionHeadings', () => {
  it('uses the anchor name as the heading id instead of a slug of the translated text', () => {
    const html = run(treeWithHeading('h2', 'error-message', 'Je vois un message d’erreur'));
    expect(html).toContain('<h2 id="error-message">Je vois un message d’erreur</h2>');
    expect(html).not.toContain('name="error-message"');
  });

  it('adds a self-link after the heading with the label for that file and heading', () => {
    const html = run(treeWithHeading('h2', 'error-message', 'Je vois'));
    expect(html).toContain('<a class="heading-anchor" href="#error-message" data-pagefind-ignore="">');
    expect(html).toContain('<span class="sr-only">[content/fr-FR/a.mdx] Je vois</span>');
  });

  it('gives the h1 its stable id but no self-link', () => {
    const html = run(treeWithHeading('h1', 'troubleshoot-sspr', 'Titre'));
    expect(html).toBe('<h1 id="troubleshoot-sspr">Titre</h1>');
  });

  it('leaves a heading without an anchor for Astro to slug', () => {
    expect(run(treeWithHeading('h2', undefined, 'Plain'))).toBe('<h2>Plain</h2>');
  });
});
