import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { mdxToHastWith, type EnginePlugins, pluginEngines } from './engine-pipelines.ts';
import { rehypeFootnoteLabel, type FootnoteLabelOptions } from './rehype-footnote-label.ts';
import { satteriFootnoteLabel } from './satteri/footnote-label.ts';

const options: FootnoteLabelOptions = {
  label: (path) => (path.includes('/ja-JP/') ? '脚注' : 'Footnotes'),
};
const plugins: EnginePlugins = {
  unified: { rehype: [[rehypeFootnoteLabel, options]] },
  satteri: { hast: [satteriFootnoteLabel(options)] },
};

describe.each(pluginEngines)('rehypeFootnoteLabel (%s)', (engine) => {
  it('replaces the footnotes heading text with the label for the file', async () => {
    const tree = await mdxToHastWith(
      engine,
      plugins,
      'Text[^1].\n\n[^1]: Note.\n',
      'content/ja-JP/a.mdx',
    );
    expect(toHtml(tree)).toContain('<h2 class="sr-only" id="footnote-label">脚注</h2>');
  });

  it('leaves other headings alone', async () => {
    const tree = await mdxToHastWith(engine, plugins, '## Footnotes\n', 'content/ja-JP/a.mdx');
    expect(toHtml(tree)).toBe('<h2>Footnotes</h2>');
  });
});
