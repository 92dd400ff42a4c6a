import type { Root } from 'mdast';
import { mdxParser } from '../markdown/mdx-parser.ts';
import type { ContentProblem } from './content-problem.ts';

/**
 * Parses an article body as the site renders it, once for every check that reads the tree, or says at which
 * file line it does not parse: `parseArticleBody('a.mdx', 'a <b\n', 4)` → `{ problem: { file: 'a.mdx', line: 4, field: 'MDX', … } }`.
 */
export function parseArticleBody(file: string, body: string, bodyLine = 1): { tree: Root; problem?: undefined } | { tree?: undefined; problem: ContentProblem } {
  try {
    return { tree: mdxParser.parse(body) };
  } catch (error) {
    if (error instanceof RangeError) {
      return { problem: { file, field: 'MDX', message: `the parser ran out of stack (${error.message}): the article nests too deeply`, fix: 'flatten the nesting (quotes, lists or elements inside each other)' } };
    }
    const { line, reason } = error as { line?: number; reason?: string };
    // Errors at the end of the text carry their position only in the reason: "… (3:1-3:6)".
    const reasonLine = Number(/\((\d+):\d+/.exec(reason ?? '')?.[1] ?? 1);
    return { problem: { file, line: bodyLine - 1 + (line ?? reasonLine), field: 'MDX', message: `does not parse: ${reason ?? String(error)}`, fix: 'close every tag (<br />, not <br>), and write a literal < or { as \\< or \\{' } };
  }
}
