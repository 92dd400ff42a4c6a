// `node scripts/index-search.ts --site <dir>`: the search index of a built site, as `pagefind --site <dir>` would
// write it with pagefind.yml, but fed through `toIndexedHtml` so scripts written without spaces are indexed
// character by character (src/lib/search/unspaced-scripts.ts says why). The pages readers get are not changed. A shard
// build (POLYHELP_LOCALES) without a translated article writes no index of its own (see isIndexedPage).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

const { index, errors } = await pagefind.createIndex({
  excludeSelectors: config.exclude_selectors ?? [],
});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
try {
  const files = readdirSync(site, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .sort();
  let pages = 0;
  let indexedPages = 0;
  for (const sourcePath of files) {
    const html = readFileSync(join(site, sourcePath), 'utf8');
    if (isIndexedPage(html)) indexedPages++;
    const content = toIndexedHtml(html);
    const added = await index.addHTMLFile({ sourcePath, content });
    if (added.errors.length > 0)
      throw new Error(
        `Pagefind could not index ${join(site, sourcePath)}: ${added.errors.join('; ')}`,
      );
    if (added.file) pages++;
  }
  if (shard && indexedPages === 0) {
    console.log(`No translated article in ${shard.join(', ')}: no search index of its own.`);
  } else {
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write ${site}/pagefind: ${written.errors.join('; ')}`);
    console.log(
      `Search index: ${files.length} HTML files read, ${pages} given to Pagefind, written to ${site}/pagefind`,
    );
  }
} finally {
  await pagefind.close();
}
