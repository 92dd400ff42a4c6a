import type { Blockquote, Root } from 'mdast';
import { visit } from './visit-tree.ts';
import { vfilePath } from './vfile-path.ts';

/** The alert kinds of Microsoft Docs and GitHub Markdown. */
export const alertKinds = ['note', 'tip', 'important', 'warning', 'caution'] as const;
/** One alert kind, e.g. `'warning'`. */
export type AlertKind = (typeof alertKinds)[number];

/** Options of `remarkAlerts`. */
export interface AlertOptions {
  /** The visible title of an alert of this kind in the file at this path, e.g. `Remarque` for a French note. */
  title: (filePath: string, kind: AlertKind) => string;
}

const markerPattern = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\](?:[ \t]*\r?\n|[ \t]+|$)/i;

/**
 * The callout a Docs alert blockquote becomes, as a new node (the quote is left as it was), or undefined for a plain
 * quote; both engines' plugins use it. `> [!NOTE]\n> Text` with `title: () => 'Remarque'` →
 * `{ type: 'blockquote', data: { hName: 'aside', … }, children: [<p class="callout-title">Remarque</p>, <p>Text</p>] }`.
 */
export function blockquoteToCallout(
  node: Blockquote,
  title: (kind: AlertKind) => string,
): Blockquote | undefined {
  const paragraph = node.children[0];
  const marker = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  const match = marker?.type === 'text' ? markerPattern.exec(marker.value) : null;
  if (!match || marker?.type !== 'text' || paragraph?.type !== 'paragraph') return undefined;
  const kind = match[1].toLowerCase() as AlertKind;
  const rest = marker.value.slice(match[0].length);
  let inline = paragraph.children.slice(1);
  if (rest !== '') inline.unshift({ type: 'text', value: rest });
  if (inline[0]?.type === 'break') inline = inline.slice(1);
  const body = node.children.slice(1);
  if (inline.length > 0)
    body.unshift({
      type: 'paragraph',
      children: inline,
      ...(paragraph.data ? { data: paragraph.data } : {}),
    });
  return {
    type: 'blockquote',
    data: {
      ...node.data,
      hName: 'aside',
      hProperties: { className: ['callout', `callout-${kind}`], role: 'note' },
    },
    children: [
      {
        type: 'paragraph',
        data: { hProperties: { className: ['callout-title'] } },
        children: [{ type: 'text', value: title(kind) }],
      },
      ...body,
    ],
  };
}

/**
 * Remark plugin: renders Docs alerts as localized callouts.
 * `> [!NOTE]\n> Text` → `<aside class="callout callout-note" role="note"><p class="callout-title">Remarque</p><p>Text</p></aside>`.
 * A blockquote without a marker stays a quote.
 */
export function remarkAlerts(options: AlertOptions) {
  return (tree: Root, file: { path?: string; history: string[] }) => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const callout = blockquoteToCallout(node, (kind) => options.title(vfilePath(file), kind));
      // In place, so the walk goes on into the callout's children (an alert quoted in an alert).
      if (callout) Object.assign(node, callout);
    });
  };
}
