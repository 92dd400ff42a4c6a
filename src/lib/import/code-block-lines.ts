import { visit } from '../markdown/visit-tree.ts';
import { markdownParser } from './visible-text.ts';

/**
 * For each line of a Markdown text, whether it is part of a code block (fenced, also in quotes and lists, or
 * indented) as CommonMark reads it, so line-based rewrites leave code alone:
 * `codeBlockLines('````md\n```\n# x\n````\n# y')` → `[true, true, true, true, false]`.
 */
export function codeBlockLines(text: string): boolean[] {
  const lines = text.split('\n').map(() => false);
  visit(markdownParser.parse(text), 'code', (node) => {
    const { start, end } = node.position!;
    for (let line = start.line; line <= end.line; line++) lines[line - 1] = true;
  });
  return lines;
}
