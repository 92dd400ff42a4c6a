import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { mdxToHastWith, type EnginePlugins, pluginEngines } from './engine-pipelines.ts';
import { rehypeSectionHeadings } from './rehype-section-headings.ts';
import { rehypeUniqueHeadingIds } from './rehype-unique-heading-ids.ts';
import { remarkSectionIds } from './remark-section-ids.ts';
import { satteriSectionHeadings } from './satteri/section-headings.ts';
import { satteriSectionIds } from './satteri/section-ids.ts';
import { satteriUniqueHeadingIds } from './satteri/unique-heading-ids.ts';

/** An MDX body through the site's heading plugins and then Astro's own heading ids, as a build runs them. */
const plugins: EnginePlugins = {
  unified: {
    remark: [remarkSectionIds],
    rehype: [
      [rehypeSectionHeadings, { anchorLabel: () => 'link' }],
      rehypeUniqueHeadingIds,
      rehypeHeadingIds,
    ],
  },
  satteri: {
    mdast: [satteriSectionIds()],
    hast: [
      satteriSectionHeadings({ anchorLabel: () => 'link' }),
      satteriUniqueHeadingIds(),
      satteriHeadingIdsPlugin(),
    ],
  },
};
const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);

describe.each(pluginEngines)('rehypeUniqueHeadingIds (%s)', (engine) => {
  const render = async (mdx: string) => toHtml(await mdxToHastWith(engine, plugins, mdx));

  it("gives a heading whose slug is an anchor's id another id, so no id is on the page twice", async () => {
    const html = await render('## <a name="steps"></a>Reset steps\n\n### Steps\n\n### Steps\n');
    expect(idsOf(html)).toEqual(['steps', 'steps-1', 'steps-2']);
  });

  it('leaves the ids to Astro when none would clash, so those pages keep their ids', async () => {
    const html = await render('## <a name="a"></a>A\n\n### Notes\n\n### Notes\n');
    expect(idsOf(html)).toEqual(['a', 'notes', 'notes-1']);
  });

  it('never leaves an empty id: a heading whose text makes no slug gets one', async () => {
    expect(idsOf(await render('## <a name="a"></a>A\n\n### 🚀\n'))).toEqual(['a', 'section']);
  });

  it('counts every id of the article, not only headings: a footnote label is taken too', async () => {
    const html = await render('## <a name="a"></a>A[^1]\n\n### Footnote label\n\n[^1]: Note.\n');
    expect(idsOf(html).filter((id) => id.startsWith('footnote-label'))).toEqual([
      'footnote-label-1',
      'footnote-label',
    ]);
  });
});
