import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeFootnoteLabel } from './rehype-footnote-label.ts';

describe('rehypeFootnoteLabel', () => {
  it('replaces the footnotes heading text with the label for the file', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'h2',
          properties: { id: 'footnote-label' },
          children: [{ type: 'text', value: 'Footnotes' }],
        },
      ],
    };
    rehypeFootnoteLabel({ label: (path) => (path.includes('/ja-JP/') ? '脚注' : 'Footnotes') })(
      tree,
      { path: 'content/ja-JP/a.mdx', history: [] },
    );
    expect(toHtml(tree)).toBe('<h2 id="footnote-label">脚注</h2>');
  });
});
