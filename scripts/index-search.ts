// `node scripts/index-search.ts --site <dir>`: the search index of a built site, as `pagefind --site <dir>` would
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
import { toIndexedHtml } from '../src/lib/search/index-html.ts';
import { isIndexedPage } from '../src/lib/search/indexed-page.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = values.site;
const shard = getShardLocales();
const config = (parse(readFileSync('pagefind.yml', 'utf8')) ?? {}) as {
  exclude_selectors?: string[];
};

const files = readdirSync(site, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.html'))
  .sort();
// Pagefind reads a folder in parallel, in its own process: the copies made for searching are written to a scratch
// folder laid out as the site, and only the pages it indexes (with data-pagefind-body; it drops the others itself).
// Handing it one page at a time through the Node API took twice as long (15.4 s instead of 6.8 s, 1,201 pages).
const staged = mkdtempSync(join(tmpdir(), 'polyhelp-search-'));
try {
  let indexedPages = 0;
  for (const sourcePath of files) {
    const html = readFileSync(join(site, sourcePath), 'utf8');
    if (!isIndexedPage(html)) continue;
    indexedPages++;
    mkdirSync(dirname(join(staged, sourcePath)), { recursive: true });
    writeFileSync(join(staged, sourcePath), toIndexedHtml(html));
  }
  // A shard without a translated article has none (Pagefind would index every <body> instead): it writes no index.
  if (indexedPages === 0)
    console.log(
      `No article in ${shard ? shard.join(', ') : site} to index: no search index of its own.`,
    );
  else await writeIndex(staged, indexedPages);
} finally {
  rmSync(staged, { recursive: true, force: true });
}

/** Pagefind's index of the staged copies, written into the site's pagefind/ folder. */
async function writeIndex(folder: string, indexedPages: number): Promise<void> {
  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: config.exclude_selectors ?? [],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: folder });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    // The files are written here, not by Pagefind's writeFiles: it can answer before it has written them (seen with
    // an empty pagefind-entry.json), and closing Pagefind then cuts the write short.
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0)
      throw new Error(`Pagefind could not build ${site}/pagefind: ${bundle.errors.join('; ')}`);
    for (const file of bundle.files) {
      const path = join(site, 'pagefind', file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    console.log(
      `Search index: ${files.length} HTML files read, ${indexedPages} with an article indexed (${added.page_count} pages), written to ${site}/pagefind`,
    );
  } finally {
    await pagefind.close();
  }
}
