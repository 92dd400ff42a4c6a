import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkRehype from 'remark-rehype';
import { describe, expect, it } from 'vitest';
import { mdxParser } from './mdx-parser.ts';
import { rehypeSectionHeadings } from './rehype-section-headings.ts';
import { rehypeUniqueHeadingIds } from './rehype-unique-heading-ids.ts';
import { remarkSectionIds } from './remark-section-ids.ts';

/** An MDX body through the site's heading plugins and then Astro's own heading ids, as a build runs them. */
function render(mdx: string): string {
  const processor = mdxParser()
    .use(remarkSectionIds)
    .use(remarkRehype, { passThrough: ['mdxJsxTextElement', 'mdxJsxFlowElement'] })
    .use(rehypeSectionHeadings, { anchorLabel: () => 'link' })
    .use(rehypeUniqueHeadingIds)
    .use(rehypeHeadingIds);
  const file = { value: mdx, path: 'content/en-US/a.mdx' };
  return toHtml(processor.runSync(processor.parse(file), file) as Root);
}

const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);

describe('rehypeUniqueHeadingIds', () => {
  it("gives a heading whose slug is an anchor's id another id, so no id is on the page twice", () => {
    const html = render('## <a name="steps"></a>Reset steps\n\n### Steps\n\n### Steps\n');
    expect(idsOf(html)).toEqual(['steps', 'steps-1', 'steps-2']);
  });

  it('leaves the ids to Astro when none would clash, so those pages keep their ids', () => {
    const html = render('## <a name="a"></a>A\n\n### Notes\n\n### Notes\n');
    expect(idsOf(html)).toEqual(['a', 'notes', 'notes-1']);
  });

  it('never leaves an empty id: a heading whose text makes no slug gets one', () => {
    expect(idsOf(render('## <a name="a"></a>A\n\n### 🚀\n'))).toEqual(['a', 'section']);
  });

  it('counts every id of the article, not only headings: a footnote label is taken too', () => {
    const html = render('## <a name="a"></a>A[^1]\n\n### Footnote label\n\n[^1]: Note.\n');
    expect(idsOf(html).filter((id) => id.startsWith('footnote-label'))).toEqual([
      'footnote-label-1',
      'footnote-label',
    ]);
  });
});
