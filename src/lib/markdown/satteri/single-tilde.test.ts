import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriSingleTilde } from './single-tilde.ts';

describe('satteriSingleTilde', () => {
  it('keeps a lone tilde pair as text and strikes through only a double one, as gfmOptions does', () => {
    const { html } = markdownToHtml('About ~5 min~, not ~~10~~, and ~a **b**~.', {
      mdastPlugins: [satteriSingleTilde()],
    });
    expect(html).toBe('<p>About ~5 min~, not <del>10</del>, and ~a <strong>b</strong>~.</p>\n');
  });
});
