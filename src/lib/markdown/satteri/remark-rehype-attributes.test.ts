import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriRemarkRehypeAttributes } from './remark-rehype-attributes.ts';

const render = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [satteriRemarkRehypeAttributes()] }).html;

describe('satteriRemarkRehypeAttributes', () => {
  it('aligns table cells with align attributes, as remark-rehype does, not with styles', () => {
    const html = render('| a | b | c | d |\n|:-|:-:|-:|-|\n| 1 | 2 | 3 | 4 |');
    expect(html).toContain(
      '<th align="left">a</th>\n<th align="center">b</th>\n<th align="right">c</th>\n<th>d</th>',
    );
    expect(html).not.toContain('style=');
  });

  it('writes the footnote markers with an empty value, as remark-rehype does', () => {
    const html = render('Text[^1].\n\n[^1]: Note.');
    expect(html).toContain('data-footnote-ref=""');
    expect(html).toContain('<section data-footnotes="" class="footnotes">');
  });
});
