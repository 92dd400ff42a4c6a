import type { Root } from 'mdast';
import { visit } from '../markdown/visit-tree.ts';
import type { Locale } from '../../i18n/locales.ts';
import { localizedPath } from '../../i18n/locale-helpers.ts';
import { isScriptUrl } from '../content/unsafe-url.ts';
import { urlScheme } from '../url-scheme.ts';
import {
  createPassOutput,
  type FixKind,
  type ImportWarning,
  type PassOutput,
} from './import-notes.ts';

/** Where a relative `.md` link leads: an article's slug, or why it cannot be followed. */
export type ArticleLinkTarget =
  { slug: string; caseDiffers?: boolean } | { problem: 'outside' | 'missing' };

/** What a relative image becomes: the reference to write in the article, or why it cannot be used. */
export type ImageTarget =
  { url: string; caseDiffers?: boolean } | { problem: 'outside' | 'missing' | 'type' };

/** What link rewriting knows about the rest of the import. */
export interface LinkContext {
  locale: Locale;
  /** The article a relative `.md` link points at, from its path as written (decoded, without `#…`). */
  resolveArticle: (path: string) => ArticleLinkTarget;
  /** The slug of an imported article a site-root path names (`/AlchemyInsights/reset`), else undefined. */
  resolveSiteRoot?: (path: string) => string | undefined;
  /** The reference to write for a relative image once it is copied, from its path as written (decoded). */
  resolveImage: (path: string) => ImageTarget;
  /** The Docs site that site-root links (`/microsoft-365/…`) were written for, e.g. `https://learn.microsoft.com`. */
  siteRootHost: string;
}

/** Link rewrites, for the text comparison: old target → new target, or null when the link was removed. */
export interface LinkOutput extends PassOutput {
  targets: Map<string, string | null>;
  /** Links and images the article cannot keep: a path out of the import, an image that is not there. */
  problems: ImportWarning[];
}

/**
 * Points links at the site: `[x](reset-password.md#steps)` → `[x](/fr-fr/reset-password/#steps)` (a folder
 * kept: `[x](sub/a.md)` → `/fr-fr/sub/a/`); site-root links to the Docs site they were written for
 * (`/microsoft-365/admin/x` → `https://learn.microsoft.com/microsoft-365/admin/x`), unless they name an article of
 * the import; relative images → their copied file (`./media/a.png`); `javascript:` links → plain text. Other
 * schemes (`ms-settings:`, `https:`) stay as written. A path that leaves the import or an image that is not
 * there is a problem: the article is not written.
 */
export function rewriteLinks(tree: Root, source: string, context: LinkContext): LinkOutput {
  const out: LinkOutput = { ...createPassOutput(), targets: new Map(), problems: [] };
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
      out.warnings.push({
        offset: start,
        field: 'link',
        rule: 'unsafe-link',
        message: `removed a link target that would run script: ${node.url}`,
      });
      if (
        node.type === 'link' &&
        node.children.length > 0 &&
        node.children.every((child) => child.position)
      ) {
        out.edits.push(
          { start, end: node.children[0].position!.start.offset!, text: '' },
          { start: node.children[node.children.length - 1].position!.end.offset!, end, text: '' },
        );
      } else {
        out.edits.push({ start: destination[0], end: destination[1], text: '#' });
      }
      return;
    }
    const target =
      node.type === 'image' ? imageTarget(node.url, context) : articleTarget(node.url, context);
    if (!target) return;
    if ('problem' in target) {
      out.problems.push({
        offset: start,
        field: node.type === 'image' ? 'image' : 'link',
        ...target.problem,
      });
      return;
    }
    if (target.warning)
      out.warnings.push({
        offset: start,
        field: node.type === 'image' ? 'image' : 'link',
        ...target.warning,
      });
    if (!target.url || target.url === node.url) return;
    out.targets.set(node.url, target.url);
    out.edits.push({ start: destination[0], end: destination[1], text: target.url });
    out.fixes.push({ kind: target.kind, offset: start });
  });
  return out;
}

type Note = { rule: string; message: string; fix?: string };
type Target = { url?: string; kind: FixKind; warning?: Note } | { problem: Note };

const outsideFix =
  'point it at a file inside the folder being imported (or the configured includes root), or remove it';

function articleTarget(url: string, context: LinkContext): Target | undefined {
  if (urlScheme(url) !== undefined || url.startsWith('//') || url.startsWith('#')) return undefined;
  const [path, hash = ''] = url.split(/(?=#)/);
  const pathOnly = path.split('?')[0];
  const decoded = safeDecode(pathOnly);
  if (pathOnly.startsWith('/')) {
    const slug = context.resolveSiteRoot?.(decoded);
    if (slug) return { url: localizedPath(context.locale, slug) + hash, kind: 'link' };
    return { url: context.siteRootHost.replace(/\/+$/, '') + url, kind: 'site-root-link' };
  }
  if (!/\.md$/i.test(pathOnly)) return undefined;
  const found = context.resolveArticle(decoded);
  if ('slug' in found) {
    const warning = found.caseDiffers
      ? {
          rule: 'link-case',
          message: `link to "${decoded}" matched an article only when ignoring letter case`,
        }
      : undefined;
    return { url: localizedPath(context.locale, found.slug) + hash, kind: 'link', warning };
  }
  if (found.problem === 'outside')
    return {
      problem: {
        rule: 'path-outside-import',
        message: `link "${url}" leads out of the folder being imported`,
        fix: outsideFix,
      },
    };
  return {
    kind: 'link',
    warning: {
      rule: 'link-outside-import',
      message: `link to "${url}" points at no article of this import: kept as written`,
      fix: 'import that article too, or link to its published URL',
    },
  };
}

function imageTarget(url: string, context: LinkContext): Target | undefined {
  if (urlScheme(url) !== undefined || url.startsWith('#')) return undefined;
  if (url.startsWith('/'))
    return {
      problem: {
        rule: 'image-missing',
        message: `image "${url}" is a site-root path, which the import cannot find`,
        fix: 'write the path relative to the article (e.g. media/x.png) and import again',
      },
    };
  const path = safeDecode(url.split(/[?#]/)[0]);
  const found = context.resolveImage(path);
  if ('url' in found) {
    const warning = found.caseDiffers
      ? {
          rule: 'image-case',
          message: `image "${path}" matched a file only when ignoring letter case: the reference now uses the file's name`,
        }
      : undefined;
    return { url: found.url, kind: 'image-copy', warning };
  }
  if (found.problem === 'outside')
    return {
      problem: {
        rule: 'path-outside-import',
        message: `image "${url}" leads out of the folder being imported: nothing was read or copied`,
        fix: outsideFix,
      },
    };
  if (found.problem === 'type')
    return {
      problem: {
        rule: 'image-type',
        message: `image "${url}" is not a PNG, JPEG, GIF or WebP file`,
        fix: 'convert it to one of those, or remove it',
      },
    };
  return {
    problem: {
      rule: 'image-missing',
      message: `image "${url}" was not found next to the article`,
      fix: 'add the file where the reference points (any letter case), or fix the reference',
    },
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Body offsets of the destination as written in `[text](destination "title")` or `[label]: destination`. */
function findDestination(
  source: string,
  start: number,
  end: number,
  type: string,
): [number, number] | undefined {
  const written = source.slice(start, end);
  const open = type === 'definition' ? written.indexOf(']:') + 2 : written.lastIndexOf('](') + 2;
  if (open < 2) return undefined;
  const match = /^\s*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))+)/.exec(written.slice(open));
  if (!match) return undefined;
  const from = start + open + match[0].length - match[1].length;
  return [from, from + match[1].length];
}
