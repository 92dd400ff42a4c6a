import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../markdown/visit-tree.ts';

/**
 * Gives back source positions to the nodes GFM's autolink-literal step creates without them
 * (`see https://a.example {x}` can come out as text and link nodes with no offsets), so every pass
 * can rewrite them in place. A run of such siblings is found in the source between its positioned
 * neighbours (or its parent's bounds); when its text is not there as written, it stays without a position.
 */
export function restorePositions(tree: Root, source: string): void {
  visit(tree, (parent) => {
    if (!('children' in parent)) return;
    const children = parent.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      if (children[i].position) continue;
      let j = i;
      while (j < children.length && !children[j].position) j++;
      const from = children[i - 1]?.position?.end.offset ?? parent.position?.start.offset;
      const to = children[j]?.position?.start.offset ?? parent.position?.end.offset;
      if (from !== undefined && to !== undefined) placeRun(children.slice(i, j), from, to, source);
      i = j;
    }
  });
}

function placeRun(run: Nodes[], from: number, to: number, source: string): void {
  const texts = run.map((node) => toString(node));
  const joined = texts.join('');
  const start = source.indexOf(joined, from);
  if (start === -1 || start + joined.length > to) return;
  let offset = start;
  run.forEach((node, index) => {
    setPosition(node, offset, texts[index].length);
    offset += texts[index].length;
  });
}

function setPosition(node: Nodes, start: number, length: number): void {
  node.position = {
    start: { line: 0, column: 0, offset: start },
    end: { line: 0, column: 0, offset: start + length },
  };
  if ('children' in node) {
    let offset = start;
    for (const child of node.children as Nodes[]) {
      const childLength = toString(child).length;
      if (!child.position) setPosition(child, offset, childLength);
      offset += childLength;
    }
  }
}
