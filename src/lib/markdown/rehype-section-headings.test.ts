import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkRehype from 'remark-rehype';
import { describe, expect, it } from 'vitest';
import { mdxParser } from './mdx-parser.ts';
import { rehypeSectionHeadings } from './rehype-section-headings.ts';
import { remarkSectionIds } from './remark-section-ids.ts';

/** An MDX body through the section-id plugins as the site runs them: the anchor is read on the parsed tree. */
function transform(mdx: string): Root {
  const processor = mdxParser()
    .use(remarkSectionIds)
    .use(remarkRehype, { passThrough: ['mdxJsxTextElement', 'mdxJsxFlowElement'] })
    .use(rehypeSectionHeadings, { anchorLabel: (path, heading) => `[${path}] ${heading}` });
  const file = { value: mdx, path: 'content/fr-FR/a.mdx' };
  return processor.runSync(processor.parse(file), file) as Root;
}

const run = (mdx: string) => toHtml(transform(mdx));

describe('rehypeSectionHeadings', () => {
  it('uses the anchor name as the heading id instead of a slug of the translated text', () => {
    const html = run('## <a name="error-message"></a>Je vois un message d’erreur\n');
    expect(html).toContain('<h2 id="error-message">Je vois un message d’erreur</h2>');
    expect(html).not.toContain('name="error-message"');
  });

  it('adds a self-link after the heading with the label for that file and heading', () => {
    const html = run('## <a name="error-message"></a> Je vois\n');
    expect(html).toContain(
      '<a class="heading-anchor" href="#error-message" data-pagefind-ignore="">',
    );
    expect(html).toContain('<span class="sr-only">[content/fr-FR/a.mdx] Je vois</span>');
  });

  it('gives the h1 its stable id but no self-link', () => {
    expect(run('# <a name="troubleshoot-sspr"></a>Titre\n')).toBe(
      '<h1 id="troubleshoot-sspr">Titre</h1>',
    );
  });

  it('leaves a heading without an anchor for Astro to slug', () => {
    expect(run('## Plain\n')).toBe('<h2>Plain</h2>');
  });

  it('gives no id from an anchor the content check does not accept, so the page shows what the check proved', () => {
    const [heading] = transform('### <a name="x" />Self-closed\n').children;
    expect(heading).toMatchObject({ tagName: 'h3' });
    expect(heading).not.toHaveProperty('properties.id');
    expect(run('### <a name="x"></a>Closed\n')).toContain('<h3 id="x">Closed</h3>');
  });
});
