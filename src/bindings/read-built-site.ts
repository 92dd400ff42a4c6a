import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectPageLinks } from '../lib/links/collect-page-links.ts';
import type { BuiltSite } from '../lib/links/internal-rules.ts';
import { pageHash, type PageCache } from './link-check-page-cache.ts';

/** Where an HTML file is served: `fr-fr/a/index.html` → `/fr-fr/a/`, `404.html` → `/404.html`. */
export function htmlFileToPath(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Reads a build output folder into a `BuiltSite`: every HTML page parsed, every other file listed.
 * The origin comes from `site`, else from the pages' canonical URLs. With `cache` (the pages the last check read),
 * a page whose HTML is unchanged is taken from it instead of parsed; `cache` is then left holding this site's pages.
 */
export function readBuiltSite(
  distDir: string,
  options: { site?: string; laterAssets?: readonly string[]; cache?: PageCache } = {},
): BuiltSite {
  const site: BuiltSite = {
    origin: '',
    pages: new Map(),
    assets: new Set(),
    laterAssets: options.laterAssets,
  };
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)))
    .sort();
  const fresh: PageCache | undefined = options.cache ? new Map() : undefined;
  for (const file of files) {
    const urlPath = `/${file.split('\\').join('/')}`;
    site.assets.add(urlPath);
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(distDir, file), 'utf8');
    const path = htmlFileToPath(file);
    const hash = options.cache ? pageHash(html) : '';
    const cached = options.cache?.get(path);
    const page = cached?.hash === hash ? cached.page : collectPageLinks(html, path);
    fresh?.set(path, { hash, page });
    site.pages.set(page.path, page);
  }
  if (options.cache && fresh) {
    options.cache.clear();
    for (const [path, kept] of fresh) options.cache.set(path, kept);
  }
  const canonical = [...site.pages.values()].find((page) => page.canonical)?.canonical;
  site.origin = new URL(options.site ?? canonical ?? 'https://site.invalid').origin;
  return site;
}
