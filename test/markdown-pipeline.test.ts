import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownLabels } from '../src/bindings/markdown-labels.ts';
import { siteMarkdownProcessor } from '../src/bindings/markdown-processor.ts';
import { createArticleRenderer } from '../src/lib/markdown/article-html.ts';
import { pluginEngines } from '../src/lib/markdown/engine-pipelines.ts';
import { markdownEngineOf } from '../src/lib/markdown/markdown-processor.ts';

/** The options Astro hands a processor for this site (astro.config.mjs turns its highlighter off). */
const shared = { syntaxHighlight: false as const };

/**
 * The site's own Markdown pipeline on one engine, as astro.config.mjs configures it, rendering a file of the given
 * locale. (Stable heading ids come from MDX's JSX anchors: rehype-section-headings.test.ts and the e2e tests cover them.)
 */
describe.each(pluginEngines)('the configured Markdown pipeline (%s)', (engine) => {
  async function render(markdown: string, locale = 'fr-FR'): Promise<string> {
    // The site turns Astro's highlighter off (rehypeCodeHighlight colours code); without this the renderer would use Shiki.
    const renderer = await siteMarkdownProcessor(engine).createRenderer(shared);
    const { code } = await renderer.render(markdown, {
      fileURL: pathToFileURL(`${process.cwd()}/content/${locale}/a.md`),
    });
    return code;
  }

  it('keeps command lines and quotes exactly as written (no typographic rewriting)', async () => {
    const html = await render('Run `Set-Thing --name x` -- then type "yes" or \'no\'...');
    expect(html).toContain(`<code>Set-Thing --name x</code> -- then type "yes" or 'no'...`);
  });

  it('never strikes text through for a lone tilde, only for a double one', async () => {
    const html = await render('It takes ~5 minutes~, or ~~10~~ at most.');
    expect(html).toContain('It takes ~5 minutes~, or <del>10</del> at most.');
  });

  it('highlights fenced PowerShell with classes, never inline styles, and leaves untagged fences plain', async () => {
    const html = await render(
      '```powershell\nGet-MsolUser -All\n```\n\n```\nsetup.exe /configure\n```',
    );
    expect(html).toContain('<span class="token function">Get-MsolUser</span>');
    expect(html).toContain('<pre><code>setup.exe /configure\n</code></pre>');
    expect(html).not.toContain('style=');
  });

  it('labels GFM footnotes in the file locale', async () => {
    expect(await render('Texte[^1].\n\n[^1]: Note.', 'de-DE')).toContain('>Fußnoten</h2>');
  });

  it("gives a heading whose slug is already an id on the page another id (unique ids run before Astro's own)", async () => {
    const html = await render('### Footnote label\n\nTexte[^1].\n\n[^1]: Note.');
    expect([...html.matchAll(/\sid="(footnote-label[^"]*)"/g)].map((m) => m[1])).toEqual([
      'footnote-label-1',
      'footnote-label',
    ]);
  });
});

/** The static HTML an MDX module holds (optimize writes it into `set:html` strings), and its headings (the TOC's). */
function staticHtmlOf(code: string): string[] {
  const html = [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)].map(
    (m) => new Function(`return ${m[1]}`)() as string,
  );
  const headings = /getHeadings\(\) \{\s*return (\[.*?\]);?\s*\}/s.exec(code)?.[1];
  return [...html, JSON.stringify(JSON.parse(headings ?? 'null'))];
}

describe('the two Markdown engines', () => {
  it('compile an article to the same static HTML and headings: alerts, anchors, tables, task lists, footnotes', async () => {
    const mdx = [
      '# <a name="top"></a>Titre',
      '> [!NOTE]\n> Une note.',
      '## <a name="steps"></a>Étapes',
      '- [x] Fait\n- [ ] À faire',
      '| Gauche | Centre | Droite |\n|:--|:-:|--:|\n| 1 | 2 | 3 |',
      '### Steps',
      'Environ ~5 minutes~, rien de ~~barré~~[^1].',
      '```ps\nGet-Item $x\n```',
      '[^1]: Une note de bas de page.',
    ].join('\n\n');
    const path = `${process.cwd()}/content/fr-FR/a.mdx`;
    const [unified, satteri] = await Promise.all(
      pluginEngines.map(async (engine) => {
        const renderer = await siteMarkdownProcessor(engine).createMdxRenderer!(shared, {
          optimize: true,
        });
        return staticHtmlOf((await renderer.process(mdx, path, {})).code);
      }),
    );
    expect(unified.join('')).toContain('<th align="center">Centre</th>');
    expect(unified.join('')).toContain('<section data-footnotes="" class="footnotes">');
    expect(satteri).toEqual(unified);
    // What the articles loader renders by default, without compiling: the same HTML and headings.
    const rendered = createArticleRenderer(markdownLabels)(mdx, path);
    expect([rendered.html, JSON.stringify(rendered.metadata.headings)]).toEqual(unified);
  });
});

describe('markdownEngineOf', () => {
  it('reads POLYHELP_MARKDOWN, unified when unset, and names the accepted values otherwise', () => {
    expect([undefined, '', 'unified', 'unified-mdx', 'satteri'].map(markdownEngineOf)).toEqual([
      'unified',
      'unified',
      'unified',
      'unified-mdx',
      'satteri',
    ]);
    expect(() => markdownEngineOf('remark')).toThrow(
      'POLYHELP_MARKDOWN: expected one of unified, unified-mdx, satteri (or unset for unified), found "remark".',
    );
  });
});
