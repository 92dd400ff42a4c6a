import type { Root } from 'mdast';
import { visit } from '../markdown/visit-tree.ts';
import { createPassOutput, type PassOutput } from './import-notes.ts';

/**
 * Rewrites the two CommonMark constructs MDX turns off into their equivalents:
 * angle autolinks (`<https://a.example>` → `[https://a.example](https://a.example)`, `<ana@contoso.com>` →
 * `[ana@contoso.com](mailto:ana@contoso.com)`) and indented code (→ a fenced block).
 */
export function convertDisabledConstructs(tree: Root, source: string): PassOutput {
  const out = createPassOutput();
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'link' && source[start] === '<' && source[end - 1] === '>') {
      out.edits.push(
        { start, end: start + 1, text: '[' },
        { start: end - 1, end, text: `](${toDestination(node.url)})` },
      );
      out.fixes.push({ kind: 'angle-autolink', offset: start });
    }
    if (
      node.type === 'link' &&
      /[{}<]/.test(source.slice(start, end)) &&
      source[start] !== '[' &&
      source[start] !== '<'
    ) {
      // A bare URL GFM links, holding a character MDX must see escaped: the escape would end the URL,
      // so it becomes an explicit link whose destination keeps the URL as written.
      out.edits.push(
        { start, end: start, text: '[' },
        { start: end, end, text: `](${toDestination(node.url)})` },
      );
      out.fixes.push({ kind: 'curly-brace', offset: start });
    }
    if (node.type === 'code' && !/^[ \t]*(?:`{3,}|~{3,})/.test(source.slice(start, end))) {
      out.edits.push({ start, end, text: fence(node.value, linePrefix(source, start)) });
      out.fixes.push({ kind: 'indented-code', offset: start });
    }
  });
  return out;
}

/** A link destination MDX and CommonMark read the same: no spaces, brackets or parentheses left bare. */
function toDestination(url: string): string {
  return url.replace(/[\s()<>]/g, (char) =>
    encodeURIComponent(char).replace('(', '%28').replace(')', '%29'),
  );
}

/** What comes before the block on its first line, as indentation for the next lines (`> ` stays, list markers become spaces). */
function linePrefix(source: string, start: number): string {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  return source
    .slice(lineStart, start)
    .replace(/[-*+]|\d+[.)]/g, (marker) => ' '.repeat(marker.length));
}

function fence(value: string, prefix: string): string {
  const longest = Math.max(2, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return [marks, ...value.split('\n'), marks].join(`\n${prefix}`);
}
