import type { Element, Root } from 'hast';
import { visit } from './visit-tree.ts';
import { generateHeadingIds } from '../content/section-ids.ts';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The text Astro's `rehypeHeadingIds` makes a heading's slug of, in an MDX file: its text and `{expression}` sources
 * (Astro swaps an expression of a frontmatter value for the value; articles hold no such expressions).
 */
function slugTextOf(heading: Element): string {
  let text = '';
  visit(heading, (node) => {
    if (node.type === 'text' || (node.type as string) === 'mdxTextExpression')
      text += (node as { value: string }).value;
  });
  return text;
}

/**
 * The ids to give headings without one, given the article's elements in document order, when a slug Astro would give
 * one of them is taken by another element or empty (else none, so the page keeps Astro's slugs); for both engines'
 * plugins. `[<h2 id="steps">A</h2>, <h3>Steps</h3>]` → `[[<h3>, 'steps-1']]`.
 */
export function uniqueHeadingIds(elements: Iterable<Element>): [Element, string][] {
  const taken = new Set<string>();
  const unnamed: Element[] = [];
  for (const node of elements) {
    const id = node.properties.id;
    if (typeof id === 'string') taken.add(id);
    else if (headingTags.has(node.tagName)) unnamed.push(node);
  }
  const { ids, needed } = generateHeadingIds(taken, unnamed.map(slugTextOf));
  return needed ? unnamed.map((heading, index) => [heading, ids[index]]) : [];
}

/**
 * Rehype plugin, last before Astro's own heading ids: when a heading without an id would get a slug that another
 * element already has (`### Steps` under `## <a name="steps"></a>…`) or an empty one, every heading without an id
 * gets one from `generateHeadingIds` instead, unique and never empty. Other pages are left to Astro, unchanged.
 * `<h2 id="steps">A</h2><h3>Steps</h3>` → `<h2 id="steps">A</h2><h3 id="steps-1">Steps</h3>`.
 */
export function rehypeUniqueHeadingIds() {
  return (tree: Root) => {
    const elements: Element[] = [];
    visit(tree, 'element', (node) => void elements.push(node));
    for (const [heading, id] of uniqueHeadingIds(elements)) heading.properties.id = id;
  };
}
