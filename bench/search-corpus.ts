/**
 * Builds a large search corpus next to the shipped site and measures the first query on both:
 * the built `dist/` is copied to a temporary folder, ARTICLES generated articles per locale (en-US and
 * fr-FR, default 1,000 each) are written there as HTML shaped like ours (html lang, article body, symptom
 * h2 with stable ids and weight), Pagefind's Node API indexes the whole folder, then the first query is
 * measured on `dist/` and on the corpus. Run `npm run build` first.
 *
 *   node_modules/.bin/node bench/search-corpus.ts [articles-per-locale]
 */
import { cp, mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { articleWords } from './article-words.ts';
import { createRandom, type Random } from './random.ts';
import {
  formatCosts,
  measureFirstQueries,
  shippedCases,
  type QueryCase,
} from './search-first-query.ts';

const locales = ['en-US', 'fr-FR'] as const;
const sectionIds = [
  'setup-password-reset',
  'error-message',
  'password-reset-policy',
  'skip-security-info-registration',
  'require-security-info-registration',
];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One generated article page: n-th product, five symptom sections of about 80 words each. */
function articleHtml(locale: string, n: number, words: string[], random: Random): string {
  const pick = (count: number) => Array.from({ length: count }, () => random.pick(words)).join(' ');
  const product = `Contoso${n}`;
  const title = `${product} ${pick(4)}`;
  const sections = sectionIds
    .map(
      (id) =>
        `<div class="heading heading-h2"><h2 id="${id}" data-pagefind-weight="8">${escapeHtml(`${pick(6)} ${product}`)}</h2></div>\n<p>${escapeHtml(pick(40))}.</p>\n<p>${escapeHtml(pick(40))}.</p>`,
    )
    .join('\n');
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>
<main id="main"><div class="article-layout"><article class="article-body" data-pagefind-body data-pagefind-meta="title:${escapeHtml(title)}" data-pagefind-filter="service[data-service], audience[data-audience]" data-service="service-${n % 7}" data-audience="${n % 2 ? 'Admin' : 'User'}">
<h1 id="top">${escapeHtml(title)}</h1>
${sections}
</article></div></main></body></html>`;
}

/** Writes the corpus into `root` and indexes it with Pagefind's Node API; returns the indexing time and page count. */
async function buildCorpus(
  root: string,
  perLocale: number,
): Promise<{ ms: number; pages: number }> {
  await rm(join(root, 'pagefind'), { recursive: true, force: true });
  for (const locale of locales) {
    // The words of a real article of ours, so generated text has the language's real vocabulary and stems.
    const words = articleWords(
      await readFile(join('content', locale, 'troubleshoot-sspr.mdx'), 'utf8'),
    );
    const random = createRandom(locale.length * 7919 + perLocale);
    for (let n = 1; n <= perLocale; n++) {
      const folder = join(root, locale.toLowerCase(), `generated-${n}`);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'index.html'), articleHtml(locale, n, words, random));
    }
  }
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.sr-only'] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: root });
  if (added.errors.length > 0)
    throw new Error(`Pagefind could not index ${root}: ${added.errors.join('; ')}`);
  await index.writeFiles({ outputPath: join(root, 'pagefind') });
  await pagefind.close();
  return { ms: Math.round(performance.now() - started), pages: added.page_count };
}

/** Total bytes of the files under a folder: the size of the whole index on disk. */
async function folderBytes(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => stat(join(entry.parentPath, entry.name)).then((info) => info.size)),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

const corpusCases: QueryCase[] = [
  { locale: 'fr-FR', query: "message d'erreur" },
  { locale: 'fr-FR', query: 'Contoso742' },
  { locale: 'en-US', query: 'password' },
  { locale: 'fr-FR', query: 'licensing' },
];

const perLocale = Number(process.argv[2] ?? 1000);
const root = await mkdtemp(join(tmpdir(), 'polyhelp-search-corpus-'));
try {
  await cp('dist', root, { recursive: true });
  const { ms, pages } = await buildCorpus(root, perLocale);
  const indexMb = ((await folderBytes(join(root, 'pagefind'))) / 1024 / 1024).toFixed(1);
  console.log(
    `Corpus: ${perLocale} generated articles × ${locales.length} locales (+ the shipped site) = ${pages} pages indexed in ${ms} ms; pagefind/ holds ${indexMb} MB`,
  );
  console.log(
    formatCosts(
      'First query on the shipped site (dist/, cold cache, gzip for text, median of 3):',
      await measureFirstQueries('dist', shippedCases),
    ),
  );
  console.log(
    formatCosts(
      'First query on the corpus (same conditions):',
      await measureFirstQueries(root, corpusCases),
    ),
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
