import type { Definition, Root } from 'mdast';
import { visit } from '../markdown/visit-tree.ts';

/** A link of an article source, with the file line it is written on. */
export interface SourceLink {
  url: string;
  line: number;
}

/**
 * The link and image URLs of a parsed MDX article body, in order, with file lines (references resolved, JSX
 * `<a href>`/`<img src>` included); `bodyLine` is the file line the body starts on. The content check reads them
 * from the tree it parsed anyway, so the link check's translation parity need not parse every file again:
 * `treeToSourceLinks(mdxParser.parse('[a](/b/)\n'), 4)` → `[{ url: '/b/', line: 4 }]`.
 */
export function treeToSourceLinks(tree: Root, bodyLine: number): SourceLink[] {
  const definitions = new Map<string, string>();
  visit(
    tree,
    'definition',
    (node: Definition) => void definitions.set(node.identifier.toLowerCase(), node.url),
  );
  const links: SourceLink[] = [];
  visit(tree, (node) => {
    const line = bodyLine + (node.position?.start.line ?? 1) - 1;
    if (node.type === 'link' || node.type === 'image') links.push({ url: node.url, line });
    else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const url = definitions.get(node.identifier.toLowerCase());
      if (url !== undefined) links.push({ url, line });
    } else if (
      (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
      (node.name === 'a' || node.name === 'img')
    ) {
      const attribute = node.attributes.find(
        (a) => a.type === 'mdxJsxAttribute' && a.name === (node.name === 'a' ? 'href' : 'src'),
      );
      if (typeof attribute?.value === 'string') links.push({ url: attribute.value, line });
    }
  });
  return links;
}
