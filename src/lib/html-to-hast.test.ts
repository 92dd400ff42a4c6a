import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { htmlToHast } from './html-to-hast.ts';

const page =
  '<!doctype html><html lang="fr-FR"><head><link rel="canonical" href="/a/"></head><body class="x y"><main><p>a &amp; <a href="?a=1&amp;b=2" hreflang="en-US">b</a><template><i>t</i></template><svg viewBox="0 0 1 1"><path d="M0"/></svg><img srcset="a.png 1x, b.png 2x" alt=""></main></body></html>';

/** The tree with every `position` dropped (the template's content root included). */
function withoutPositions(tree: Root): Root {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)));
}

describe('htmlToHast', () => {
  it('gives the tree hast-util-from-html gives, without positions', () => {
    expect(htmlToHast(page)).toEqual(withoutPositions(fromHtml(page)));
  });

  it('parses a fragment without adding html, head and body', () => {
    const fragment = '<h2 id="a">A</h2><p>b</p>';
    expect(htmlToHast(fragment, { fragment: true })).toEqual(
      withoutPositions(fromHtml(fragment, { fragment: true })),
    );
  });

  it('records no source position on any node', () => {
    expect(JSON.stringify(htmlToHast(page))).not.toContain('"position"');
  });
});
