import type { Html, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { gfmOptions } from '../markdown/mdx-parser.ts';
import { tokenizeHtml } from './html-tags.ts';

/** Parses CommonMark + GFM, as Docs renders articles (and as the site does: `~` alone is not strikethrough). */
export const markdownParser = unified().use(remarkParse).use(remarkGfm, gfmOptions).freeze();

/** What a reader gets from an article: its text, and every place it links to. */
export interface VisibleContent {
  text: string;
  targets: string[];
}

/** How the raw-HTML pass read the input, so the comparison reads it the same way. */
export interface MarkdownReading {
  /** The visible text each raw HTML node stands for (real tags show nothing; placeholders show themselves). */
  htmlText: Map<Html, string>;
  /** Body ranges removed on purpose (unsafe HTML): not expected in the output. */
  removed: Array<[number, number]>;
}

/** The text and link targets of a CommonMark + GFM tree, reading raw HTML the way the importer classified it. */
export function markdownVisibleContent(tree: Root, reading: MarkdownReading): VisibleContent {
  const isRemoved = (node: Nodes) => {
    const offset = node.position?.start.offset ?? -1;
    return reading.removed.some(([start, end]) => offset >= start && offset < end);
  };
  return collect(tree, (node) => {
    if (isRemoved(node)) return { text: '' };
    if (node.type === 'html') {
      const targets = tokenizeHtml(node.value).flatMap((t) =>
        t.type === 'tag'
          ? t.attributes.filter((a) => /^(href|src)$/i.test(a.name) && a.value).map((a) => a.value!)
          : [],
      );
      return { text: reading.htmlText.get(node) ?? '', targets };
    }
    return undefined;
  });
}

/** The text and link targets of an MDX tree: JSX elements show their children, expressions (comments) show nothing. */
export function mdxVisibleContent(tree: Root): VisibleContent {
  return collect(tree, (node) => {
    if (
      node.type === 'mdxFlowExpression' ||
      node.type === 'mdxTextExpression' ||
      node.type === 'mdxjsEsm'
    )
      return { text: '' };
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const targets = node.attributes.flatMap((a) =>
        a.type === 'mdxJsxAttribute' && /^(href|src)$/i.test(a.name) && typeof a.value === 'string'
          ? [a.value]
          : [],
      );
      return { targets };
    }
    return undefined;
  });
}

type Reader = (node: Nodes) => { text?: string; targets?: string[] } | undefined;

function collect(tree: Root, read: Reader): VisibleContent {
  const text: string[] = [];
  const targets: string[] = [];
  const walk = (node: Nodes) => {
    const special = read(node);
    if (special) {
      targets.push(...(special.targets ?? []));
      if (special.text !== undefined) {
        text.push(special.text);
        return;
      }
    } else if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      text.push(node.value);
    } else if (node.type === 'image') {
      text.push(node.alt ?? '');
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
      targets.push(node.url);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return { text: text.join(' '), targets };
}

/**
 * Compares what a reader gets from input and output, whitespace ignored; returns a short diff or undefined:
 * `…the text near "Je vois un {message}" became "Je vois un message"…`.
 */
export function diffVisibleContent(
  input: VisibleContent,
  output: VisibleContent,
): string | undefined {
  const squash = (text: string) => text.replace(/\s+/g, '');
  const [a, b] = [squash(input.text), squash(output.text)];
  if (a !== b) {
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 30), at + 30));
    return `text differs at character ${at}: input ${around(a)}, output ${around(b)}`;
  }
  const missing = [...input.targets];
  for (const target of output.targets) {
    const index = missing.indexOf(target);
    if (index !== -1) missing.splice(index, 1);
  }
  return missing.length
    ? `link targets lost: ${missing.map((t) => JSON.stringify(t)).join(', ')}`
    : undefined;
}
