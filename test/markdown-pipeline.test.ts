import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../astro.config.mjs';

/**
 * The site's own Markdown pipeline, as configured in astro.config.mjs, rendering a file of the given locale.
 * (Stable heading ids come from MDX's JSX anchors: rehype-section-headings.test.ts and the e2e tests cover them.)
 */
async function render(markdown: string, locale = 'fr-FR'): Promise<string> {
  const processor = config.markdown!.processor!;
  // The site turns Astro's highlighter off (rehypeCodeHighlight colours code); without this the renderer would use Shiki.
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  const { code } = await renderer.render(markdown, {
    fileURL: pathToFileURL(`${process.cwd()}/content/${locale}/a.md`),
  });
  return code;
}

describe('the configured Markdown pipeline', () => {
  it('keeps command lines and quotes exactly as written (no typographic rewriting)', async () => {
    const html = await render('Run `Set-Thing --name x` -- then type "yes" or \'no\'...');
    expect(html).toContain(`<code>Set-Thing --name x</code> -- then type "yes" or 'no'...`);
  });

  it('never strikes text through for a lone tilde', async () => {
    expect(await render('It takes ~5 minutes, or ~10 at most.')).not.toContain('<del>');
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
