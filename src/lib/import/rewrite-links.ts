import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Locale } from '../../i18n/locales.ts';
import { localizedPath } from '../../i18n/locale-helpers.ts';
import { isScriptUrl } from '../content/unsafe-url.ts';
import { urlScheme } from '../url-scheme.ts';
import { createPassOutput, type PassOutput } from './import-notes.ts';

/** What link rewriting knows about the rest of the import. */
export interface LinkContext {
  locale: Locale;
  /** Every article of the set, by file name without extension as written on disk (`Reset-Password`) → slug. */
  articles: Map<string, string>;
  /** The site URL of a relative image once it is copied, or undefined when the file is not there. */
  imageUrl: (path: string) => string | undefined;
}

/** Link rewrites, for the text comparison: old target → new target, or null when the link was removed. */
export interface LinkOutput extends PassOutput {
  targets: Map<string, string | null>;
}

/**
 * Points links at the site: `[x](reset-password.md#steps)` and `[x](/AlchemyInsights/reset-password)` →
 * `[x](/fr-fr/reset-password/#steps)`; relative images → their copied URL; `javascript:` links → plain text.
 * Other schemes (`ms-settings:`, `https:`) stay as written.
 */
export function rewriteLinks(tree: Root, source: string, context: LinkContext): LinkOutput {
  const out: LinkOutput = { ...createPassOutput(), targets: new Map() };
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    if (node.position?.start.offset === undefined) return;
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    if (source[start] === '<') return; // angle autolinks are absolute; another pass rewrites their syntax
    const destination = findDestination(source, start, end, node.type);
    if (!destination) return;
    if (isScriptUrl(node.url)) {
      out.targets.set(node.url, null);
      out.fixes.push({ kind: 'unsafe-html', offset: start });
      out.warnings.push({ offset: start, field: 'link', message: `removed a link target that would run script: ${node.url}` });
      if (node.type === 'link' && node.children.length > 0 && node.children.every((child) => child.position)) {
        out.edits.push({ start, end: node.children[0].position!.start.offset!, text: '' }, { start: node.children[node.children.length - 1].position!.end.offset!, end, text: '' });
      } else {
        out.edits.push({ start: destination[0], end: destination[1], text: '#' });
      }
      return;
    }
    const target = node.type === 'image' ? imageTarget(node.url, context) : articleTarget(node.url, context);
    if (!target) return;
    if (target.warning) out.warnings.push({ offset: start, field: 'link', message: target.warning });
    if (!target.url || target.url === node.url) return;
    out.targets.set(node.url, target.url);
    out.edits.push({ start: destination[0], end: destination[1], text: target.url });
    out.fixes.push({ kind: node.type === 'image' ? 'image-copy' : 'link', offset: start });
  });
  return out;
}

function articleTarget(url: string, context: LinkContext): { url?: string; warning?: string } | undefined {
  if (urlScheme(url) !== undefined || url.startsWith('//') || url.startsWith('#')) return undefined;
  const [path, hash = ''] = url.split(/(?=#)/);
  const pathOnly = path.split('?')[0];
  const isMarkdown = /\.md$/i.test(pathOnly);
  if (!isMarkdown && !pathOnly.startsWith('/')) return undefined;
  const name = decodeURIComponent(pathOnly.replace(/\/$/, '').split('/').pop() ?? '').replace(/\.md$/i, '');
  const exact = context.articles.get(name);
  if (exact) return { url: localizedPath(context.locale, exact) + hash };
  const folded = [...context.articles].find(([written]) => written.toLowerCase() === name.toLowerCase());
  if (folded) return { url: localizedPath(context.locale, folded[1]) + hash, warning: `link to "${name}" matched the article "${folded[0]}" only when ignoring letter case` };
  return { warning: `link to "${url}" points at no article of this import: kept as written` };
}

function imageTarget(url: string, context: LinkContext): { url?: string; warning?: string } | undefined {
  if (urlScheme(url) !== undefined || url.startsWith('/') || url.startsWith('#')) return undefined;
  const copied = context.imageUrl(decodeURIComponent(url.split(/[?#]/)[0]));
  return copied ? { url: copied } : { warning: `image "${url}" was not found next to the article: kept as written` };
}

/** Body offsets of the destination as written in `[text](destination "title")` or `[label]: destination`. */
function findDestination(source: string, start: number, end: number, type: string): [number, number] | undefined {
  const written = source.slice(start, end);
  const open = type === 'definition' ? written.indexOf(']:') + 2 : written.lastIndexOf('](') + 2;
  if (open < 2) return undefined;
  const match = /^\s*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))+)/.exec(written.slice(open));
  if (!match) return undefined;
  const from = start + open + match[0].length - match[1].length;
  return [from, from + match[1].length];
}
