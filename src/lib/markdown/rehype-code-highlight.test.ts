import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { mdxToHastWith, type EnginePlugins, pluginEngines } from './engine-pipelines.ts';
import { highlightLanguage, rehypeCodeHighlight } from './rehype-code-highlight.ts';
import { satteriCodeHighlight } from './satteri/code-highlight.ts';

const plugins: EnginePlugins = {
  unified: { rehype: [rehypeCodeHighlight] },
  satteri: { hast: [satteriCodeHighlight()] },
};

describe.each(pluginEngines)('rehypeCodeHighlight (%s)', (engine) => {
  const render = async (markdown: string) => toHtml(await mdxToHastWith(engine, plugins, markdown));

  it('marks PowerShell commands, variables and strings with token classes, and no inline style', async () => {
    const html = await render(
      '```powershell\nGet-MsolUser -UserPrincipalName "a@contoso.com" | Set-Thing $user\n```',
    );
    expect(html).toContain('<pre class="code-highlighted"><code class="language-powershell">');
    expect(html).toContain('<span class="token function">Get-MsolUser</span>');
    expect(html).toContain('<span class="token string">"a@contoso.com"</span>');
    expect(html).toContain('<span class="token variable">$user</span>');
    expect(html).not.toContain('style=');
  });

  it.each([
    ['bash', 'export A="b"', '<span class="token builtin class-name">export</span>'],
    ['json', '{"enabled": true}', '<span class="token property">"enabled"</span>'],
    ['xml', '<Add Channel="Current" />', '<span class="token attr-name">Channel</span>'],
    ['cmd', 'setup.exe /configure config.xml', 'language-batch'],
  ])('highlights %s', async (tag, code, expected) => {
    expect(await render(`\`\`\`${tag}\n${code}\n\`\`\``)).toContain(expected);
  });

  it('keeps the code text exactly, entities and all', async () => {
    const html = await render('```xml\n<Display Level="None" /> &amp; done\n```');
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toBe('&#x3C;Display Level="None" /> &#x26;amp; done\n');
  });

  it('leaves untagged fences and unknown tags plain', async () => {
    expect(await render('```\nsetup.exe /configure\n```')).toBe(
      '<pre><code>setup.exe /configure\n</code></pre>',
    );
    expect(await render('```console\n$ ls\n```')).toBe(
      '<pre><code class="language-console">$ ls\n</code></pre>',
    );
  });
});

describe('highlightLanguage', () => {
  it('reads Docs fence tags case-insensitively, with their aliases', () => {
    expect(
      ['PowerShell', 'azurepowershell-interactive', 'ps1', 'sh', 'XML', 'yml', 'cmd'].map(
        highlightLanguage,
      ),
    ).toEqual(['powershell', 'powershell', 'powershell', 'bash', 'markup', 'yaml', 'batch']);
    expect(highlightLanguage('output')).toBeUndefined();
  });
});
