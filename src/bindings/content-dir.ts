import { resolve } from 'node:path';
import { ensureContentDir } from '../lib/content/article-catalog.ts';

/**
 * The articles folder every command reads, relative to the project: `POLYHELP_CONTENT_DIR` or `content`,
 * spelled one way (`getContentDir({ POLYHELP_CONTENT_DIR: './fixture/' })` → `'fixture'`).
 */
export function getContentDir(env: Record<string, string | undefined> = process.env): string {
  return ensureContentDir(env.POLYHELP_CONTENT_DIR || 'content');
}

/**
 * Astro's cache folder for a content folder: the default one for `content`, else one of its own, so two content
 * folders never see each other's entries: `contentCacheDir('e2e/site/content')` → `'./node_modules/.astro-content/e2e-site-content'`.
 */
export function contentCacheDir(contentDir: string): string | undefined {
  if (contentDir === 'content') return undefined;
  return `./node_modules/.astro-content/${contentDir.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '')}`;
}

/**
 * The absolute path of the cache folder `astro build` uses for a content folder (astro.config.mjs sets it from
 * `contentCacheDir`; Astro's default otherwise), where the loader leaves what later steps read:
 * `buildCacheDir('content', '/p')` → `'/p/node_modules/.astro'`.
 */
export function buildCacheDir(contentDir: string, root = process.cwd()): string {
  return resolve(root, contentCacheDir(contentDir) ?? 'node_modules/.astro');
}
