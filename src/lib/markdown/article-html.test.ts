import { describe, expect, it } from 'vitest';
import { markdownLabels } from '../../bindings/markdown-labels.ts';
import { parseArticleBody } from '../content/parse-article-body.ts';
import { createArticleRenderer } from './article-html.ts';

const render = createArticleRenderer(markdownLabels);
const path = '/site/content/fr-FR/guide.mdx';

describe('createArticleRenderer', () => {
  it('renders a body with the site plugins, in the language of its folder', () => {
    const { html, metadata } = render(
      '## <a name="reset"></a>Réinitialiser\n\n> [!NOTE]\n> Lisez ceci.\n',
      path,
    );
    expect(html).toContain('<h2 id="reset" data-pagefind-weight="8">Réinitialiser</h2>');
    expect(html).toContain('Lien vers la section : Réinitialiser');
    expect(html).toContain('Remarque');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'reset', text: 'Réinitialiser' }]);
  });

  it('writes allowed elements, quoted strings and comments in braces as plain HTML, as the MDX compile renders them', () => {
    const { html } = render(
      "Press <kbd title=\"key\">Ctrl</kbd> {'{'}x{'}'}{/* note */}.\n\n<br />\n",
      path,
    );
    expect(html).toBe('<p>Press <kbd title="key">Ctrl</kbd> {x}.</p>\n<br>');
  });

  it('leaves each image to Astro as a placeholder it resolves and optimises, and lists the files to import', () => {
    const { html, metadata } = render('![Barre](./media/bar.png)\n', path);
    expect(html).toBe(
      '<p><img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./media/bar.png&#x22;,&#x22;alt&#x22;:&#x22;Barre&#x22;,&#x22;index&#x22;:0}"></p>',
    );
    expect(metadata.localImagePaths).toEqual(['./media/bar.png']);
    expect(metadata.imagePaths).toEqual(['./media/bar.png']);
  });

  it('renders the tree the content check parsed the same as the text', () => {
    const body = '## <a name="a"></a>A\n\n| x | y |\n| - | - |\n| 1 | 2 |\n';
    const tree = parseArticleBody('a.mdx', body).tree;
    expect(render(body, path, tree)).toEqual(render(body, path));
  });

  it.each([
    ['a component', '<Alert />\n', /a component reached the renderer: <Alert>/],
    [
      'an import',
      "import x from 'y'\n",
      /an import or export reached the renderer: import x from 'y'/,
    ],
    [
      'an expression that computes',
      'Total: {1 + 1}\n',
      /an expression reached the renderer: \{1 \+ 1\}/,
    ],
    [
      'an attribute that computes',
      '<kbd title={x}>K</kbd>\n',
      /an attribute expression reached the renderer: title=\{x\}/,
    ],
    ['a spread attribute', '<kbd {...props}>K</kbd>\n', /a spread attribute reached the renderer/],
  ])(
    'refuses %s the content check should have stopped, instead of rendering it',
    (_, body, message) => {
      expect(() => render(body, path)).toThrow(message);
    },
  );
});
