import type { Root } from 'mdast';
import { visit } from '../markdown/visit-tree.ts';
import { createPassOutput, type FixKind, type PassOutput } from './import-notes.ts';

/**
 * Escapes the characters that start JSX or an expression in MDX, leaving existing escapes alone:
 * `escapeMdxText('a {b} <- c')` → `{ text: 'a \\{b\\} \\<- c', kinds: ['curly-brace', 'bare-angle'] }`.
 */
export function escapeMdxText(written: string): { text: string; kinds: FixKind[] } {
  let text = '';
  const kinds = new Set<FixKind>();
  for (let i = 0; i < written.length; i++) {
    const char = written[i];
    if (char === '\\' && i + 1 < written.length) {
      text += char + written[++i];
      continue;
    }
    if (char === '<') kinds.add('bare-angle');
    if (char === '{' || char === '}') kinds.add('curly-brace');
    text += char === '<' || char === '{' || char === '}' ? `\\${char}` : char;
  }
  return { text, kinds: [...kinds] };
}

/**
 * Escapes text that sits between raw HTML tags. CommonMark shows it as written, but MDX reads it as Markdown,
 * so Markdown punctuation and line-start markers are escaped too: `escapeHtmlText('**x** {y}')` → `\*\*x\*\* \{y\}`.
 */
export function escapeHtmlText(written: string): { text: string; kinds: FixKind[] } {
  const kinds = new Set<FixKind>();
  // URLs stay whole: GFM links them in MDX, and a backslash inside one would be kept as part of it.
  const text = written.replace(
    /(?:https?:\/\/|www\.)[^\s<>{}]+|[\\`*_[\]~|!<{}]|^([ \t]*)(?:([#>+=-])|(\d+)([.)]))/gm,
    (char: string, indent?: string, marker?: string, digits?: string, dot?: string) => {
      if (char.length > 1 && indent === undefined) return char;
      if (marker !== undefined) return `${indent}\\${marker}`;
      if (digits !== undefined) return `${indent}${digits}\\${dot}`;
      if (char === '<') kinds.add('bare-angle');
      if (char === '{' || char === '}') kinds.add('curly-brace');
      return `\\${char}`;
    },
  );
  return { text, kinds: [...kinds] };
}

/**
 * Escapes prose for MDX: `<` and braces in text and image descriptions, and a top-level line starting
 * with `import ` or `export `, which MDX would read as JavaScript (`export the list` → `&#x65;xport the list`).
 * Text inside `removed` ranges is skipped: another pass deletes it.
 */
export function escapeProse(
  tree: Root,
  source: string,
  removed: Array<[number, number]>,
): PassOutput {
  const out = createPassOutput();
  const isRemoved = (offset: number) =>
    removed.some(([start, end]) => offset >= start && offset < end);
  const esmLike = new Set(
    tree.children
      .filter(
        (child) =>
          child.type === 'paragraph' &&
          /^(?:import|export)[ \t]/.test(
            source.slice(child.position!.start.offset!, child.position!.start.offset! + 7),
          ),
      )
      .map((child) => child.position!.start.offset!),
  );
  const escapeRange = (start: number, end: number) => {
    if (isRemoved(start)) return;
    const written = source.slice(start, end);
    const escaped = escapeMdxText(written);
    // A character reference keeps the word while stopping MDX from reading the line as JavaScript.
    const text = esmLike.has(start)
      ? `&#x${written.charCodeAt(0).toString(16)};${escaped.text.slice(1)}`
      : escaped.text;
    if (text === written) return;
    out.edits.push({ start, end, text });
    for (const kind of escaped.kinds) out.fixes.push({ kind, offset: start });
    if (esmLike.has(start)) out.fixes.push({ kind: 'esm-like-line', offset: start });
  };
  visit(tree, (node) => {
    if (node.position?.start.offset === undefined) return; // left alone: the MDX check catches anything that breaks
    if (node.type === 'text') escapeRange(node.position!.start.offset!, node.position!.end.offset!);
    if (node.type === 'image') {
      const start = node.position!.start.offset!;
      const close = source.slice(start, node.position!.end.offset!).lastIndexOf('](');
      if (close > 2) escapeRange(start + 2, start + close);
    }
  });
  return out;
}
