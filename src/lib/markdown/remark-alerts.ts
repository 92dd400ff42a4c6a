import type { Blockquote, Root } from 'mdast';
import { visit } from 'unist-util-visit';
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
 * Remark plugin: renders Docs alerts as localized callouts.
 * `> [!NOTE]\n> Text` → `<aside class="callout callout-note" role="note"><p class="callout-title">Remarque</p><p>Text</p></aside>`.
 * A blockquote without a marker stays a quote.
 */
export function remarkAlerts(options: AlertOptions) {
  return (tree: Root, file: { path?: string; history: string[] }) => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const paragraph = node.children[0];
      const marker = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
      const match = marker?.type === 'text' ? markerPattern.exec(marker.value) : null;
      if (!match || !marker || marker.type !== 'text' || paragraph.type !== 'paragraph') return;
      const kind = match[1].toLowerCase() as AlertKind;
      marker.value = marker.value.slice(match[0].length);
      if (marker.value === '') paragraph.children.shift();
      if (paragraph.children[0]?.type === 'break') paragraph.children.shift();
      if (paragraph.children.length === 0) node.children.shift();
      node.data = {
        ...node.data,
        hName: 'aside',
        hProperties: { className: ['callout', `callout-${kind}`], role: 'note' },
      };
      node.children.unshift({
        type: 'paragraph',
        data: { hProperties: { className: ['callout-title'] } },
        children: [{ type: 'text', value: options.title(vfilePath(file), kind) }],
      });
    });
  };
}
