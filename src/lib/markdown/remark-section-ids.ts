import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { findSectionAnchor } from '../content/section-ids.ts';

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
      const anchor = findSectionAnchor(heading, source);
      if (!anchor) return;
      heading.children.splice(anchor.index, 1);
      const first = heading.children[0];
      if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
      heading.data = {
        ...heading.data,
        hProperties: { ...heading.data?.hProperties, id: anchor.id },
      };
    });
  };
}
