import { mdxParser } from '../src/lib/markdown/mdx-parser.ts';

/** mdxParser's tree of `body` as plain data, without what Sätteri's tree leaves out: the positions of JSX attributes. */
export function referenceMdxTree(body: string): unknown {
  return JSON.parse(
    JSON.stringify(mdxParser.parse(body), (key, value) =>
      value?.type === 'mdxJsxAttribute' ? { ...value, position: undefined } : value,
    ),
  );
}

/** A tree as plain data (no undefined fields), to compare with `referenceMdxTree`. */
export const plainTree = (tree: unknown): unknown => JSON.parse(JSON.stringify(tree));
