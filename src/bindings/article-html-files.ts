import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeWhole } from '../lib/write-whole.ts';
import { buildCacheDir, getContentDir } from './content-dir.ts';

/**
 * Each article's HTML, as the loader rendered it, in a file of its own in the build's cache folder, named by the
 * entry's digest (its text and the code that renders it), instead of in the content layer's store. Astro bundles the
 * store into the build as one JavaScript module and parses it again to render: with every article's HTML in it, that
 * module was 12 MB at 1,002 articles and 78–118 MB at 3,000–10,000, bundled and held in memory whole.
 */
const folderName = 'article-html';

/** The file holding the HTML of the entry with this digest: `articleHtmlFile('/c', 'ab12')` → `'/c/article-html/ab12.html'`. */
export function articleHtmlFile(cacheDir: string, digest: string): string {
  return join(cacheDir, folderName, `${digest}.html`);
}

/** Whether the HTML of the entry with this digest is kept (a restored or pruned cache may lack it). */
export function hasArticleHtml(cacheDir: string, digest: string): boolean {
  return existsSync(articleHtmlFile(cacheDir, digest));
}

/** Keeps an entry's HTML; written whole, then renamed, so a killed build leaves no file cut short under its name. */
export function writeArticleHtml(cacheDir: string, digest: string, html: string): void {
  writeWhole(articleHtmlFile(cacheDir, digest), html);
}

/** Removes the kept HTML of every digest not in `kept` (articles changed or gone, temp files left by a killed build), so the folder does not grow. */
export function pruneArticleHtml(cacheDir: string, kept: ReadonlySet<string>): void {
  const folder = join(cacheDir, folderName);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (!kept.has(name.replace(/\.html$/, ''))) rmSync(join(folder, name), { force: true });
  }
}

/**
 * The HTML the loader rendered for an entry, read when its page renders (`cacheDir`: the build's, by default from
 * POLYHELP_CONTENT_DIR as astro.config.mjs sets it). A missing file is a cache changed under the build: it says so.
 */
export function readArticleHtml(
  entry: { id: string; digest?: string },
  cacheDir = buildCacheDir(getContentDir()),
): string {
  const file = articleHtmlFile(cacheDir, entry.digest ?? '');
  if (!entry.digest || !existsSync(file))
    throw new Error(
      `${entry.id}: its HTML is not in ${file}: the build's cache folder changed during the build; build again`,
    );
  return readFileSync(file, 'utf8');
}

/**
 * `entry` as `render(entry)` (astro:content) takes it, its HTML read from its file; an entry the MDX compile renders
 * (`deferredRender`, another engine) or without HTML (data only) is returned as it is.
 */
export function withArticleHtml<
  T extends {
    id: string;
    digest?: string;
    deferredRender?: boolean;
    rendered?: { html: string; metadata?: object };
  },
>(entry: T, cacheDir?: string): T {
  if (entry.deferredRender || !entry.rendered) return entry;
  return { ...entry, rendered: { ...entry.rendered, html: readArticleHtml(entry, cacheDir) } };
}
