import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { mdxToHastWith, type EnginePlugins, pluginEngines } from './engine-pipelines.ts';
import { rehypeSectionHeadings, type SectionHeadingOptions } from './rehype-section-headings.ts';
import { remarkSectionIds } from './remark-section-ids.ts';
import { satteriSectionHeadings } from './satteri/section-headings.ts';
import { satteriSectionIds } from './satteri/section-ids.ts';

const options: SectionHeadingOptions = {
  anchorLabel: (path, heading) => `[${path.includes('/fr-FR/') ? 'fr' : 'en'}] ${heading}`,
};
/** The section-id plugins as the site runs them: the anchor is read on the parsed tree. */
const plugins: EnginePlugins = {
  unified: { remark: [remarkSectionIds], rehype: [[rehypeSectionHeadings, options]] },
  satteri: { mdast: [satteriSectionIds()], hast: [satteriSectionHeadings(options)] },
};

describe.each(pluginEngines)('rehypeSectionHeadings (%s)', (engine) => {
  const transform = (mdx: string): Promise<Root> =>
    mdxToHastWith(engine, plugins, mdx, 'content/fr-FR/a.mdx');
  const run = async (mdx: string) => toHtml(await transform(mdx));

  it('uses the anchor name as the heading id instead of a slug of the translated text', async () => {
    const html = await run('## <a name="error-message"></a>Je vois un message d’erreur\n');
    expect(html).toContain('<h2 id="error-message">Je vois un message d’erreur</h2>');
    expect(html).not.toContain('name="error-message"');
  });

  it('adds a self-link after the heading with the label for that file and heading', async () => {
    const html = await run('## <a name="error-message"></a> Je vois\n');
    expect(html).toBe(
      '<div class="heading heading-h2"><h2 id="error-message">Je vois</h2><a class="heading-anchor" href="#error-message" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="sr-only">[fr] Je vois</span></a></div>',
    );
  });

  it('reads an anchor after the text, and labels the link with the text as a reader sees it', async () => {
    const html = await run('### Les  étapes `x` <a name="steps"></a>\n');
    expect(html).toContain('<h3 id="steps">Les  étapes <code>x</code> </h3>');
    expect(html).toContain('<span class="sr-only">[fr] Les étapes x</span>');
  });

  it('gives the h1 its stable id but no self-link', async () => {
    expect(await run('# <a name="troubleshoot-sspr"></a>Titre\n')).toBe(
      '<h1 id="troubleshoot-sspr">Titre</h1>',
    );
  });

  it('leaves a heading without an anchor for Astro to slug', async () => {
    expect(await run('## Plain\n')).toBe('<h2>Plain</h2>');
  });

  it('gives no id from an anchor the content check does not accept, so the page shows what the check proved', async () => {
    const [heading] = (await transform('### <a name="x" />Self-closed\n')).children;
    expect(heading).toMatchObject({ tagName: 'h3' });
    expect(heading).not.toHaveProperty('properties.id');
    expect(await run('### <a name="x"></a>Closed\n')).toContain('<h3 id="x">Closed</h3>');
  });
});
