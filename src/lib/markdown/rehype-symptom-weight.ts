import type { Element, Root } from 'hast';
import { visit } from './visit-tree.ts';

/** Pagefind's own weight for an h2 is 6; symptom headings must outrank body text and the article title (7). */
export const symptomHeadingWeight = 8;

/**
 * Whether an element is a symptom heading (an h2 with a stable id), for both engines' plugins:
 * `isSymptomHeading(<h2 id="error-message">)` → `true`, `isSymptomHeading(<h3 id="x">)` → `false`.
 */
export function isSymptomHeading(node: Element): boolean {
  return node.tagName === 'h2' && typeof node.properties.id === 'string';
}

/**
 * Rehype plugin: marks every symptom heading (an h2 with a stable id) with `data-pagefind-weight`, so a
 * reader's symptom words rank the section that names them above pages that only mention them.
 * `<h2 id="error-message">I see an error message</h2>` → `<h2 id="error-message" data-pagefind-weight="8">…</h2>`
 */
export function rehypeSymptomWeight(options: { weight?: number } = {}) {
  const weight = String(options.weight ?? symptomHeadingWeight);
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (isSymptomHeading(node)) node.properties.dataPagefindWeight = weight;
    });
  };
}
