import fc from 'fast-check';
import type { Node, Parent } from 'unist';
import { visit as unistVisit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { EXIT, SKIP, visit } from './visit-tree.ts';

interface TestNode extends Node {
  id: number;
  children?: TestNode[];
}

interface Shape {
  type: string;
  children?: Shape[];
}

/** A random tree: types a–c, every node numbered; an action for each number (what its visitor does). */
const shape: fc.Arbitrary<Shape> = fc.letrec<{ tree: Shape }>((tie) => ({
  tree: fc.record({
    type: fc.constantFrom('a', 'b', 'c'),
    children: fc.option(fc.array(tie('tree'), { maxLength: 4 }), { nil: undefined, freq: 2 }),
  }),
})).tree;
const actions = [
  'none',
  'none',
  'skip',
  'exit',
  'jump',
  'remove-next',
  'add-child',
  'replace-children',
  'replace-siblings',
];
const treeAndActions = fc
  .record({
    shape,
    actions: fc.array(fc.constantFrom(...actions), { minLength: 64, maxLength: 64 }),
    test: fc.constantFrom<undefined | string | string[]>(undefined, 'a', ['a', 'b']),
    reverse: fc.boolean(),
  })
  .map(({ shape: tree, ...rest }) => {
    let next = 0;
    const number = (node: Shape): TestNode => ({
      type: node.type,
      id: next++,
      ...(node.children ? { children: node.children.map(number) } : {}),
    });
    return { tree: number(tree), ...rest };
  });

/** Walks `tree` with `walk`, each visitor doing its node's action; the calls seen and the tree after. */
function run(
  walk: typeof visit,
  input: {
    tree: TestNode;
    actions: string[];
    test: undefined | string | string[];
    reverse: boolean;
  },
) {
  const tree = structuredClone(input.tree);
  const calls: string[] = [];
  let added = 1000;
  const visitor = (node: Node, index: number | undefined, parent: Parent | undefined) => {
    const own = node as TestNode;
    calls.push(`${own.id}@${index}<${(parent as TestNode | undefined)?.id}`);
    const action = input.actions[own.id % input.actions.length];
    if (action === 'skip') return SKIP;
    if (action === 'exit' && own.id % 3 === 0) return EXIT;
    if (action === 'jump' && index !== undefined) return index + (input.reverse ? -2 : 2);
    if (action === 'remove-next' && parent && index !== undefined)
      parent.children.splice(index + 1, 1);
    if (action === 'add-child' && own.children && own.children.length < 6)
      own.children.push({ type: 'c', id: added++ });
    if (action === 'replace-children' && own.children) own.children = own.children.slice(1);
    if (action === 'replace-siblings' && parent && index !== undefined)
      parent.children = parent.children.filter((_, at) => at !== index + 1);
    return undefined;
  };
  if (input.test === undefined) walk(tree, visitor, input.reverse);
  else walk(tree, input.test, visitor, input.reverse);
  return { calls, tree };
}

describe('visit', () => {
  it('walks every random tree as unist-util-visit does: same calls, indexes, parents, and the same tree after', () => {
    fc.assert(
      fc.property(treeAndActions, (input) => {
        expect(run(visit, input)).toEqual(run(unistVisit as typeof visit, input));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the visitor the node, its index and its parent, and stops at EXIT', () => {
    const tree: Parent = {
      type: 'root',
      children: [{ type: 'a' }, { type: 'b', children: [{ type: 'a' }] } as Parent, { type: 'a' }],
    };
    const seen: string[] = [];
    visit(tree, 'a', (node: Node, index: number | undefined, parent: Parent | undefined) => {
      seen.push(`${node.type}@${index} in ${parent?.type}`);
      if (parent?.type === 'b') return EXIT;
    });
    expect(seen).toEqual(['a@0 in root', 'a@0 in b']);
  });
});
