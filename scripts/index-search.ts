// `node scripts/index-search.ts --site <dir> [--pages-per-run 2000]`: the search index of a built site, as `pagefind --site <dir>` would
// write it with pagefind.yml, but fed through `toIndexedHtml` so scripts written without spaces are indexed
// character by character (src/lib/search/unspaced-scripts.ts says why). The pages readers get are not changed. A shard
// build (POLYHELP_LOCALES) without a translated article writes no index of its own (see isIndexedPage).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { getShardLocales } from '../src/bindings/shard-locales.ts';
import { htmlLang, toIndexedHtml } from '../src/lib/search/index-html.ts';
import { indexBatches } from '../src/lib/search/index-batches.ts';
import {
  mergePagefindEntries,
  type PagefindEntry,
  type ShardEntry,
} from '../src/lib/search/merge-pagefind-entries.ts';
import { isIndexedPage } from '../src/lib/search/indexed-page.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    // The most pages Pagefind holds at a time, where languages allow (see indexBatches): 2,000 is about 660 MB of its
    // memory; runs are one after another, beside the link check, at the build's peak.
    'pages-per-run': { type: 'string', default: '2000' },
  },
});
const site = values.site;
const shard = getShardLocales();
const config = (parse(readFileSync('pagefind.yml', 'utf8')) ?? {}) as {
  exclude_selectors?: string[];
};

/** The entry file of Pagefind's bundle, which lists its languages' indexes. */
const entryFile = 'pagefind-entry.json';
const pagesPerRun = Number(values['pages-per-run']);
if (!Number.isInteger(pagesPerRun) || pagesPerRun < 1) {
  console.error(
    `expected --pages-per-run to be a whole number of pages, found ${values['pages-per-run']}`,
  );
  process.exit(1);
}

const files = readdirSync(site, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.html'))
  .sort();
// Pagefind reads a folder in parallel, in its own process: the copies made for searching are written to a scratch
// folder laid out as the site, one per language, and only the pages it indexes (with data-pagefind-body; it drops the
// others itself). Handing it one page at a time through the Node API took twice as long (15.4 s instead of 6.8 s,
// 1,201 pages), and held as much memory.
const staged = mkdtempSync(join(tmpdir(), 'polyhelp-search-'));
try {
  const pagesByLanguage = new Map<string, number>();
  for (const sourcePath of files) {
    const html = readFileSync(join(site, sourcePath), 'utf8');
    if (!isIndexedPage(html)) continue;
    const language = htmlLang(html).toLowerCase() || 'unknown';
    pagesByLanguage.set(language, (pagesByLanguage.get(language) ?? 0) + 1);
    const copy = join(staged, language, sourcePath);
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, toIndexedHtml(html));
  }
  // A shard without a translated article has none (Pagefind would index every <body> instead): it writes no index.
  if (pagesByLanguage.size === 0)
    console.log(
      `No article in ${shard ? shard.join(', ') : site} to index: no search index of its own.`,
    );
  else await writeIndexes(staged, pagesByLanguage);
} finally {
  rmSync(staged, { recursive: true, force: true });
}

/**
 * Pagefind's index of the staged copies, written into the site's pagefind/ folder: a run per group of languages
 * (`indexBatches`), one after another, so Pagefind holds one group's pages at a time; their entry files are merged
 * into one, as `npm run build:merge` merges shards'.
 */
async function writeIndexes(folder: string, pagesByLanguage: Map<string, number>): Promise<void> {
  const entries: ShardEntry[] = [];
  const batches = indexBatches(pagesByLanguage, pagesPerRun);
  let indexed = 0;
  try {
    for (const [run, languages] of batches.entries()) {
      const { index, errors } = await pagefind.createIndex({
        excludeSelectors: config.exclude_selectors ?? [],
      });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      for (const language of languages) {
        const added = await index.addDirectory({ path: join(folder, language) });
        if (added.errors.length > 0)
          throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        indexed += added.page_count;
      }
      // The files are written here, not by Pagefind's writeFiles: it can answer before it has written them (seen
      // with an empty pagefind-entry.json), and closing Pagefind then cuts the write short.
      const bundle = await index.getFiles();
      if (bundle.errors.length > 0)
        throw new Error(`Pagefind could not build ${site}/pagefind: ${bundle.errors.join('; ')}`);
      for (const file of bundle.files) {
        if (file.path === entryFile) {
          const entry = JSON.parse(Buffer.from(file.content).toString('utf8')) as PagefindEntry;
          entries.push({ shard: `run ${run + 1} (${languages.join(', ')})`, entry });
          continue;
        }
        const path = join(site, 'pagefind', file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
      }
      await index.deleteIndex();
    }
    writeFileSync(join(site, 'pagefind', entryFile), JSON.stringify(mergePagefindEntries(entries)));
    console.log(
      `Search index: ${files.length} HTML files read, ${indexed} pages with an article indexed in ${pagesByLanguage.size} languages (${batches.length} Pagefind run${batches.length === 1 ? '' : 's'}), written to ${site}/pagefind`,
    );
  } finally {
    await pagefind.close();
  }
}
