import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { mergePagefindEntries, type PagefindEntry } from '../lib/search/merge-pagefind-entries.ts';

/** Pagefind's entry file, the one file shards each write differently and the merge combines. */
const pagefindEntry = 'pagefind/pagefind-entry.json';

/**
 * Merges the output folders of shard builds (`POLYHELP_LOCALES=… npm run build -- --out <dir>`) into `outDir`: every
 * file of every shard, and one Pagefind entry listing every shard's languages (see `mergePagefindEntries`). A path two
 * shards hold must have the same bytes in each (the picker, the 404 pages, the sitemap and the scripts are built whole
 * by every shard); different bytes throw, naming the paths and shards, and nothing is overwritten. The merged site must
 * hold every page its sitemap lists, so a forgotten shard fails too:
 * `mergeShards(['shards/a', 'shards/b'], '.polyhelp-build/dist-42')`.
 */
export function mergeShards(shardDirs: readonly string[], outDir: string): void {
  if (shardDirs.length === 0)
    throw new Error('no shard folder given: pass the --out folders of the shard builds');
  const owner = new Map<string, { shard: string; bytes: Buffer }>();
  const conflicts: string[] = [];
  const entries: { shard: string; entry: PagefindEntry }[] = [];
  for (const shard of shardDirs) {
    if (!existsSync(join(shard, 'index.html')))
      throw new Error(
        `${shard} is not the output of a shard build (it has no index.html): pass the folders given to \`npm run build -- --out\``,
      );
    for (const file of listFiles(shard)) {
      const bytes = readFileSync(join(shard, file));
      if (file === pagefindEntry) {
        entries.push({ shard, entry: JSON.parse(bytes.toString('utf8')) as PagefindEntry });
        continue;
      }
      const first = owner.get(file);
      if (!first) {
        owner.set(file, { shard, bytes });
        mkdirSync(dirname(join(outDir, file)), { recursive: true });
        copyFileSync(join(shard, file), join(outDir, file));
      } else if (!first.bytes.equals(bytes))
        conflicts.push(`${file} (in ${first.shard} and ${shard})`);
    }
  }
  if (conflicts.length > 0)
    throw new Error(
      `${conflicts.length} file${conflicts.length === 1 ? ' differs' : 's differ'} between shards, so no shard's copy can stand for the site: ` +
        `${conflicts.slice(0, 10).join(', ')}${conflicts.length > 10 ? ', …' : ''}. ` +
        'Build every shard from one commit and one content folder, each locale in exactly one shard.',
    );
  if (entries.length > 0)
    writeFileSync(join(outDir, pagefindEntry), JSON.stringify(mergePagefindEntries(entries)));
  ensureSitemapPagesPresent(outDir);
}

/** Every file below a folder, relative to it with `/`, in a stable order. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Fails when a page the sitemap lists is not in the merged folder: a shard was left out. */
function ensureSitemapPagesPresent(outDir: string): void {
  const sitemaps = readdirSync(outDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const missing: string[] = [];
  for (const name of sitemaps) {
    for (const [, url] of readFileSync(join(outDir, name), 'utf8').matchAll(
      /<loc>([^<]+)<\/loc>/g,
    )) {
      const path = decodeURIComponent(new URL(url).pathname);
      if (!existsSync(join(outDir, path, 'index.html'))) missing.push(path);
    }
  }
  if (missing.length > 0)
    throw new Error(
      `the merged site lacks ${missing.length} page${missing.length === 1 ? '' : 's'} its sitemap lists (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}): ` +
        'pass the output of every shard, so that each locale is in one',
    );
}
