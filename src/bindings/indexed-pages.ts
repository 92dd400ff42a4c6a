import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether a built folder has a page Pagefind indexes (one with `data-pagefind-body`). A shard of locales without
 * translations has none: Pagefind would then index every `<body>` (its rule for sites without the attribute),
 * which the whole site never does, so a shard build skips the index instead. `hasIndexedPage('dist')` → `true`.
 */
export function hasIndexedPage(dir: string): boolean {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    if (readFileSync(join(entry.parentPath, entry.name), 'utf8').includes('data-pagefind-body'))
      return true;
  }
  return false;
}
