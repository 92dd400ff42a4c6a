import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { rehypeSymptomWeight } from './rehype-symptom-weight.ts';

const heading = (tagName: string, id?: string) => ({
  type: 'element' as const,
  tagName,
  properties: id ? { id } : {},
  children: [],
});

describe('rehypeSymptomWeight', () => {
  it('weights h2 symptom headings with ids above body text, and nothing else', () => {
    const tree: Root = {
      type: 'root',
      children: [
        heading('h1', 'top'),
        heading('h2', 'error-message'),
        heading('h2'),
        heading('h3', 'sub'),
      ],
    };
    rehypeSymptomWeight()(tree);
    const weights = tree.children.map((node) =>
      node.type === 'element' ? node.properties.dataPagefindWeight : undefined,
    );
    expect(weights).toEqual([undefined, '8', undefined, undefined]);
  });
});
