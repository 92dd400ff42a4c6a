import type { Heading, Root } from 'mdast';
import { visit } from './visit-tree.ts';
import { findSectionAnchor } from '../content/section-ids.ts';

/**
 * A heading with a section anchor as a new heading that has the anchor's id and not the anchor (leading space of its
 * text trimmed), or undefined when it has none; both engines' plugins use it. `source` is the text the tree was
 * parsed from. `## <a name="error-message"></a>Je vois…` → `{ type: 'heading', data: { hProperties: { id: 'error-message' } }, children: [Je vois…] }`.
 */
export function headingWithSectionId(heading: Heading, source: string): Heading | undefined {
  const anchor = findSectionAnchor(heading, source);
  if (!anchor) return undefined;
  const children = heading.children.filter((_, index) => index !== anchor.index);
  const first = children[0];
  if (first?.type === 'text')
    children[0] = { type: 'text', value: first.value.replace(/^\s+/, '') };
  return {
    type: 'heading',
    depth: heading.depth,
    children,
    data: { ...heading.data, hProperties: { ...heading.data?.hProperties, id: anchor.id } },
  };
}

/**
 * Remark plugin: a heading with a section anchor gets the anchor's id, the same in every locale (unlike a slug of
 * the translated text), and loses the anchor. It reads anchors as the content check does (`findSectionAnchor`), on
 * the same tree, so the page shows exactly the ids the check proved. `## <a name="error-message"></a>Je vois…` →
 * `<h2 id="error-message">Je vois…</h2>`.
 */
export function remarkSectionIds() {
  return (tree: Root, file: { value?: unknown }) => {
    const source = String(file.value ?? '');
    visit(tree, 'heading', (heading) => {
      const withId = headingWithSectionId(heading, source);
      if (withId) Object.assign(heading, withId);
    });
  };
}
