import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { mdxToHastWith, type EnginePlugins, pluginEngines } from './engine-pipelines.ts';
import { rehypeSymptomWeight } from './rehype-symptom-weight.ts';
import { remarkSectionIds } from './remark-section-ids.ts';
import { satteriSectionIds } from './satteri/section-ids.ts';
import { satteriSymptomWeight } from './satteri/symptom-weight.ts';

const plugins: EnginePlugins = {
  unified: { remark: [remarkSectionIds], rehype: [rehypeSymptomWeight] },
  satteri: { mdast: [satteriSectionIds()], hast: [satteriSymptomWeight()] },
};

describe.each(pluginEngines)('rehypeSymptomWeight (%s)', (engine) => {
  it('weights h2 symptom headings with ids above body text, and nothing else', async () => {
    const mdx = [
      '# <a name="top"></a>Top',
      '## <a name="error-message"></a>Error',
      '## Plain',
      '### <a name="sub"></a>Sub',
    ].join('\n\n');
    expect(toHtml(await mdxToHastWith(engine, plugins, mdx))).toBe(
      '<h1 id="top">Top</h1>\n<h2 id="error-message" data-pagefind-weight="8">Error</h2>\n<h2>Plain</h2>\n<h3 id="sub">Sub</h3>',
    );
  });
});
