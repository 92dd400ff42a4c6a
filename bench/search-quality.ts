/**
 * Known-item search quality (issue 15) on a built site: for every indexed article of each locale, its title, three
 * of its title's longest words and each symptom heading are typed into that locale's Pagefind index in Chromium,
 * through the query transformation the search box applies (`toSearchTerm`); the article must be among the first
 * three results and, for a heading, its section among the symptom sub-results the dialog shows. Also reports the
 * bytes the first query of each locale fetches.
 *
 *   npm run bench:search-quality -- [--content <dir>] [--out <dir>] [--locales en-US,ja-JP] [--rebuild]
 *
 * Default content: the shared sample corpus imported into node_modules/.corpus-test/content (imported when
 * missing); default build: the folder beside the content named dist, reused while newer than everything it is
 * built from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright';
import { rankByPhrase, toPhraseTerm } from '../src/lib/search/phrase-first.ts';
import { rankSectionsByPhrase, searchedWords } from '../src/lib/search/reader-results.ts';
import { toSearchTerm } from '../src/lib/search/search-term.ts';
import { knownItemCase, type KnownItemCase } from './known-item-cases.ts';
import {
  buildSite,
  importSampleCorpus,
  isBuildFresh,
  repoPath,
  sampleCorpusLocales,
  sampleWorkDir,
} from './sample-corpus-site.ts';
import { measureFirstQueries, serveFolder } from './search-first-query.ts';

/** The four columns of the table. */
export const qualityKinds = ['title', 'titleWords', 'heading', 'section'] as const;
/** One column of the table. */
export type QualityKind = (typeof qualityKinds)[number];

/** One query that did not find what it should have. */
export interface QualityMiss {
  kind: QualityKind;
  query: string;
  /** The term Pagefind was asked for, after the search box's transformation. */
  term: string;
  expected: string;
  got: string[];
}

/** One locale's row: hits and totals per column, its misses, and what its first query fetched. */
export interface LocaleQuality {
  locale: string;
  articles: number;
  scores: Record<QualityKind, { hits: number; total: number }>;
  misses: QualityMiss[];
  firstQueryBytes?: number;
}

/** A result as the bench reads it: its URL and its sub-results' anchors. */
interface FoundResult {
  url: string;
  subs: { url: string; element?: string; id?: string; locations: number[] }[];
}

/**
 * The symptom sub-results the dialog shows under a result for a query of `words` searched words: h2/h3 only, the
 * sections holding the words in sequence ranked first (`rankSectionsByPhrase`), at most 3, the ones with most
 * matches.
 */
export function displayedSectionIds(result: FoundResult, words = 1): string[] {
  let subs = rankSectionsByPhrase(
    result.subs.filter((sub) => sub.element === 'h2' || sub.element === 'h3'),
    words,
  );
  if (subs[0]?.url === result.url) subs = subs.slice(1);
  if (subs.length > 3) {
    const kept = [...subs].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3);
    subs = subs.filter((sub) => kept.includes(sub));
  }
  return subs.map((sub) => sub.id ?? '');
}

/** Every indexed article page of `locale` in a built site, as known-item cases. */
export function casesOf(distDir: string, locale: string): KnownItemCase[] {
  const segment = locale.toLowerCase();
  const root = join(distDir, segment);
  if (!existsSync(root)) throw new Error(`${root} does not exist: build the site with ${locale}`);
  const cases: KnownItemCase[] = [];
  for (const file of readdirSync(root, { recursive: true }).map(String).sort()) {
    if (!file.endsWith('index.html')) continue;
    const url = `/${segment}/${file.slice(0, -'index.html'.length)}`;
    const found = knownItemCase(readFileSync(join(root, file), 'utf8'), url);
    if (found && found.title) cases.push(found);
  }
  return cases;
}

/** One query as the search box sends it: the term, and the exact-search term whose pages go first (`rankByPhrase`). */
interface SearchedTerm {
  query: string;
  term: string;
  phrase: string | null;
}

/**
 * Runs terms through Pagefind's JS API on a page of the locale, ordered as the search box orders them
 * (`rankByPhrase` where an exact search is made); the first three results of each. One term at a time: a result's
 * data is loaded only when the order asks for it, and before the next search (Pagefind's sub-results of a result
 * come out wrong once another search has run).
 */
async function searchAll(
  browser: Browser,
  origin: string,
  locale: string,
  terms: SearchedTerm[],
): Promise<FoundResult[][]> {
  const page = await browser.newPage();
  try {
    // Pagefind picks the index of the page's <html lang>.
    await page.goto(`${origin}/${locale.toLowerCase()}/`);
    // Strings, not functions: Vitest rewrites `import()` in test code into something only Node has.
    await page.evaluate(`(async () => {
      window.benchPagefind = await import('/pagefind/pagefind.js');
      await window.benchPagefind.options({});
    })()`);
    const load = (at: number) =>
      page.evaluate(`window.benchResults[${at}].data().then((data) => ({
        url: data.url,
        meta: { title: data.meta?.title },
        subs: (data.sub_results ?? []).map((sub) => ({
          url: sub.url, element: sub.anchor?.element, id: sub.anchor?.id, locations: sub.locations ?? [],
        })),
      }))`) as Promise<FoundResult & { meta: { title?: string } }>;
    const found: FoundResult[][] = [];
    for (const { term, phrase, query } of terms) {
      const { results, exact } = (await page.evaluate(`(async ({ term, phrase }) => {
        const exact = phrase === null ? [] : (await window.benchPagefind.search(phrase)).results;
        window.benchResults = (await window.benchPagefind.search(term)).results;
        return { results: window.benchResults.map((r) => r.id), exact: exact.map((r) => ({ id: r.id })) };
      })(${JSON.stringify({ term, phrase })})`)) as { results: string[]; exact: { id: string }[] };
      const lazy = results.map((id, at) => ({ id, data: () => load(at) }));
      const ranked = phrase === null ? lazy : await rankByPhrase(lazy, exact, query);
      found.push(await Promise.all(ranked.slice(0, 3).map((result) => result.data())));
    }
    return found;
  } finally {
    await page.close();
  }
}

const stripHash = (url: string) => url.replace(/[#?].*$/, '');

/** Measures every locale of `locales` on the built site in `distDir`; `firstQuery` adds each locale's first-query bytes. */
export async function measureSearchQuality(
  distDir: string,
  locales: readonly string[],
  { firstQuery = false } = {},
): Promise<LocaleQuality[]> {
  const server = await serveFolder(distDir);
  const browser = await chromium.launch({
    executablePath: process.env.POLYHELP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const rows: LocaleQuality[] = [];
  try {
    for (const locale of locales) {
      const cases = casesOf(distDir, locale);
      const queries: { kind: QualityKind; query: string; expected: KnownItemCase; id?: string }[] =
        cases.flatMap((item) => [
          { kind: 'title' as const, query: item.title, expected: item },
          { kind: 'titleWords' as const, query: item.titleWords, expected: item },
          ...item.headings.map((heading) => ({
            kind: 'heading' as const,
            query: heading.text,
            expected: item,
            id: heading.id,
          })),
        ]);
      const terms = queries.map(({ query }) => ({
        query,
        term: toSearchTerm(query, locale),
        phrase: toPhraseTerm(query, locale),
      }));
      const found = await searchAll(browser, server.origin, locale, terms);
      const scores = Object.fromEntries(
        qualityKinds.map((kind) => [kind, { hits: 0, total: 0 }]),
      ) as LocaleQuality['scores'];
      const misses: QualityMiss[] = [];
      queries.forEach(({ kind, query, expected, id }, index) => {
        const results = found[index];
        const got = results.map((result) => stripHash(result.url));
        const hit = results.find((result) => stripHash(result.url) === expected.url);
        const record = (column: QualityKind, ok: boolean) => {
          scores[column].total++;
          if (ok) scores[column].hits++;
          else
            misses.push({
              kind: column,
              query,
              term: terms[index].term,
              expected: expected.url,
              got,
            });
        };
        record(kind, hit !== undefined);
        if (kind === 'heading')
          record(
            'section',
            hit !== undefined &&
              displayedSectionIds(hit, searchedWords(query, locale)).includes(id ?? ''),
          );
      });
      rows.push({ locale, articles: cases.length, scores, misses });
    }
    if (firstQuery) {
      // A title the index finds, typed into the header search of its own article page, cold cache.
      const picks = rows.flatMap((row) => {
        const miss = new Set(row.misses.filter((m) => m.kind === 'title').map((m) => m.expected));
        const item = casesOf(distDir, row.locale).find((one) => !miss.has(one.url));
        return item ? [{ locale: row.locale, query: item.title, page: item.url }] : [];
      });
      const costs = await measureFirstQueries(distDir, picks, 1);
      for (const cost of costs) {
        const row = rows.find((one) => one.locale === cost.locale)!;
        row.firstQueryBytes = cost.jsBytes + cost.cssBytes + cost.indexBytes;
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

/** A score as a whole percentage: `percent({ hits: 49, total: 50 })` → `98`. */
export function percent({ hits, total }: { hits: number; total: number }): number {
  return total === 0 ? 100 : Math.floor((hits / total) * 100);
}

/** The rows as a Markdown table, then the first misses of each kind per locale. */
export function formatQuality(rows: LocaleQuality[], missesPerKind = 3): string {
  const kb = (bytes?: number) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
  const lines = [
    '| locale | articles | title in top 3 | title words in top 3 | symptom heading: article in top 3 | lands on the section | first-query bytes |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.locale} | ${row.articles} | ${qualityKinds.map((kind) => `${percent(row.scores[kind])}% (${row.scores[kind].hits}/${row.scores[kind].total})`).join(' | ')} | ${kb(row.firstQueryBytes)} |`,
    ),
  ];
  for (const row of rows)
    for (const kind of qualityKinds) {
      const misses = row.misses.filter((miss) => miss.kind === kind);
      if (misses.length === 0) continue;
      lines.push(`\n${row.locale} ${kind}: ${misses.length} misses, first ${missesPerKind}:`);
      for (const miss of misses.slice(0, missesPerKind))
        lines.push(
          `  ${JSON.stringify(miss.query)}${miss.term !== miss.query ? ` (searched ${JSON.stringify(miss.term)})` : ''} → expected ${miss.expected}, got ${JSON.stringify(miss.got)}`,
        );
    }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      locales: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      misses: { type: 'string', default: '3' },
    },
  });
  const contentDir = values.content ?? `${sampleWorkDir}/content`;
  const distDir = values.out ?? join(dirname(contentDir), 'dist');
  if (!values.content && !existsSync(repoPath(contentDir))) {
    console.log(`Importing the sample corpus into ${contentDir}…`);
    await importSampleCorpus();
  }
  if (values.rebuild || !isBuildFresh(contentDir, distDir)) {
    console.log(`Building ${contentDir} into ${distDir}…`);
    await buildSite(contentDir, distDir);
  } else console.log(`Reusing ${distDir} (newer than its content and the code that builds it).`);
  const locales = values.locales
    ? values.locales.split(',').map((locale) => locale.trim())
    : values.content
      ? readdirSync(repoPath(contentDir)).filter((name) =>
          /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(name),
        )
      : [...sampleCorpusLocales];
  const rows = await measureSearchQuality(repoPath(distDir), locales, { firstQuery: true });
  console.log(formatQuality(rows, Number(values.misses)));
}
