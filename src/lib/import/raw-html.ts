import type { Html, Nodes, Root } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';
import { visitParents } from 'unist-util-visit-parents';
import { escapeHtmlText, escapeMdxText } from './escape-text.ts';
import {
  isHtmlElement,
  isVoidElement,
  removedElements,
  tagToJsx,
  tokenizeHtml,
  type HtmlToken,
} from './html-tags.ts';
import { isUnsafeAttribute } from '../content/unsafe-url.ts';
import { createPassOutput, type FixKind, type PassOutput } from './import-notes.ts';

/** What the raw-HTML pass found: its edits, plus what the text comparison needs to read the input like a person. */
export interface RawHtmlOutput extends PassOutput {
  /** The visible text each raw HTML node stands for in the input (placeholders are text; real tags are not). */
  htmlText: Map<Html, string>;
  /** Body ranges removed as unsafe (script and style with their content). */
  removed: Array<[number, number]>;
}

type Tag = Extract<HtmlToken, { type: 'tag' }>;
interface Piece {
  token: HtmlToken;
  /** Offset of the token in the body. */
  start: number;
  end: number;
  node: Html;
}

const blockContainers = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Rewrites raw HTML into what MDX accepts and means the same: `<BR>` → `<br />`, `<mailboxname>` → `\<mailboxname>`,
 * `<!-- x -->` → `{/* x *\/}`, orphan `</span>` dropped, unquoted attributes quoted, script and `on*=` removed.
 */
export function convertRawHtml(tree: Root, source: string): RawHtmlOutput {
  const out: RawHtmlOutput = { ...createPassOutput(), htmlText: new Map(), removed: [] };
  const groups = new Map<Nodes, Html[]>();
  visitParents(tree, 'html', (node, ancestors) => {
    const container = [...ancestors].reverse().find((a) => blockContainers.has(a.type)) ?? node;
    groups.set(container, [...(groups.get(container) ?? []), node]);
  });
  for (const nodes of groups.values()) convertGroup(nodes, source, out);
  return out;
}

function convertGroup(nodes: Html[], source: string, out: RawHtmlOutput): void {
  const pieces: Piece[] = nodes.flatMap((node) => {
    const start = node.position!.start.offset!;
    return tokenizeHtml(source.slice(start, node.position!.end.offset!)).map((token) => ({
      token,
      start: start + token.start,
      end: start + token.end,
      node,
    }));
  });
  const matched = matchTags(pieces);
  const text = new Map<Html, string>();
  const say = (node: Html, value: string) => text.set(node, (text.get(node) ?? '') + value);

  for (let i = 0; i < pieces.length; i++) {
    const { token, start, end, node } = pieces[i];
    const written = source.slice(start, end);
    const replace = (value: string, kind: FixKind) => {
      if (value !== written) out.edits.push({ start, end, text: value });
      out.fixes.push({ kind, offset: start });
    };
    if (token.type === 'text') {
      // Character references still work in MDX (`&lt;` shows `<`): compare the text decoded.
      say(node, decodeString(token.value.replace(/\\/g, '\\\\')));
      const escaped = escapeHtmlText(written);
      if (escaped.text !== written) out.edits.push({ start, end, text: escaped.text });
      for (const kind of escaped.kinds) out.fixes.push({ kind, offset: start });
      continue;
    }
    if (token.type === 'comment') {
      replace(`{/*${token.value.replaceAll('*/', '* /')}*/}`, 'html-comment');
      continue;
    }
    const name = token.name.toLowerCase();
    if (
      !isHtmlElement(name) ||
      (!token.closing && !token.selfClosing && !isVoidElement(name) && !matched.has(i))
    ) {
      // A placeholder like `<mailboxname>` or `List<T>`, or a tag never closed: the reader meant the characters.
      say(node, written);
      replace(`\\<${escapeMdxText(written.slice(1)).text}`, 'placeholder-tag');
      if (isHtmlElement(name))
        out.warnings.push({
          offset: start,
          field: `<${name}>`,
          message: 'tag is never closed: kept as text',
          fix: `close it with </${name}> or escape it as \\<${name}>`,
        });
      continue;
    }
    if (removedElements.has(name)) {
      const close = token.closing ? undefined : matched.get(i);
      const stop = close === undefined ? end : pieces[close].end;
      out.edits.push({ start, end: stop, text: '' });
      out.removed.push([start, stop]);
      out.fixes.push({ kind: 'unsafe-html', offset: start });
      out.warnings.push({
        offset: start,
        field: `<${name}>`,
        message: `removed <${name}> and its content: articles cannot run ${name === 'script' ? 'script' : 'their own CSS'}`,
      });
      if (close !== undefined) i = close;
      continue;
    }
    if (token.closing && isVoidElement(name) && name !== 'br') {
      replace('', 'orphan-tag');
      continue;
    }
    if (token.closing && !isVoidElement(name) && !matched.has(i)) {
      replace('', 'orphan-tag');
      continue;
    }
    const unsafe = token.attributes.filter(isUnsafeAttribute);
    for (const attribute of unsafe) {
      out.warnings.push({
        offset: start,
        field: `<${name} ${attribute.name}>`,
        message: 'removed an attribute that could run script',
      });
    }
    const jsx = tagToJsx(token as Tag);
    if (jsx === written) continue;
    replace(jsx, unsafe.length ? 'unsafe-html' : name === 'br' ? 'br-tag' : 'html-attribute');
  }
  for (const [node, value] of text) out.htmlText.set(node, value);
  for (const node of new Set(pieces.map((p) => p.node)))
    if (!out.htmlText.has(node)) out.htmlText.set(node, '');
}

/** Pairs opening and closing tags of real, non-void elements: index → index of its partner, both ways. */
function matchTags(pieces: Piece[]): Map<number, number> {
  const matched = new Map<number, number>();
  const stack: Array<{ name: string; index: number }> = [];
  pieces.forEach(({ token }, index) => {
    if (
      token.type !== 'tag' ||
      !isHtmlElement(token.name) ||
      isVoidElement(token.name) ||
      token.selfClosing
    )
      return;
    const name = token.name.toLowerCase();
    if (!token.closing) {
      stack.push({ name, index });
      return;
    }
    const open = stack.map((entry) => entry.name).lastIndexOf(name);
    if (open === -1) return;
    const [partner] = stack.splice(open);
    matched.set(partner.index, index).set(index, partner.index);
  });
  return matched;
}
