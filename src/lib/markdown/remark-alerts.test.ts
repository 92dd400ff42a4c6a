import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkAlerts } from './remark-alerts.ts';

const render = async (markdown: string, path: string) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkAlerts, {
        title: (filePath: string, kind: string) =>
          `${filePath.includes('fr-FR') ? 'fr' : 'en'}:${kind}`,
      })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process({ value: markdown, path }),
  );

describe('remarkAlerts', () => {
  it('turns a Docs note into an accessible callout titled in the locale of the file', async () => {
    expect(await render('> [!NOTE]\n> Keep it **safe**.', 'content/fr-FR/a.mdx')).toBe(
      '<aside class="callout callout-note" role="note">\n<p class="callout-title">fr:note</p>\n<p>Keep it <strong>safe</strong>.</p>\n</aside>',
    );
  });

  it('reads the marker in any case and on the same line as the text', async () => {
    expect(await render('> [!warning] Do not do this.', 'content/en-US/a.mdx')).toBe(
      '<aside class="callout callout-warning" role="note">\n<p class="callout-title">en:warning</p>\n<p>Do not do this.</p>\n</aside>',
    );
  });

  it('leaves a plain quote alone', async () => {
    expect(await render('> Just a quote.', 'content/en-US/a.mdx')).toBe(
      '<blockquote>\n<p>Just a quote.</p>\n</blockquote>',
    );
  });
});
