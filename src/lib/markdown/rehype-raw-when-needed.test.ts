import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeRawWhenNeeded } from './rehype-raw-when-needed.ts';

describe('rehypeRawWhenNeeded', () => {
  it('parses raw HTML into elements as rehype-raw does', () => {
    const tree: Root = { type: 'root', children: [{ type: 'raw', value: '<p>a<b>b</b></p>' }] };
    const result = rehypeRawWhenNeeded({})(tree, new VFile());
    expect(result.children[0]).toMatchObject({ type: 'element', tagName: 'p' });
    expect(toHtml(result)).toBe('<p>a<b>b</b></p>');
  });

  it('gives back a tree without raw HTML untouched, the same object', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'a' }] },
      ],
    };
    const copy = structuredClone(tree);
    expect(rehypeRawWhenNeeded({})(tree, new VFile())).toBe(tree);
    expect(tree).toEqual(copy);
  });
});
