import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { mdxToHastWith, type EnginePlugins, pluginEngines } from './engine-pipelines.ts';
import { remarkAlerts, type AlertOptions } from './remark-alerts.ts';
import { satteriAlerts } from './satteri/alerts.ts';

const options: AlertOptions = {
  title: (filePath, kind) => `${filePath.includes('fr-FR') ? 'fr' : 'en'}:${kind}`,
};
const plugins: EnginePlugins = {
  unified: { remark: [[remarkAlerts, options]] },
  satteri: { mdast: [satteriAlerts(options)] },
};

describe.each(pluginEngines)('remarkAlerts (%s)', (engine) => {
  const render = async (markdown: string, path: string) =>
    toHtml(await mdxToHastWith(engine, plugins, markdown, path));

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

  it('drops the line break after a marker alone on its line, and an empty first paragraph', async () => {
    expect(await render('> [!TIP]\\\n> Text.\n>\n> More.', 'content/en-US/a.mdx')).toBe(
      '<aside class="callout callout-tip" role="note">\n<p class="callout-title">en:tip</p>\n<p>Text.</p>\n<p>More.</p>\n</aside>',
    );
    expect(await render('> [!CAUTION]\n>\n> Only this.', 'content/en-US/a.mdx')).toBe(
      '<aside class="callout callout-caution" role="note">\n<p class="callout-title">en:caution</p>\n<p>Only this.</p>\n</aside>',
    );
  });

  it('leaves a plain quote alone', async () => {
    expect(await render('> Just a quote.', 'content/en-US/a.mdx')).toBe(
      '<blockquote>\n<p>Just a quote.</p>\n</blockquote>',
    );
  });
});
