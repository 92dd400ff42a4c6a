import type { Node, Parent } from 'unist';
import { convert, type Test } from 'unist-util-is';
import { CONTINUE, EXIT, SKIP, visit as unistVisit } from 'unist-util-visit';

export { CONTINUE, EXIT, SKIP };

type Action = typeof CONTINUE | typeof EXIT | typeof SKIP;
type Result = readonly [Action?, number?];
type Visitor = (node: Node, index: number | undefined, parent: Parent | undefined) => unknown;

const empty: Result = [];

/**
 * unist-util-visit's `visit`, same calls and same walk (preorder, or reverse; SKIP, EXIT, a returned index, children
 * read again after the visitor changed them), without its cost per node: it names the closure it makes for every node
 * (`Object.defineProperty(visit, 'name', …)`, for debugging), which took 3.7 s of the 9 s the content check and the
 * articles' HTML cost on 1,002 articles, where the walk itself takes a tenth of that. A visitors object
 * (`{ enter, exit }`) goes to unist-util-visit. visit-tree.test.ts holds it to unist-util-visit on random trees.
 * `visit(tree, 'link', (node) => void urls.push(node.url))`.
 */
export const visit = fastVisit as typeof unistVisit;

function fastVisit(
  tree: Node,
  testOrVisitor: unknown,
  visitorOrReverse?: unknown,
  maybeReverse?: unknown,
): void {
  const withTest =
    typeof visitorOrReverse === 'function' ||
    (visitorOrReverse !== null && typeof visitorOrReverse === 'object');
  const test = (withTest ? testOrVisitor : undefined) as Test;
  const visitor = withTest ? visitorOrReverse : testOrVisitor;
  const reverse = withTest ? maybeReverse : visitorOrReverse;
  if (typeof visitor !== 'function') {
    (unistVisit as (...args: unknown[]) => void)(
      tree,
      testOrVisitor,
      visitorOrReverse,
      maybeReverse,
    );
    return;
  }
  const is = convert(test);
  const step = reverse ? -1 : 1;
  const one = (node: Node, index: number | undefined, parent: Parent | undefined): Result => {
    let result = empty;
    if (!test || is(node, index, parent)) {
      result = toResult((visitor as Visitor)(node, index, parent));
      if (result[0] === EXIT) return result;
    }
    const asParent = node as Parent;
    if (asParent.children && result[0] !== SKIP) {
      // Read again at each step, as unist-util-visit does: a visitor may replace or splice its parent's children.
      let offset = (reverse ? asParent.children.length : -1) + step;
      while (offset > -1 && offset < asParent.children.length) {
        const childResult = one(asParent.children[offset], offset, asParent);
        if (childResult[0] === EXIT) return childResult;
        offset = typeof childResult[1] === 'number' ? childResult[1] : offset + step;
      }
    }
    return result;
  };
  if (!tree || typeof tree !== 'object')
    throw new Error(`Unexpected value \`${String(tree)}\` for \`tree\`, expected node`);
  one(tree, undefined, undefined);
}

function toResult(value: unknown): Result {
  if (Array.isArray(value)) return value as unknown as Result;
  if (typeof value === 'number') return [CONTINUE, value];
  return value === null || value === undefined ? empty : [value as Action];
}
